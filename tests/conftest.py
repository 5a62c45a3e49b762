"""Shared test set-up: the plugin is imported under its installed name, ``heilbronn_digital``,
through the link that ``scripts/plugin_dev.py`` makes (also the ``QGIS_PLUGINPATH`` of the
qgis_process tests). Test modules may ``import plugin_dev`` for the same names.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
# Test helpers shared by several test folders (http_server.py) import by their plain name, and
# so do the benchmarks and their helpers (benchmark_support.py), as the benchmark scripts do,
# and the real-desktop tests' harness (e2e/desktop_harness.py). Test modules do not import
# this file (pytest has loaded it already; an import would load a second copy).
sys.path.insert(0, str(REPO / "tests" / "e2e"))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from plugin_dev import PLUGIN_NAME, PLUGIN_PATH, link_plugin  # noqa: E402

FIXTURES = REPO.parent / "shared" / "fixtures"
SAMPLE_GPKG = REPO / "sample_data" / "heilbronn_demo.gpkg"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

link_plugin()
if str(PLUGIN_PATH) not in sys.path:
    sys.path.insert(0, str(PLUGIN_PATH))


def qgis_process_binary() -> str:
    """Debian 12's /usr/bin/qgis_process wrapper adds a flag the binary rejects; skip it."""
    for candidate in ("/usr/bin/qgis_process.bin", shutil.which("qgis_process") or ""):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail("qgis_process is not installed: run `make test`, which installs QGIS.")


@pytest.fixture(scope="session")
def qgis_process() -> str:
    """Path of the qgis_process binary to run."""
    return qgis_process_binary()


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    if not FIXTURES.is_dir():
        pytest.fail(f"The shared fixtures are missing: expected them at {FIXTURES}")
    return FIXTURES


@pytest.fixture(scope="session")
def sample_gpkg(tmp_path_factory) -> Path:
    """A copy of the demo GeoPackage: SQLite may rewrite a file it opens (journal mode,
    header), and a test run must leave the committed one untouched."""
    if not SAMPLE_GPKG.is_file():
        pytest.fail(f"{SAMPLE_GPKG} is missing: `make sample-data` builds it.")
    copy = tmp_path_factory.mktemp("sample") / SAMPLE_GPKG.name
    shutil.copy(SAMPLE_GPKG, copy)
    return copy


@pytest.fixture(scope="session")
def postgis_cluster():
    """A throwaway PostgreSQL/PostGIS cluster on a free port of 127.0.0.1 for the session,
    removed afterwards (tests/pg_cluster.py). Without the packages the PostGIS tests are
    skipped with a sentence saying what to install; in CI (CI=true) they fail instead."""
    from pg_cluster import ClusterError, PgCluster

    try:
        cluster = PgCluster().start()
    except ClusterError as error:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"The PostGIS test cluster cannot start in CI: {error}")
        pytest.skip(f"PostGIS tests skipped: {error}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=["gpkg", "postgis"])
def store_target(request, tmp_path: Path) -> str:
    """A store that does not exist yet, once as a GeoPackage path and once as a PostGIS
    STORE text (a fresh schema in the session cluster)."""
    if request.param == "gpkg":
        return str(tmp_path / "store.gpkg")
    return request.getfixturevalue("postgis_cluster").new_store()


@pytest.fixture
def isolated_home(tmp_path: Path) -> dict:
    """Environment for a QGIS child process that never touches the user's real profile."""
    env = dict(os.environ)
    env.update(
        HOME=str(tmp_path / "home"),
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(PLUGIN_PATH),
        XDG_RUNTIME_DIR=str(tmp_path / "xdg"),
    )
    # pytest-qgis points these at its own settings folder; a child must get a fresh profile.
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    env.pop("QGIS_OPTIONS_PATH", None)
    (tmp_path / "home").mkdir()
    (tmp_path / "xdg").mkdir(mode=0o700)
    return env


@pytest.fixture(scope="session", autouse=True)
def _iface_with_a_layer_tree_view():
    """pytest-qgis's stand-in for ``iface`` answers a MagicMock for what it does not implement,
    and QGIS 3.44's Processing hands ``iface.layerTreeView()`` to C++ when it loads results
    (``QgsProcessingGuiUtils.addResultLayers``): give it a real view of the project's tree."""
    import qgis.utils

    iface = qgis.utils.iface
    if iface is None:
        yield
        return
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    if isinstance(iface.layerTreeView(), QgsLayerTreeView):
        yield
        return
    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view)
    view.setModel(model)
    iface.layerTreeView = lambda: view
    yield
    del iface.layerTreeView


@pytest.fixture(scope="session", autouse=True)
def _layers_closed_before_qgis_exits(qgis_app):
    """A layer that Python still holds when the session ends (in a result dict, in an
    exception's frames) would be destroyed by the interpreter's own clean-up, after QGIS has
    shut GDAL down: a segfault after the summary, and a failed CI run although every test
    passed. Close such layers, and the projects, stores and contexts that own layers, while
    QGIS still runs (this fixture is torn down before pytest-qgis's ``qgis_app``)."""
    yield
    import gc

    from qgis.core import QgsMapLayer, QgsMapLayerStore, QgsProcessingContext, QgsProject
    from qgis.PyQt import sip

    gc.collect()
    for kinds in (QgsMapLayer, (QgsMapLayerStore, QgsProcessingContext, QgsProject)):
        left = [obj for obj in gc.get_objects() if isinstance(obj, kinds)]
        for obj in left:
            if not sip.isdeleted(obj) and sip.ispyowned(obj) and obj is not QgsProject.instance():
                sip.delete(obj)


@pytest.fixture
def project(qgis_app):
    """A QgsProject of its own (not the global instance), cleared after the test."""
    from qgis.core import QgsProject

    project = QgsProject()
    yield project
    project.clear()


@pytest.fixture(scope="module")
def provider(qgis_processing):
    """The ``heilbronn`` provider, registered for one test module: the plugin tests need a
    registry without it."""
    from qgis.core import QgsApplication

    from heilbronn_digital.processing_algs.provider import HeilbronnProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("heilbronn") is not None:
        yield registry.providerById("heilbronn")
        return
    provider = HeilbronnProvider()
    registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


@pytest.fixture
def run_algorithm_cli(isolated_home: dict, qgis_process: str):
    """``run(algorithm_id, NAME=value, …)``: the algorithm through the qgis_process command
    line, with the plugin enabled in a throwaway profile; returns the finished process."""
    subprocess.run([qgis_process, "plugins", "enable", PLUGIN_NAME], env=isolated_home,
                   check=True, capture_output=True, timeout=300)

    def run(algorithm_id: str, **parameters) -> subprocess.CompletedProcess:
        arguments = [f"{name}={value}" for name, value in parameters.items()]
        return subprocess.run([qgis_process, "run", algorithm_id, "--", *arguments],
                              env=isolated_home, capture_output=True, text=True, timeout=300)

    return run


@pytest.fixture
def german_ui():
    """The plugin's German translation installed for one test (as when QGIS runs in German);
    needs the compiled .qm that `make test` builds."""
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.translation import (
        install_translator,
        remove_translator,
    )

    translator = install_translator("de_DE")
    if translator is None:
        pytest.fail("The German .qm is missing: `make qm` builds it.")
    yield translator
    remove_translator(translator)


@pytest.fixture
def ui_locale() -> Iterator[Callable[[str], None]]:
    """Choose the QGIS user locale for one test, as QGIS's options dialog does: numbers in
    messages follow it (German "1.234,5", English "1,234.5"; the test machine's own "C"
    locale writes "1234.5")."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    previous = settings.value("locale/userLocale", None)
    yield lambda name: settings.setValue("locale/userLocale", name)
    if previous is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", previous)


# No deprecation warning from our own code (QGIS 3.40/3.44 warn about the QGIS 3 spellings that
# QGIS 4 drops): each one is listed at the end of the run, and the run fails.
_OWN_DEPRECATIONS: dict[tuple[str, int, str], str] = {}


def _own_file(filename: str) -> Path | None:
    try:
        path = Path(filename).resolve()
    except (OSError, ValueError):
        return None
    inside = path.is_relative_to(REPO) and not path.is_relative_to(REPO / ".venv")
    return path if inside else None


def pytest_warning_recorded(warning_message, when, nodeid, location):
    if not issubclass(warning_message.category, (DeprecationWarning, PendingDeprecationWarning)):
        return
    path = _own_file(warning_message.filename)
    if path is not None:
        key = (str(path.relative_to(REPO)), warning_message.lineno, str(warning_message.message))
        _OWN_DEPRECATIONS.setdefault(key, nodeid)


def pytest_terminal_summary(terminalreporter):
    if _OWN_DEPRECATIONS:
        terminalreporter.section("deprecation warnings from our code (they fail the run)")
        for (path, line, message), nodeid in sorted(_OWN_DEPRECATIONS.items()):
            terminalreporter.write_line(f"{path}:{line}: {message}  [first in {nodeid}]")


def pytest_sessionfinish(session, exitstatus):
    if _OWN_DEPRECATIONS and exitstatus == 0:
        session.exitstatus = 1


@pytest.fixture(params=["UTC", "Europe/Berlin", "America/New_York"])
def machine_tz(request) -> Iterator[str]:
    """The machine's time zone for the test (Qt reads TZ at every local-time conversion): what
    a person types or reads must not depend on it."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


_SLOT_ERRORS: list[str] = []


def _record_slot_error(kind, value, tb) -> None:
    import traceback

    _SLOT_ERRORS.append("".join(traceback.format_exception(kind, value, tb)))


# Between tests too (a task's slot may run during another test's teardown).
sys.excepthook = _record_slot_error


@pytest.fixture(autouse=True)
def no_exception_in_a_qt_slot():
    """With Python's own ``sys.excepthook``, PyQt aborts the process on an exception raised in
    a slot (in a worker thread too): one such error killed a whole CI run with no word of
    what it was. In QGIS its own hook shows the error; here the test that caused it fails
    with the traceback, and the run goes on."""
    sys.excepthook = _record_slot_error
    yield
    errors, _SLOT_ERRORS[:] = list(_SLOT_ERRORS), []
    if errors:
        pytest.fail("an exception was raised in a Qt slot:\n" + "\n".join(errors))


@pytest.fixture(autouse=True)
def no_task_of_ours_left_running():
    """After each test, no task of the plugin may still run: a refresh left waiting on a
    server held QGIS's exit (and the whole test session) for good. A task left over is
    canceled, so the next tests and the end of the session go on, and the test fails."""
    yield
    if "qgis.core" not in sys.modules:
        return
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        return
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.tasks import (
        cancel_our_tasks,
        our_tasks,
    )

    left = [task.description() for task in our_tasks()]
    if left:
        still = cancel_our_tasks()
        pytest.fail(f"the test left tasks of the plugin running: {left}"
                    + (f"; still running after a cancel: {still}" if still else ""))
