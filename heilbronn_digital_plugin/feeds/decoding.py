"""Bytes of a feed into text, JSON and XML, as they really come: any common encoding, and
never a traceback for input nested without end.

- **Encodings**: a byte-order mark says UTF-8, UTF-16 or UTF-32; UTF-16 without one shows in
  its zero bytes; otherwise UTF-8, and where that fails Windows-1252 (Latin-1 as Windows
  writes it), with a note so the planner knows: "Straße" saved by an old export stays
  "Straße" instead of "Stra�e".
- **Depth**: real feeds nest a few levels; a payload nested deeper than :data:`MAX_DEPTH` is
  refused with a sentence (deep nesting is an attack on recursive code, and Python's parsers
  and our own walkers recurse).

Every failure is a :class:`PayloadError` whose message says what the bytes look like (in the
language QGIS runs in); the format readers turn it into their own error with the URL or file
name.
"""

from __future__ import annotations

import codecs
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from ..toolbelt.i18n import tr
from ..toolbelt.numbers import local_number

MAX_DEPTH = 64
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


class PayloadError(ValueError):
    """The bytes are no readable text, JSON or XML; the message says what they look like."""


@dataclass(frozen=True)
class Text:
    """Decoded text, the encoding it was read with, and a note when that was a guess."""

    text: str
    encoding: str
    note: str | None = None


def decode(data: bytes) -> Text:
    """``data`` as text (see the module for the order of encodings tried)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Text(_strict(data, encoding), encoding)
    head = data[:400]
    if len(head) >= 4 and head.count(0) >= len(head) // 4:
        # ASCII in UTF-16 has every other byte zero: which one says the byte order.
        encoding = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        return Text(_strict(data, encoding), encoding, tr(
            "the data is {encoding} without a byte-order mark; it was read as such").format(
                encoding=encoding.upper()))
    try:
        return Text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        where = error.start
    try:
        text = data.decode("cp1252")
        encoding = "Windows-1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "Latin-1"
    return Text(text, encoding, tr(
        "the data is not UTF-8 (byte {byte}); it was read as {encoding}: check umlauts such "
        "as ä and ß in the result").format(byte=local_number(where, ","), encoding=encoding))


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise PayloadError(tr(
            "the data says it is {encoding} but is not readable as such (byte {byte})").format(
                encoding=encoding.upper(), byte=local_number(error.start, ","))) from None


def load_json(data: bytes) -> tuple[Any, Text]:
    """The JSON value in ``data`` and the text it was read from."""
    text = decode(data)
    stripped = text.text.strip()
    if not stripped:
        raise PayloadError(tr("the answer is empty"))
    try:
        value = json.loads(stripped)
    except RecursionError:
        raise PayloadError(_too_deep("JSON")) from None
    except json.JSONDecodeError as error:
        # error.msg is Python's own English ("Expecting value"): kept as a detail.
        raise PayloadError(tr(
            "the JSON is broken or cut off ({error} at character {position} of {length})"
        ).format(error=error.msg, position=local_number(error.pos, ","),
                 length=local_number(len(stripped), ","))) from None
    if depth(value) > MAX_DEPTH:
        raise PayloadError(_too_deep("JSON"))
    return value, text


def _too_deep(kind: str) -> str:
    return tr("the {kind} is nested deeper than {depth} levels, which no feed does").format(
        kind=kind, depth=MAX_DEPTH)


def load_xml(data: bytes) -> ET.Element:
    """The root element of the XML document in ``data``."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise PayloadError(tr("the XML is broken or cut off ({error})").format(
            error=error)) from None
    except (LookupError, ValueError) as error:  # encoding="utf-8x", a multi-byte one
        raise PayloadError(tr("the XML names an encoding that cannot be read ({error})").format(
            error=error)) from None
    except RecursionError:
        raise PayloadError(_too_deep("XML")) from None
    if xml_depth(root) > MAX_DEPTH:
        raise PayloadError(_too_deep("XML"))
    return root


def depth(value: Any) -> int:
    """How deep lists and objects nest in a JSON value (a number or text is 0), counted
    without recursion and only as far as one level past :data:`MAX_DEPTH`."""
    deepest = 0
    stack = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        level += 1
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level) for child in children)
    return deepest


def xml_depth(root: ET.Element) -> int:
    """How deep the elements under ``root`` nest (``root`` alone is 1), without recursion."""
    deepest = 0
    stack = [(root, 1)]
    while stack:
        element, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in element)
    return deepest
