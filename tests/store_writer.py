"""A store writer in a process of its own, for the concurrency tests: run with
``python tests/store_writer.py STORE MODE [N]``.

- ``upsert N``: upsert N readings (the same payload every time) and print
  ``{"inserted": …, "updated": …}`` as JSON.
- ``hold``: start a write, print ``locked`` once the store's write lock is held, then wait
  (the test kills it, or reads while it waits).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from plugin_dev import PLUGIN_PATH, link_plugin  # noqa: E402

link_plugin()
sys.path.insert(0, str(PLUGIN_PATH))
from heilbronn_digital.heilbronn_digital_plugin.store import core  # noqa: E402

T0 = datetime(2025, 11, 17, 8, 0, tzinfo=timezone.utc)


def readings(count: int) -> list[dict]:
    return [{"site_id": f"s{i % 30}", "observed_at": T0 + timedelta(minutes=15 * (i // 30)),
             "free": i % 7, "occupied": 10 - i % 7, "capacity": 10, "status": "free"}
            for i in range(count)]


def main() -> None:
    target, mode = sys.argv[1], sys.argv[2]
    if mode == "upsert":
        result = core.write_records(target, "parking_occupancy", readings(int(sys.argv[3])))
        print(json.dumps({"inserted": result.inserted, "updated": result.updated}), flush=True)
        return

    def hold(_reader: core.Reader) -> dict:
        print("locked", flush=True)
        time.sleep(120)
        return {"parking_occupancy": readings(10)}

    core.write_layers(target, hold)


if __name__ == "__main__":
    main()
