"""What the benchmarks share: the plugin on sys.path, a QGIS with Processing and the
``heilbronn`` provider, the venue arguments, and the smoke run of a benchmark.

Not named ``bench_*.py``: `make bench` runs every file of that name as a benchmark. A
benchmark script imports it by its plain name (its folder is sys.path[0]); the tests find it
through tests/conftest.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS.parents[1] / "scripts"))
from plugin_dev import PLUGIN_PATH, REPO, link_plugin, use_plugin_and_processing  # noqa: E402

__all__ = ["REPO", "run_smoke", "start_qgis", "use_plugin", "venue_arguments"]

_providers = []  # the processing registry does not keep a provider alive


def use_plugin() -> None:
    """Make ``import heilbronn_digital`` work."""
    link_plugin()
    if str(PLUGIN_PATH) not in sys.path:
        sys.path.insert(0, str(PLUGIN_PATH))


def start_qgis():
    """A headless QgsApplication with Processing and the ``heilbronn`` provider; return it
    (the caller ends it with ``exitQgis()``)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    use_plugin_and_processing()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from heilbronn_digital.processing_algs.provider import HeilbronnProvider

    _providers.append(HeilbronnProvider())
    QgsApplication.processingRegistry().addProvider(_providers[-1])
    return app


def venue_arguments(doc: str, smoke: tuple[int, int, int]) -> argparse.Namespace:
    """The command line of a venue benchmark: --buildings, --levels and --spaces (the issue's
    venue of 3 × 10 × 500 by default), and --smoke for the ``smoke`` sizes."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--buildings", type=int, default=3)
    parser.add_argument("--levels", type=int, default=10)
    parser.add_argument("--spaces", type=int, default=500, help="spaces per level")
    parser.add_argument("--smoke", action="store_true",
                        help="{} building(s) × {} levels × {} spaces per level".format(*smoke))
    args = parser.parse_args()
    if args.smoke:
        args.buildings, args.levels, args.spaces = smoke
    return args


def run_smoke(script: str, *arguments: str | Path) -> dict:
    """Run ``tests/benchmarks/<script>`` in its own process (as `make bench` does) with
    ``arguments``; return the JSON result it prints last."""
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *map(str, arguments)],
        capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return json.loads(completed.stdout[completed.stdout.index("{"):])
