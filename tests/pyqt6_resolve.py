"""Run by the python of the PyQt6 venv (no QGIS there): reads the Qt names our code uses as
JSON on stdin (``[{"module": "QtCore", "chain": "Qt.AlignmentFlag.AlignCenter", …}]``) and
prints, as JSON, each one PyQt6 does not have, with what is missing."""

import importlib
import json
import sys

# QGIS 4's qgis.PyQt.QtWidgets still offers the classes that Qt 6 moved to QtGui, so that plugin
# code can import them from QtWidgets on QGIS 3 and 4 alike.
QTWIDGETS_FROM_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QFileSystemModel",
                        "QUndoCommand", "QUndoGroup", "QUndoStack"}


def missing(module: str, chain: str):
    try:
        value = importlib.import_module(f"PyQt6.{module}")
    except ImportError as error:
        return f"PyQt6 has no module {module} ({error})"
    names = chain.split(".") if chain else []
    for index, name in enumerate(names):
        if hasattr(value, name):
            value = getattr(value, name)
        elif index == 0 and module == "QtWidgets" and name in QTWIDGETS_FROM_QTGUI:
            value = getattr(importlib.import_module("PyQt6.QtGui"), name)
        else:
            return f"PyQt6.{module} has no {'.'.join(names[:index + 1])}"
    return None


def main() -> None:
    failures = []
    for name in json.load(sys.stdin):
        problem = missing(name["module"], name["chain"])
        if problem:
            failures.append({**name, "problem": problem})
    json.dump(failures, sys.stdout)


if __name__ == "__main__":
    main()
