"""The *Import citizen reports (Open311)* action: the import algorithm's own dialog.

The Processing dialog runs the algorithm as a background task (progress bar, cancel button),
so QGIS stays responsive while a server answers, and it remembers the last parameters.
"""

from __future__ import annotations

from qgis.core import Qgis
from qgis.gui import QgisInterface
from qgis.PyQt.QtWidgets import QDialog

from ..toolbelt.i18n import tr

ALGORITHM_ID = "heilbronn:importcitizenreports"


def open_import_dialog(iface: QgisInterface) -> QDialog | None:
    """Show the import dialog (not modal); ``None`` when Processing is not available."""
    try:
        from processing import createAlgorithmDialog
    except ImportError:
        createAlgorithmDialog = None  # noqa: N806 - the core Processing plugin is disabled
    dialog = createAlgorithmDialog(ALGORITHM_ID) if createAlgorithmDialog else None
    if dialog is None:
        iface.messageBar().pushMessage(
            tr("Heilbronn Digital"),
            tr("The import needs the core plugin \u201cProcessing\u201d: enable it under "
               "Plugins \u25b8 Manage and Install Plugins."),
            Qgis.MessageLevel.Warning, 10)
        return None
    dialog.show()
    return dialog
