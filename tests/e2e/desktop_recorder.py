"""Records, inside the QGIS desktop, every Python error, warning and log message of the run.

Installed through PYQGIS_STARTUP (desktop_startup.py), so it is in place before QGIS loads the
plugins and also sees an error in classFactory() or initGui(). QGIS would show such an error in
a modal dialog that nobody can click under Xvfb; the recorder takes the dialog's place.
"""

import json
import os
import traceback
import warnings
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsProject

OUT = Path(os.environ["HEILBRONN_E2E_OUT"])
result = {"errors": [], "warnings": [], "log": [], "steps": []}


def record_exception(kind, value, tb, *_ignored) -> None:
    result["errors"].append("".join(traceback.format_exception(kind, value, tb)))


def record_warning(message, category, filename, lineno, file=None, line=None) -> None:
    result["warnings"].append(f"{filename}:{lineno}: {category.__name__}: {message}")


def record_log(message: str, tag: str, level) -> None:
    result["log"].append({"tag": tag, "level": int(level), "message": message})


def install() -> None:
    """Start recording (once: QGIS may run its start-up script more than once)."""
    if result.get("installed"):
        return
    result["installed"] = True
    QgsApplication.messageLog().messageReceived.connect(record_log)
    # qgis.utils.showException falls back to this blocking dialog while no window is active.
    qgis.utils.open_stack_dialog = record_exception
    warnings.showwarning = record_warning
    warnings.simplefilter("default")


def write_result() -> None:
    """Write what was recorded so far to result.json."""
    (OUT / "result.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))


def finish() -> None:
    """Write what was recorded and quit QGIS without any question."""
    # Closed here, while the window still stands, as QGIS does when a person quits: QGIS 3.40
    # dies on signal 11 when ~QgisApp finds layers left in the project (the layer tree view
    # is gone by then). Before the result is written, so an error on closing is recorded.
    QgsProject.instance().clear()
    write_result()
    QgsApplication.exit(0)
