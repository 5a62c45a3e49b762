"""The texts a person reads in the plugin's styles (``styles/*.qml``): legend entries, rule
descriptions, the words of map tips and the words that label expressions draw.

The .qml files hold them in English, the language of every ``tr()`` source; the plugin shows
them in the language QGIS runs in (:mod:`.style_language`), and
``scripts/build_translations.py`` puts them into the .ts beside the ``tr()`` strings. Only the
words are translated: a map tip's or a label's expression keeps every character outside its
display texts (field names, comparisons, the Heilbronn-time conversion, date formats).

In an expression, a string literal is a display text when it holds a letter (or a decimal
number) and is not a value the expression compares or reads: not the right side of a
comparison (``"status" = 'closed'``), not an item of ``IN (…)``, not an argument of a function
that reads a format or a pattern (``format_date``, ``replace``, …).

Pure Python (no QGIS): the translation script loads this file on its own.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

# A text a translator can change: one with a letter, or a decimal number ("0 – 0.5" is
# "0 – 0,5" in German).
_READABLE = re.compile(r"[^\W\d_]|\d[.,]\d")
_BLOCK = re.compile(r"\[%(.*?)%\]", re.S)
_TAG = re.compile(r"<[^>]*>")
_ESCAPE = re.compile(r"\\.")
_TOKEN = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_]*|<>|!=|>=|<="""
                    r"""|\|\||\S""")
_COMPARISONS = {"=", "<>", "!=", "<", ">", "<=", ">=", "LIKE", "ILIKE", "IS", "NOT"}
# Functions whose string arguments are formats, patterns or names, never words to read.
_NOT_DISPLAY = {"IN", "FORMAT_DATE", "TO_DATE", "TO_DATETIME", "TO_TIME", "REPLACE",
                "REGEXP_REPLACE", "REGEXP_MATCH", "REGEXP_SUBSTR", "ATTRIBUTE", "LAYER_PROPERTY",
                "VAR", "MAKE_INTERVAL", "COLOR_RGB", "COLOR_RGBA"}
# Spaces and separators around a text stay where they are; the translation replaces the rest.
_LEAD = " \t\n,–-"
_TRAIL = " \t\n"

Translate = Callable[[str], "str | None"]


def readable(text: str) -> bool:
    """Whether ``text`` holds words or numbers to translate: not only an HTML tag
    (``'<br>'``), an escape (``'\\n'``), punctuation or an integer."""
    return bool(_READABLE.search(_ESCAPE.sub("", _TAG.sub("", text))))


def _core(start: int, text: str) -> tuple[int, int] | None:
    """The span (in the whole string) of ``text`` without its leading and trailing spaces
    and separators, when what is left is readable."""
    stripped = text.lstrip(_LEAD)
    core = stripped.rstrip(_TRAIL)
    if not readable(core):
        return None
    begin = start + len(text) - len(stripped)
    return begin, begin + len(core)


def expression_spans(expression: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """Spans of the display texts inside the string literals of ``expression`` (positions
    counted from ``offset``). The text of a literal is its SQL form (a quote doubled)."""
    calls: list[str] = []
    previous, word = "", ""
    for token in _TOKEN.finditer(expression):
        text = token.group()
        upper = text.upper()
        if text == "(":
            calls.append(word)
        elif text == ")":
            if calls:
                calls.pop()
        elif text.startswith("'"):
            inside = calls[-1] if calls else ""
            if previous not in _COMPARISONS and inside not in _NOT_DISPLAY:
                span = _core(offset + token.start() + 1, text[1:-1])
                if span is not None:
                    yield span
        word = upper if re.fullmatch(r"[A-Za-z_]\w*", text) else ""
        previous = upper


def _text_spans(text: str, offset: int) -> Iterator[tuple[int, int]]:
    position = 0
    for tag in [*_TAG.finditer(text), None]:
        end = tag.start() if tag is not None else len(text)
        span = _core(offset + position, text[position:end])
        if span is not None:
            yield span
        position = tag.end() if tag is not None else end


def _replace(text: str, spans: Iterator[tuple[int, int]], translate: Translate,
             in_literal: bool) -> str:
    parts, position = [], 0
    for start, end in spans:
        source = text[start:end].replace("''", "'") if in_literal else text[start:end]
        target = translate(source)
        if target is None:
            continue
        parts += [text[position:start], target.replace("'", "''") if in_literal else target]
        position = end
    return "".join(parts) + text[position:]


def translate_expression(expression: str, translate: Translate) -> str:
    """``expression`` with each display text replaced by ``translate(text)`` (kept where that
    is ``None``)."""
    return _replace(expression, expression_spans(expression), translate, True)


def translate_template(template: str, translate: Translate) -> str:
    """The map tip ``template`` with each display text replaced by ``translate(text)``."""
    translated = _BLOCK.sub(
        lambda block: f"[%{translate_expression(block.group(1), translate)}%]", template)
    return _replace(translated, _outside_spans(translated), translate, False)


def _outside_spans(template: str) -> Iterator[tuple[int, int]]:
    position = 0
    for block in _BLOCK.finditer(template):
        yield from _text_spans(template[position:block.start()], position)
        position = block.end()
    yield from _text_spans(template[position:], position)


def _unquoted(expression: str, spans: Iterator[tuple[int, int]]) -> list[str]:
    return [expression[start:end].replace("''", "'") for start, end in spans]


def legend_text(label: str | None) -> str | None:
    """A legend entry or rule description as a translatable text (``None``: nothing to read)."""
    text = (label or "").strip()
    return text if readable(text) else None


def qml_texts(path: Path) -> list[str]:
    """Every display text of the QML style at ``path``, in the order of the file."""
    texts: list[str] = []
    for element in ET.parse(path).getroot().iter():
        if element.tag in ("category", "range", "rule"):
            for key in ("label", "description"):
                text = legend_text(element.get(key))
                if text:
                    texts.append(text)
        elif element.tag == "text-style" and element.get("isExpression") == "1":
            expression = element.get("fieldName", "")
            texts += _unquoted(expression, expression_spans(expression))
        elif element.tag == "mapTip" and element.text:
            texts += template_texts(element.text)
    return list(dict.fromkeys(texts))


def template_texts(template: str) -> list[str]:
    """The display texts of a map tip: its words between HTML tags and ``[% … %]`` blocks,
    then the display texts of the blocks."""
    texts = [template[start:end] for start, end in _outside_spans(template)]
    for block in _BLOCK.finditer(template):
        texts += _unquoted(block.group(1), expression_spans(block.group(1)))
    return texts


def style_texts(styles_dir: Path) -> dict[str, list[Path]]:
    """Every display text of the styles in ``styles_dir`` and the files it occurs in."""
    found: dict[str, list[Path]] = {}
    for path in sorted(styles_dir.glob("*.qml")):
        for text in qml_texts(path):
            found.setdefault(text, []).append(path)
    return found
