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

import os
from collections.abc import Callable
from pathlib import Path

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
                         context: QgsProcessingContext) -> Store:
    """The store the parameter names, checked (:func:`check_store`); a sentence saying what is
    accepted if it names none."""
    text = algorithm.parameterAsFileOutput(parameters, name, context)
    try:
        store = open_store(text)
    except StoreError as error:
        raise QgsProcessingException(str(error)) from error
    check_store(store)
    return store


def report_store_notes(store: Store, feedback: QgsProcessingFeedback) -> None:
    """Say what the write did to the store's schema (created, migrated from version …)."""
    for note in store.notes:
        feedback.pushInfo(note)


def check_store(store: Store) -> None:
    """Refuse, before anything is fetched, a GeoPackage an import cannot write: a read-only
    file, or a file in a read-only folder, where SQLite cannot create the journal it writes
    beside the file (and then fails with "no such table"). A PostGIS store says what its role
    may not do when it is written."""
    if store.is_postgis:
        return
    path = Path(store.location.path)
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise QgsProcessingException(tr(
            "The store {path} is read-only. Make it writable, or copy it and import into the "
            "copy.").format(path=path))
    if folder.is_dir() and not os.access(folder, os.W_OK):
        raise QgsProcessingException(tr(
            "The folder {folder} is read-only, so the store {name} in it cannot be written "
            "(a GeoPackage needs to write a journal file beside it). Copy the store to a "
            "writable folder, or choose another.").format(folder=folder, name=path.name))


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
