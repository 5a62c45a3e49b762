"""Schema versions: every store records the version of the schema that wrote it, and an older
store is migrated forward when it is next written, inside the writer's transaction (a failure
rolls the migration back with the write). A store newer than this plugin is refused.

The version lives in the table ``heilbronn_schema`` (one row per version applied: when, by
which plugin version, what changed), the same in a GeoPackage and in PostGIS. A store written
before that table existed (plugin 0.1.0) is version 1.

To change the schema: edit ``schema.py``, bump ``schema.SCHEMA_VERSION``, and add a step below
whose function does what ``ensure_layer`` cannot (renames, data changes); new layers, fields and
key indexes are added by ``ensure_layer`` on every migration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..toolbelt.i18n import tr
from . import core, schema

VERSION_TABLE = "heilbronn_schema"
VERSION_LAYER = schema.Layer(
    VERSION_TABLE, None,
    (schema.Field("version", schema.INTEGER), schema.Field("applied_at", schema.DATETIME),
     schema.Field("plugin_version"), schema.Field("description")),
    key=("version",),
    description="Schema versions applied to this store, one row each.",
)


@dataclass(frozen=True)
class Step:
    """What moves a store from ``version - 1`` to ``version``; ``run`` may be ``None`` when
    the new layers and fields (added by ``ensure_layer``) are all of it."""

    version: int
    description: str
    run: Callable[[Any, Any], None] | None = None


STEPS: tuple[Step, ...] = (
    Step(2, "schema versions recorded in heilbronn_schema; citizen_report_history is part of "
            "every store (created with it, not by the first sync)"),
    Step(3, "parking_sites.status_latest: the opening status of a site's latest reading "
            "(closed sites)"),
)
assert STEPS[-1].version == schema.SCHEMA_VERSION, "add a migration step for the new version"


def stored_version(ds: Any, backend: Any) -> int | None:
    """The store's schema version; ``None`` when it holds none of our tables yet."""
    if backend.has_table(ds, VERSION_TABLE):
        found = core.rows(ds, f"SELECT MAX(version) FROM {backend.table(VERSION_TABLE)}")
        if found and found[0][0] is not None:
            return int(found[0][0])
    if any(backend.has_table(ds, layer.name) for layer in schema.LAYERS):
        return 1  # plugin 0.1.0 wrote no version table
    return None


def prepare(ds: Any, backend: Any, complete: bool = True) -> list[str]:
    """Create, migrate or complete the store in the open transaction; what was done, as
    sentences for the log (empty when the store was already current).

    A store at this schema version is complete by construction: without ``complete`` its
    layers are not inspected one by one (a dozen catalogue queries, half of a live refresh's
    time in PostGIS); :func:`complete_layers` repairs a layer a write finds lacking."""
    version = stored_version(ds, backend)
    if version is not None and version > schema.SCHEMA_VERSION:
        raise core.StoreVersionError(tr(
            "{store} has schema version {version}, written by a newer Heilbronn Digital than "
            "this one ({plugin}, schema {ours}). Update the plugin (Plugins ▸ Manage and "
            "Install Plugins) before you write to this store").format(
                store=backend.location.label, version=version, plugin=plugin_version(),
                ours=schema.SCHEMA_VERSION))
    if version is None:
        backend.check_new(ds)
    steps = [step for step in STEPS if version is None or step.version > version]
    for step in steps if version is not None else ():
        if step.run is not None:
            step.run(ds, backend)
    if version == schema.SCHEMA_VERSION and not complete:
        return []
    complete_layers(ds, backend)
    if version == schema.SCHEMA_VERSION:
        return []
    now = datetime.now(timezone.utc)
    rows = ([{"version": schema.SCHEMA_VERSION, "applied_at": now,
              "plugin_version": plugin_version(), "description": "created"}]
            if version is None else
            [{"version": step.version, "applied_at": now, "plugin_version": plugin_version(),
              "description": step.description} for step in steps])
    writer = core._LayerWriter(backend.layer(ds, VERSION_TABLE), VERSION_LAYER, rows, backend)
    for row in rows:
        writer.write(row)
    if version is None:
        return [tr("Created the store {store} (schema version {version}).").format(
            store=backend.location.label, version=schema.SCHEMA_VERSION)]
    return [tr("Migrated the store {store} from schema version {old} to {new}: {changes}.").format(
        store=backend.location.label, old=version, new=schema.SCHEMA_VERSION,
        changes="; ".join(step.description for step in steps))]


def complete_layers(ds: Any, backend: Any) -> None:
    """Every layer with every declared field and key index, the occupancy view and its
    index: what is missing is added, data is kept."""
    for declaration in (*schema.LAYERS, VERSION_LAYER):
        core.ensure_layer(ds, backend, declaration)
    backend.ensure_occupancy_map(ds)


def plugin_version() -> str:
    """The plugin's version from metadata.txt (the one source of it)."""
    metadata = Path(__file__).resolve().parents[2] / "metadata.txt"
    try:
        for line in metadata.read_text(encoding="utf-8").splitlines():
            if line.startswith("version="):
                return line.partition("=")[2].strip()
    except OSError:
        pass
    return "unknown"
