"""The PyQt6 check of ``make test``: every Qt class and enum our code names through qgis.PyQt
(found by the AST scan) must exist in PyQt6, the binding of QGIS 4. PyQt6 comes from PyPI into
a throwaway venv without QGIS (build/pyqt6-venv, or $HEILBRONN_PYQT6_VENV), made once.

    .venv/bin/python tests/pyqt6_check.py     # prints what PyQt6 lacks, exit 1 if anything
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt6_scan import REPO, QtName, python_files, qt_names  # noqa: E402

REQUIREMENT = "PyQt6>=6.5,<7"
RESOLVER = Path(__file__).resolve().parent / "pyqt6_resolve.py"


def venv_dir() -> Path:
    return Path(os.environ.get("HEILBRONN_PYQT6_VENV", REPO / "build" / "pyqt6-venv"))


def ensure_venv() -> Path:
    """The venv's python; the venv is made and PyQt6 installed when missing (about 20 s)."""
    venv = venv_dir()
    python = venv / "bin" / "python"
    stamp = venv / f".installed-{hashlib.sha1(REQUIREMENT.encode()).hexdigest()[:12]}"
    if stamp.is_file() and python.is_file():
        return python
    base = "/usr/bin/python3" if Path("/usr/bin/python3").is_file() else sys.executable
    if not python.is_file():
        subprocess.run([base, "-m", "venv", str(venv)], check=True)
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", REQUIREMENT],
        capture_output=True, text=True)
    if install.returncode != 0:
        raise RuntimeError(f"Installing {REQUIREMENT} from PyPI into {venv} failed:\n"
                           f"{install.stdout}{install.stderr}")
    stamp.touch()
    return python


def missing_in_pyqt6(names: list[QtName]) -> list[dict]:
    """The names PyQt6 lacks, each with its file, line and what is missing."""
    python = ensure_venv()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [str(python), "-I", str(RESOLVER)], input=json.dumps([asdict(name) for name in names]),
        capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"The PyQt6 resolver failed:\n{result.stderr}")
    return json.loads(result.stdout)


def describe(failure: dict) -> str:
    path = Path(failure["path"])
    if path.is_relative_to(REPO):
        path = path.relative_to(REPO)
    return f"{path}:{failure['line']}: {failure['problem']}"


def main() -> int:
    names = qt_names(python_files())
    failures = missing_in_pyqt6(names)
    for failure in failures:
        print(describe(failure))
    print(f"{len(names)} Qt names checked against PyQt6, {len(failures)} missing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
