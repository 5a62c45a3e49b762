"""The QGIS 4 / Qt 6 scan: reads every .py of the repository (AST) and names each use that
PyQt6 or QGIS 4 no longer accepts, with file:line and what to write instead.

Names are resolved against the real PyQt5/QGIS objects of the running QGIS, so the scan knows
that ``Qt.AlignCenter`` is an enum member named without its enum (write
``Qt.AlignmentFlag.AlignCenter``) while ``Qt.AlignmentFlag`` and ``QgsWkbTypes.isMultiType``
are not. Checked:

- unscoped Qt or QGIS enum members;
- enums that moved between QGIS 3.22 and 4 and field types (``QVariant.Type``): through
  ``heilbronn_digital_plugin/toolbelt/qgis_compat.py``, the one place that may name them
  (on QGIS 3.30+ the scan also sees every old class-scoped alias of an enum now in ``Qgis``);
- ``exec_()`` and ``print_()`` (``exec()``, ``print()``);
- ``QDateTime(y, m, d, h, min, s, ms, spec)``, whose spec PyQt6 takes as an int only;
- ``PyQt5``/``PyQt6``/``sip`` imports (``qgis.PyQt``);
- names from QGIS or Qt that the running QGIS does not have (a version difference belongs in
  qgis_compat).
"""

from __future__ import annotations

import ast
import enum
import functools
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COMPAT = REPO / "heilbronn_digital_plugin" / "toolbelt" / "qgis_compat.py"
SKIP_DIRS = {".venv", ".git", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache"}

# Methods PyQt6 removed (the Qt 5 spellings that dodged Python 2 keywords).
REMOVED_METHODS = {"exec_": "exec()", "print_": "print()"}
FORBIDDEN_MODULES = ("PyQt5", "PyQt6", "sip")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        try:
            where = self.path.relative_to(REPO)
        except ValueError:
            where = self.path
        return f"{where}:{self.line}: {self.message}"


def python_files(root: Path = REPO) -> Iterator[Path]:
    """Every .py of the repository, without the venv and build output."""
    for path in sorted(root.rglob("*.py")):
        if not SKIP_DIRS.intersection(path.relative_to(root).parts):
            yield path


def is_enum_type(obj) -> bool:
    """A sip enum type (PyQt5) or a Python enum (PyQt6, QGIS's scoped enums)."""
    return isinstance(obj, type) and (
        type(obj).__name__ == "enumtype" or issubclass(obj, enum.Enum))


def is_enum_member(value) -> bool:
    return not isinstance(value, type) and is_enum_type(type(value))


def attribute_chain(node: ast.Attribute) -> list[str] | None:
    """``Qt.AlignmentFlag.AlignCenter`` as ["Qt", "AlignmentFlag", "AlignCenter"]; None when
    the chain does not start with a plain name."""
    names = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    names.append(node.id)
    return names[::-1]


def imported_qgis_names(tree: ast.AST) -> dict[str, object]:
    """The names a file imports from qgis.* (qgis.core, qgis.PyQt.QtCore, …), resolved."""
    names: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and (
                node.module == "qgis" or node.module.startswith("qgis.")):
            try:
                module = importlib.import_module(node.module)
            except ImportError:
                continue  # e.g. qgis.PyQt.QtWebKit: the PyQt6 check looks at those
            for alias in node.names:
                if hasattr(module, alias.name):
                    names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


@functools.cache
def moved_enums() -> dict[str, str]:
    """The enums whose home moved between QGIS 3.22 and 4, by their name on the running QGIS
    (``QgsProcessing.SourceType`` on 3.22, ``Qgis.ProcessingSourceType`` on 3.36+), each with
    the namespace of qgis_compat that holds its members: read from qgis_compat itself, so a
    namespace added there is enforced here at once."""
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt import qgis_compat

    moved = {"QVariant.Type": "FieldType", "QMetaType.Type": "FieldType"}
    for namespace, holder in vars(qgis_compat).items():
        if isinstance(holder, type) and holder.__module__ == qgis_compat.__name__:
            for name, value in vars(holder).items():
                if not name.startswith("_"):
                    moved[type(value).__qualname__] = namespace
    return moved


def compat_member(namespace: str, value) -> str:
    """The member of qgis_compat.<namespace> equal to ``value`` (``FieldType.Int``)."""
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt import qgis_compat

    holder = getattr(qgis_compat, namespace)
    for name, member in vars(holder).items():
        if not name.startswith("_") and member == value:
            return f"{namespace}.{name}"
    return f"{namespace}.<the member for {value!r}>"


def scan_source(source: str, path: Path) -> list[Finding]:
    """The findings in one file's source."""
    tree = ast.parse(source, filename=str(path))
    findings: list[Finding] = []
    is_compat = path.resolve() == COMPAT
    names = imported_qgis_names(tree)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in FORBIDDEN_MODULES:
                    findings.append(Finding(path, node.lineno, (
                        f"import {alias.name}: import from qgis.PyQt instead "
                        "(it is PyQt5 on QGIS 3 and PyQt6 on QGIS 4)")))
        elif isinstance(node, ast.ImportFrom) and node.module and \
                node.module.split(".")[0] in FORBIDDEN_MODULES:
            findings.append(Finding(path, node.lineno, (
                f"from {node.module} import …: import from qgis.PyQt"
                f"{node.module[5:] if node.module.startswith('PyQt') else ''} instead")))
        elif isinstance(node, ast.Attribute) and node.attr in REMOVED_METHODS:
            findings.append(Finding(path, node.lineno, (
                f"{node.attr}() is gone in PyQt6: call {REMOVED_METHODS[node.attr]}")))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id == "QDateTime" and len(node.args) >= 8:
            # PyQt6 types the spec of QDateTime(y, m, d, h, min, s, ms, spec) as int.
            findings.append(Finding(path, node.lineno, (
                "QDateTime(year, …, msec, spec) refuses a Qt.TimeSpec in PyQt6: write "
                "QDateTime(QDate(year, month, day), QTime(hour, minute, …), spec)")))

    # The longest chains only: in Qt.AlignmentFlag.AlignCenter, Qt.AlignmentFlag is a part.
    inner = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            inner.add(id(node.value))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in inner:
            continue
        chain = attribute_chain(node)
        if not chain or chain[0] not in names:
            continue
        finding = check_chain(chain, names[chain[0]], is_compat)
        if finding:
            findings.append(Finding(path, node.lineno, finding))
    return findings


def check_chain(chain: list[str], root, is_compat: bool) -> str | None:
    """What is wrong with one attribute chain rooted in a QGIS/Qt name, or None."""
    text = ".".join(chain)
    objects = [root]
    for name in chain[1:]:
        try:
            objects.append(getattr(objects[-1], name))
        except AttributeError:
            if is_compat:
                return None  # it names both versions' spellings, chosen by version
            return (f"{text}: {'.'.join(chain[:len(objects)])} has no {name} in this QGIS: "
                    "a name that differs between QGIS versions belongs in qgis_compat")
        if is_enum_member(objects[-1]):
            break  # further attributes are the enum's own (.value, .name)
    value, parent = objects[-1], objects[-2] if len(objects) > 1 else None
    shown = ".".join(chain[:len(objects)])
    enum_type = value if is_enum_type(value) else type(value) if is_enum_member(value) else None
    if enum_type is None:
        return None
    qualname = enum_type.__qualname__
    moved = moved_enums()
    if qualname in moved and not is_compat:
        fix = compat_member(moved[qualname], value) if is_enum_member(value) else moved[qualname]
        return (f"{shown}: moved between QGIS 3.22 and 4 (or gone in PyQt6): "
                f"use {fix} from heilbronn_digital_plugin.toolbelt.qgis_compat")
    if qualname.startswith("Qgis.") and chain[0] != "Qgis" and not is_compat:
        # On QGIS 3.30+ the old class-scoped name is an alias of the enum that moved to Qgis.
        return (f"{shown}: an old alias of {qualname} (it moved into Qgis): add it to "
                "heilbronn_digital_plugin.toolbelt.qgis_compat and use it from there")
    if is_enum_member(value) and not is_enum_type(parent):
        return (f"{shown}: unscoped enum (PyQt6 needs the enum's name): "
                f"write {qualname}.{chain[len(objects) - 1]}")
    return None


def scan_paths(paths) -> list[Finding]:
    findings: list[Finding] = []
    for path in paths:
        findings.extend(scan_source(Path(path).read_text(encoding="utf-8"), Path(path)))
    return findings


@dataclass(frozen=True)
class QtName:
    """A Qt name the code uses: ``module`` is qgis.PyQt's module (QtCore, QtWidgets, …) and
    ``chain`` the dotted name within it (``Qt.AlignmentFlag.AlignCenter``)."""

    module: str
    chain: str
    path: str
    line: int


def qt_names(paths) -> list[QtName]:
    """Every Qt class and enum the files name through qgis.PyQt, as far as the AST shows them
    (``from qgis.PyQt.QtCore import Qt`` … ``Qt.AlignmentFlag.AlignCenter``), for the PyQt6
    check. The compat module is left out: it names the QGIS 3 spellings on purpose."""
    found: list[QtName] = []
    for path in paths:
        path = Path(path)
        if path.resolve() == COMPAT:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        roots: dict[str, tuple[str, str]] = {}  # local name -> (module, name in it)
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or not node.module:
                continue
            if node.module.startswith("qgis.PyQt."):
                module = node.module.split(".", 2)[2]
                for alias in node.names:
                    roots[alias.asname or alias.name] = (module, alias.name)
                    found.append(QtName(module, alias.name, str(path), node.lineno))
            elif node.module == "qgis.PyQt":
                for alias in node.names:
                    roots[alias.asname or alias.name] = (alias.name, "")
        inner = {id(node.value) for node in ast.walk(tree)
                 if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and id(node) not in inner:
                chain = attribute_chain(node)
                if chain and chain[0] in roots:
                    module, name = roots[chain[0]]
                    dotted = ".".join(([name] if name else []) + chain[1:])
                    found.append(QtName(module, dotted, str(path), node.lineno))
    return found
