"""Numbers in messages are written in the user's locale (toolbelt/numbers.local_number): a
German planner reads "1.234,5 m", not "1,234.5 m". Python's format specs ("{km:.1f}",
f"{n:,}") always write English numbers, so they must not reach a translated message."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = ("heilbronn_digital_plugin", "processing_algs")
# A placeholder with a numeric format spec: {km:.1f}, {count:,}, {share:.0%}, {n:d}, {x:g}.
NUMERIC_PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*:[^{}]*[,dfFgGeE%][^{}]*\}")
NUMERIC_SPEC = re.compile(r"[,dfFgGeE%]$|,")


def _is_tr(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and (
        isinstance(node.func, ast.Name) and node.func.id == "tr"
        or isinstance(node.func, ast.Attribute) and node.func.attr == "tr")


def _literal(node: ast.AST) -> str:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else ""


def _numeric_fstring(node: ast.AST) -> bool:
    """An f-string that formats a number with a spec (f"{radius:,.0f}")."""
    for value in ast.walk(node):
        if isinstance(value, ast.FormattedValue) and value.format_spec is not None:
            spec = "".join(_literal(part) for part in value.format_spec.values)
            if NUMERIC_SPEC.search(spec):
                return True
    return False


def english_numbers(path: Path, root: Path = REPO) -> list[str]:
    """Every place in ``path`` where a tr() message gets a number in English notation."""
    found = []
    name = path.relative_to(root)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if _is_tr(node) and node.args and NUMERIC_PLACEHOLDER.search(_literal(node.args[0])):
            found.append(f"{name}:{node.lineno}: {_literal(node.args[0])!r}")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format" and _is_tr(node.func.value)):
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                if _numeric_fstring(argument):
                    found.append(f"{name}:{argument.lineno}: {ast.unparse(argument)}")
    return found


def test_the_scan_finds_english_numbers(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'a = tr("{km:.1f} km").format(km=1.5)\n'
        'b = tr("{n} cells").format(n=f"{n:,}")\n'
        'c = self.tr("{share:.0%} full").format(share=0.5)\n'
        'd = tr("{n} cells, {name}").format(n=local_number(n, ","), name=f"{name!r}")\n',
        encoding="utf-8")
    assert sorted(hit.split(":")[1] for hit in english_numbers(sample, tmp_path)) == ["1", "2", "3"]


def test_messages_write_numbers_in_the_users_locale() -> None:
    found = [hit for folder in SOURCES for path in sorted((REPO / folder).rglob("*.py"))
             for hit in english_numbers(path)]
    assert found == [], ("format the number with toolbelt/numbers.local_number "
                         "(German: 1.234,5) instead of a Python format spec")
