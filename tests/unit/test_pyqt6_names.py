"""Every Qt class and enum our code names exists in PyQt6 (QGIS 4's binding), checked against
PyQt6 from PyPI in a throwaway venv (tests/pyqt6_check.py); and a Qt 5-only name fails."""

from __future__ import annotations

import textwrap
from pathlib import Path

from pyqt6_check import describe, missing_in_pyqt6
from qt6_scan import python_files, qt_names


def test_every_qt_name_of_the_code_exists_in_pyqt6():
    names = qt_names(python_files())
    chains = {name.chain for name in names}
    # The scan sees what the code names, down to enum members.
    assert len(names) > 100
    assert {"Qt.ItemDataRole.UserRole", "QDialogButtonBox.StandardButton.Close"} <= chains
    failures = missing_in_pyqt6(names)
    assert not failures, "Missing in PyQt6 (QGIS 4):\n" + "\n".join(map(describe, failures))


def test_qt5_only_names_fail_the_check(tmp_path: Path):
    snippet = tmp_path / "qt5_only.py"
    snippet.write_text(textwrap.dedent("""\
        from qgis.PyQt import QtCore
        from qgis.PyQt.QtCore import QRegExp, Qt, QVariant
        from qgis.PyQt.QtWidgets import QAction, QDesktopWidget, QMessageBox

        Qt.AlignCenter
        QVariant.Type.Int
        QMessageBox.Yes
        QtCore.Qt.TimeSpec.UTC
        QAction
        Qt.AlignmentFlag.AlignCenter
    """), encoding="utf-8")
    failures = missing_in_pyqt6(qt_names([snippet]))
    problems = {(failure["line"], failure["problem"]) for failure in failures}
    assert problems == {
        (2, "PyQt6.QtCore has no QRegExp"),
        (3, "PyQt6.QtWidgets has no QDesktopWidget"),
        (5, "PyQt6.QtCore has no Qt.AlignCenter"),
        (6, "PyQt6.QtCore has no QVariant.Type"),
        (7, "PyQt6.QtWidgets has no QMessageBox.Yes"),
    }, failures
