"""The *Open the Heilbronn Digital algorithms* action: the Processing toolbox, filtered to us.

QGIS has no API to open the toolbox at a provider. The toolbox is a dock that the core
Processing plugin creates from ``ProcessingToolbox.ui``; its object name ``ProcessingToolbox``
and the search field ``searchBox`` are the same from QGIS 3.22 to 3.40, and typing into that
field is exactly what a user would do.
"""

from __future__ import annotations

from qgis.core import Qgis
from qgis.gui import QgisInterface, QgsDockWidget
from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit, QWidget

from ..toolbelt.i18n import tr

TOOLBOX_NAME = "ProcessingToolbox"
SEARCH_BOX_NAME = "searchBox"
# The provider id: every algorithm id starts with it, in every language.
FILTER_TEXT = "heilbronn"


def find_toolbox(main_window: QWidget) -> QDockWidget | None:
    """The Processing toolbox dock, or ``None`` when the Processing plugin is disabled."""
    return main_window.findChild(QDockWidget, TOOLBOX_NAME)


def show_algorithms(iface: QgisInterface) -> bool:
    """Show the toolbox with only the Heilbronn Digital algorithms; ``False`` if there is none."""
    toolbox = find_toolbox(iface.mainWindow())
    if toolbox is None:
        iface.messageBar().pushMessage(
            tr("Heilbronn Digital"),
            tr(
                "The Processing toolbox is not available: enable the core plugin "
                "\u201cProcessing\u201d under Plugins \u25b8 Manage and Install Plugins."
            ),
            Qgis.MessageLevel.Warning,
            10,
        )
        return False
    if isinstance(toolbox, QgsDockWidget):
        # Also brings the dock to the front when it shares a tab with other docks.
        toolbox.setUserVisible(True)
    else:
        toolbox.show()
        toolbox.raise_()
    search_box = toolbox.findChild(QLineEdit, SEARCH_BOX_NAME)
    if search_box is not None:
        search_box.setText(FILTER_TEXT)
    return True
