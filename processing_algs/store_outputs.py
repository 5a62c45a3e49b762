"""The STORE parameter of the import algorithms, and the store layers an import adds to the
project when it is done: once, titled and styled.

A STORE is a GeoPackage path, a saved QGIS PostgreSQL connection or ``service=…``
(``store/location.py``); the parameter stays a file destination so that the file picker
offers GeoPackages, and a connection is typed into it.

Layers are added from ``postProcessAlgorithm``, which runs in the main thread: the project's
layers must not be read from the worker thread that runs ``processAlgorithm`` in the
Processing dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import (
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFileDestination,
    QgsProject,
)

from ..heilbronn_digital_plugin.store.core import Store, StoreError, open_store
from ..heilbronn_digital_plugin.store.layers import layer_title, reads_store
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.paths import style_path
from .common import store_destination
from .styling import style_on_load


def store_parameter(name: str) -> QgsProcessingParameterFileDestination:
    """The STORE parameter: a GeoPackage to pick, or a PostgreSQL connection to type."""
    parameter = QgsProcessingParameterFileDestination(
        name, tr("Store (GeoPackage, or a PostgreSQL connection / service=…)"),
        tr("GeoPackage (*.gpkg)"))
    parameter.setHelp(tr(
        "A GeoPackage file (.gpkg, created when missing), the name of a PostgreSQL connection "
        "saved in QGIS, or service=<name> from pg_service.conf; add schema=<name> for another "
        "schema than heilbronn_digital. Passwords come from the QGIS authentication database "
        "or pg_service.conf, never from this text."))
    return parameter


def store_from_parameter(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str,
                         context: QgsProcessingContext, layer_names: tuple[str, ...]) -> Store:
    """The store the parameter names, checked for writing ``layer_names``
    (:func:`check_store`); a sentence saying what is accepted if it names none."""
    text = store_destination(algorithm, parameters, name, context)
    try:
        store = open_store(text)
    except StoreError as error:
        raise QgsProcessingException(str(error)) from error
    check_store(store, layer_names)
    return store


def report_store_notes(store: Store, feedback: QgsProcessingFeedback) -> None:
    """Say what the write did to the store's schema (created, migrated from version …)."""
    for note in store.notes:
        feedback.pushInfo(note)


def check_store(store: Store, layer_names: tuple[str, ...]) -> None:
    """Refuse, before anything is fetched, a store the import cannot write (a read-only
    GeoPackage or folder, a PostgreSQL role that may only read ``layer_names``):
    ``Store.check_writable``."""
    try:
        store.check_writable(layer_names)
    except StoreError as error:
        raise QgsProcessingException(str(error)) from error


def load_store_layer(context: QgsProcessingContext, store: Store, layer_name: str,
                     output: str, subset: str = "",
                     then: Callable[[QgsMapLayer], None] | None = None) -> None:
    """Load ``layer_name`` of ``store`` (limited to ``subset``) when the algorithm ends,
    unless the project shows it already: a re-import must not add it twice (the layer reads
    the new rows from the store by itself)."""
    project = context.project()
    if project is None or shows_store_layer(project, store, layer_name):
        return
    uri = store.layer_string(layer_name, subset)
    details = QgsProcessingContext.LayerDetails(layer_title(layer_name), project, output)
    context.addLayerToLoadOnCompletion(uri, details)
    style = style_path(layer_name)
    if style.is_file():
        style_on_load(context, uri, style, then)


def shows_store_layer(project: QgsProject, store: Store, layer_name: str) -> bool:
    """Whether a layer of ``project`` reads ``layer_name`` of ``store``."""
    return any(reads_store(layer, store, layer_name) for layer in project.mapLayers().values())
