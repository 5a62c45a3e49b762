"""A store writer in a process of its own, for the concurrency tests: run with
``python tests/store_writer.py STORE MODE [ARGUMENT]``.

- ``upsert N``: upsert N readings (the same payload every time) and print
  ``{"inserted": …, "updated": …}`` as JSON.
- ``hold``: start a write, upsert ten readings of the site ``held`` inside it, print
  ``locked`` (the store's write lock is held, the rows are written but not committed), then
  wait for a line on stdin (at most two minutes) and commit. The tests kill it, or read while
  it waits, or let other writers queue behind it.
- ``open311 FILE``: import a saved Open311 answer (as ``heilbronn:importcitizenreports``).
- ``parking FILE``: import a parking payload (as a live refresh or ``heilbronn:importparking``).
  Both print what they inserted and updated as JSON.
"""

from __future__ import annotations

import json
import select
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from plugin_dev import PLUGIN_PATH, link_plugin  # noqa: E402

link_plugin()
sys.path.insert(0, str(PLUGIN_PATH))
from heilbronn_digital.heilbronn_digital_plugin.store import core, schema  # noqa: E402

T0 = datetime(2025, 11, 17, 8, 0, tzinfo=timezone.utc)
HOLD_S = 120


def readings(count: int, site: str = "s") -> list[dict]:
    return [{"site_id": f"{site}{i % 30}", "observed_at": T0 + timedelta(minutes=15 * (i // 30)),
             "free": i % 7, "occupied": 10 - i % 7, "capacity": 10, "status": "free"}
            for i in range(count)]


def _print(inserted: int, updated: int) -> None:
    print(json.dumps({"inserted": inserted, "updated": updated}), flush=True)


def _hold(target: str) -> None:
    def hold(reader: core.Reader) -> dict:
        layer = reader.backend.layer(reader.ds, schema.PARKING_OCCUPANCY.name)
        held = readings(10, "held")
        writer = core._LayerWriter(layer, schema.PARKING_OCCUPANCY, held, reader.backend)
        for row in held:
            writer.write(row)
        print("locked", flush=True)
        select.select([sys.stdin], [], [], HOLD_S)
        return {}

    core.write_layers(target, hold)
    print("committed", flush=True)


def main() -> None:
    target, mode = sys.argv[1], sys.argv[2]
    if mode == "upsert":
        result = core.write_records(target, "parking_occupancy", readings(int(sys.argv[3])))
        _print(result.inserted, result.updated)
    elif mode == "hold":
        _hold(target)
    elif mode == "open311":
        from heilbronn_digital.heilbronn_digital_plugin.feeds.open311_sync import (
            import_response,
        )

        path = Path(sys.argv[3])
        synced = import_response(target, path.read_bytes(), path.name)
        _print(synced.inserted, synced.updated)
    elif mode == "parking":
        from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import (
            ParkingSource,
            fetch_parking,
        )
        from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import (
            store_parking,
        )

        batch = fetch_parking(ParkingSource("detect", sys.argv[3]), transport=None)
        stored = store_parking(target, batch)
        _print(stored.readings_inserted, stored.readings_updated)
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
