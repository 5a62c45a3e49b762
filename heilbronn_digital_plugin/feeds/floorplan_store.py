"""Write a checked :class:`~.floorplan.Floorplan` into the store's indoor layers, all layers
in one transaction: an import that fails leaves the store as it was, and a re-import of the
same source updates its records by id instead of adding them again."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..store import core, schema
from ..toolbelt.i18n import tr
from .floorplan import INDOOR_LAYERS, Floorplan


class FloorplanStoreError(Exception):
    """The floorplan could not be written; the message names the store and the record."""


@dataclass
class ImportResult:
    """What an import wrote (per layer), skipped and repaired, and the sentences why."""

    written: dict[str, core.WriteResult]
    skipped: int = 0
    repaired: int = 0
    problems: list[str] = field(default_factory=list)
    ignored: dict[str, int] = field(default_factory=dict)

    def count(self, layer: str) -> int:
        """Records of ``layer`` written (new plus updated)."""
        result = self.written.get(layer)
        return 0 if result is None else result.inserted + result.updated


def write_floorplan(store: core.Target, plan: Floorplan) -> ImportResult:
    """Upsert ``plan`` (already through ``floorplan_checks.prepare``) into ``store``, which
    is created, migrated or completed in the same transaction."""
    batches = {layer: [_stored(layer, r) for r in plan.records[layer]]
               for layer in INDOOR_LAYERS}
    try:
        store = core.open_store(store)
        written = store.write_layers(batches)
    except core.StoreError as error:
        raise FloorplanStoreError(tr(
            "The floorplan could not be written to {store}: {error}").format(
                store=getattr(store, "label", store), error=error)) from error
    return ImportResult(written, plan.skipped, plan.repaired, list(plan.problems),
                        dict(plan.ignored))


def _stored(layer: str, record: dict) -> dict:
    """Only what the layer has columns for: readers keep helper keys on their records."""
    names = set(schema.layer(layer).field_names) | {core.GEOMETRY}
    return {name: value for name, value in record.items() if name in names}
