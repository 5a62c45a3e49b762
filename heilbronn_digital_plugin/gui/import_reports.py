"""The import actions (*Import citizen reports (Open311)…*, *Import floorplan…*): each opens
its import algorithm's own dialog.

The Processing dialog runs the algorithm as a background task (progress bar, cancel button),
so QGIS stays responsive while a server answers or a large file is read, and it remembers the
last parameters.
"""

from __future__ import annotations

from qgis.core import Qgis
from qgis.gui import QgisInterface
from qgis.PyQt.QtWidgets import QDialog

from ..toolbelt.i18n import tr

# The dialog shown per algorithm. Processing's dialog is a Python subclass of QDialog: when
# the last Python reference goes, the window stays but loses its Python half (Run does
# nothing), so it is kept here; while it is open, the menu brings it forward instead of
# opening a second one.
_DIALOGS: dict[str, QDialog] = {}
ALGORITHM_ID = "heilbronn:importcitizenreports"
FLOORPLAN_ALGORITHM_ID = "heilbronn:importfloorplan"
PUBLISH_ALGORITHM_ID = "heilbronn:publishopendata"


def open_import_dialog(iface: QgisInterface) -> QDialog | None:
    """Show the citizen reports import dialog (see :func:`open_algorithm_dialog`)."""
    return open_algorithm_dialog(iface, ALGORITHM_ID)


def open_algorithm_dialog(iface: QgisInterface, algorithm_id: str) -> QDialog | None:
    """Show the dialog of ``algorithm_id`` (not modal); ``None`` when Processing is not
    available."""
    shown = _DIALOGS.get(algorithm_id)
    if shown is not None and shown.isVisible():
        shown.raise_()
        shown.activateWindow()
        return shown
    try:
        from processing import createAlgorithmDialog
    except ImportError:
        createAlgorithmDialog = None  # noqa: N806 - the core Processing plugin is disabled
    dialog = createAlgorithmDialog(algorithm_id) if createAlgorithmDialog else None
    if dialog is None:
        iface.messageBar().pushMessage(
            tr("Heilbronn Digital"),
            tr("This needs the core plugin \u201cProcessing\u201d: enable it under "
               "Plugins \u25b8 Manage and Install Plugins."),
            Qgis.MessageLevel.Warning, 10)
        return None
    _DIALOGS[algorithm_id] = dialog
    dialog.show()
    return dialog
