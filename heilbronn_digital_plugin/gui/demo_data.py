"""The two data actions: open the demo project, add the demo layers to the current project."""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgisInterface

from ..toolbelt.i18n import tr
from ..toolbelt.log import log
from ..toolbelt.paths import DEMO_PROJECT, SAMPLE_GPKG

MESSAGE_SECONDS = 6


def load_demo_project(iface: QgisInterface) -> bool:
    """Replace the current project by the Heilbronn demo project; ``False`` if it did not open.

    ``newProject(True)`` asks QGIS's own "save your changes?" question, and only when the project
    has unsaved changes; it returns ``False`` when the user cancels, so nothing is lost.
    """
    if not DEMO_PROJECT.is_file():
        _warn(iface, tr("The demo project is missing: {path}").format(path=DEMO_PROJECT))
        return False
    if not iface.newProject(True):
        return False
    # Every load starts from the pristine demo: the previous copy is closed by now.
    copy = working_copy(refresh=True) / DEMO_PROJECT.name
    project = QgsProject.instance()
    # As Project ▸ Open does: QGIS's map decorations (the clock, the credits) read their
    # settings only then. Where the iface opened nothing (a test's), the project is read
    # directly; the window follows the project's signals either way.
    opened = iface.addProject(str(copy))
    if project.fileName() != str(copy):
        opened = project.read(str(copy))
    if not opened:
        _warn(iface, tr("Could not open the demo project: {error}").format(error=project.error()))
        return False
    return True


def add_heilbronn_layers(iface: QgisInterface) -> list[QgsVectorLayer]:
    """Add the styled demo layers, one group per topic, to the current project.

    Layers added before are reused, so a second click adds nothing. Returns all of them.
    """
    # Imported on use, so that a failure in the store can never stop the plugin from loading.
    from ..store.layers import add_store_layers

    if not SAMPLE_GPKG.is_file():
        _warn(iface, tr("The demo data is missing: {path}").format(path=SAMPLE_GPKG))
        return []
    project = QgsProject.instance()
    before = set(project.mapLayers())
    try:
        layers = add_store_layers(working_copy() / SAMPLE_GPKG.name, project)
    except (OSError, RuntimeError) as error:
        _warn(iface, tr("Could not add the Heilbronn layers: {error}").format(error=error))
        return []
    added = [layer for layer in layers if layer.id() not in before]
    if added:
        text = tr("Added {count} Heilbronn layers to the project.").format(count=len(added))
    else:
        text = tr("The Heilbronn layers are already in the project.")
    iface.messageBar().pushMessage(
        tr("Heilbronn Digital"), text, Qgis.MessageLevel.Success, MESSAGE_SECONDS
    )
    return layers


def working_copy(refresh: bool = False) -> Path:
    """The folder in the user's QGIS profile that holds a copy of the demo data.

    The plugin folder may be read-only, and edits to the demo must never change what the
    plugin ships. The copy is renewed when asked (``refresh``), when it is missing, or when
    the plugin brings a newer one; otherwise layers that are open on it stay valid.
    """
    folder = Path(QgsApplication.qgisSettingsDirPath()) / "heilbronn_digital" / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    for source in (SAMPLE_GPKG, DEMO_PROJECT):
        target = folder / source.name
        if refresh or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            shutil.copy2(source, target)
    return folder


def _warn(iface: QgisInterface, message: str) -> None:
    log(message, Qgis.MessageLevel.Warning)
    iface.messageBar().pushMessage(
        tr("Heilbronn Digital"), message, Qgis.MessageLevel.Warning, MESSAGE_SECONDS
    )
