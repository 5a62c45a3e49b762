"""The privacy rules of a publication: the smallest group size *k*, scrubbing free text, and
the privacy report that says what was done.

The rules are a whitelist: a dataset module names the few fields it publishes, and
everything else the store holds (names, e-mail addresses, phone numbers, addresses, free
text, ``extra_json``, the source's own ids) stays behind. Free text is published only when
the user asks for it, and then only after :class:`Scrubber` has removed what it can
recognise; names it does not know from the store it cannot recognise, which the report and
the README say.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from ..toolbelt.i18n import tr

# The smallest k that protects anyone: with k = 1 every report may stand alone in its cell.
MIN_K = 2
DEFAULT_K = 5

# Keys of personal data in a store's extra_json (the Open311 import's list, plus spellings
# other sources use). Their values are also the names the scrubber removes from free text.
PERSONAL_KEYS = frozenset({
    "email", "e_mail", "mail", "first_name", "last_name", "name", "full_name", "phone",
    "telephone", "author", "author_email", "device_id", "account_id", "user_id",
    "firstname", "lastname", "surname", "vorname", "nachname", "telefon", "contact",
    "reporter", "submitter",
})
_NAME_KEYS = frozenset({"first_name", "last_name", "name", "full_name", "author", "firstname",
                        "lastname", "surname", "vorname", "nachname", "reporter",
                        "submitter", "contact"})

_EMAIL = re.compile(
    r"[\w.+-]+\s*(?:@|\(at\)|\[at\]|\s+at\s+)\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+",
    re.IGNORECASE)
_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"']+", re.IGNORECASE)
# Dates and times look like phone numbers to a digit counter; they are left alone.
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b")
# A phone number: an optional + or 00, then at least 6 digits with the usual separators.
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[\s/().-]{0,3}\d){5,}(?!\w)")
REMOVED = "[…]"


class PrivacyError(ValueError):
    """A publication setting would not protect anyone; the message says why."""


def check_k(k: int) -> None:
    """Refuse a k that protects nobody."""
    if k < MIN_K:
        raise PrivacyError(tr(
            "k = {k} protects nobody: with k = 1 a report may be alone in its cell, and its "
            "published position is then the reporter's (often their home). Choose k = "
            "{minimum} or more ({usual} is usual).").format(k=k, minimum=MIN_K,
                                                            usual=DEFAULT_K))


@dataclass
class ScrubCounts:
    emails: int = 0
    phones: int = 0
    urls: int = 0
    names: int = 0

    def add(self, other: ScrubCounts) -> None:
        for key, value in asdict(other).items():
            setattr(self, key, getattr(self, key) + value)

    @property
    def total(self) -> int:
        return self.emails + self.phones + self.urls + self.names


class Scrubber:
    """Removes e-mail addresses, URLs, phone numbers and the ``names`` it is given (the
    personal names the store holds anywhere) from free text, and counts what it removed."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        words = set()
        for name in names:
            name = " ".join(str(name).split())
            if len(name) >= 3:
                words.add(name)
                words.update(part for part in re.split(r"[\s,;]+", name) if len(part) >= 3)
        # Longest first, so "Max Mustermann" goes as one before "Max" alone.
        ordered = sorted(words, key=len, reverse=True)
        self._names = (re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)",
                                  re.IGNORECASE) if ordered else None)
        self.counts = ScrubCounts()

    def scrub(self, text: str | None) -> str | None:
        if text is None:
            return None
        text, emails = _EMAIL.subn(REMOVED, text)
        text, urls = _URL.subn(REMOVED, text)
        dates = {}

        def keep_date(match: re.Match) -> str:
            token = f"\x00{len(dates)}\x00"
            dates[token] = match.group(0)
            return token

        text = _DATE.sub(keep_date, text)
        text, phones = _PHONE.subn(REMOVED, text)
        for token, original in dates.items():
            text = text.replace(token, original)
        names = 0
        if self._names is not None:
            text, names = self._names.subn(REMOVED, text)
        self.counts.add(ScrubCounts(emails, phones, urls, names))
        return " ".join(text.split()) or None


def personal_names(extra_json: str | None) -> list[str]:
    """The values of name fields in one record's ``extra_json`` (at any depth)."""
    try:
        value = json.loads(extra_json) if extra_json else None
    except ValueError:
        return []
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, item in node.items():
                if key.lower() in _NAME_KEYS and isinstance(item, str):
                    found.append(item)
                else:
                    walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(value)
    return found


def json_keys(extra_json: str | None) -> set[str]:
    """The top-level keys of one record's ``extra_json``."""
    try:
        value = json.loads(extra_json) if extra_json else None
    except ValueError:
        return set()
    return set(value) if isinstance(value, dict) else set()


@dataclass(frozen=True)
class Fact:
    """One line of a privacy report: a number or text, labelled in both languages."""

    key: str
    value: Any
    de: str
    en: str


@dataclass
class PrivacyReport:
    """What the privacy rules did to one dataset. ``cells_*`` count the groups that k was
    applied to (grid cells, hexagon × period, street segments); ``records_suppressed`` the
    records that left with their cell."""

    dataset: str
    k: int
    records_read: int = 0
    # False where nothing personal is grouped (floorplans): no k, cells or displacement.
    k_applies: bool = True
    records_published: int = 0
    cells_published: int = 0
    cells_suppressed: int = 0
    records_suppressed: int = 0
    max_displacement_m: float | None = None
    fields_removed: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def suppressed_share(self) -> float:
        return self.records_suppressed / self.records_read if self.records_read else 0.0

    @property
    def everything_suppressed(self) -> bool:
        return self.records_published == 0 and self.cells_suppressed > 0

    def note(self, de: str, en: str) -> None:
        self.notes.append((de, en))

    def fact(self, key: str, value: Any, de: str, en: str) -> None:
        self.facts.append(Fact(key, value, de, en))

    def fact_value(self, key: str) -> Any:
        return next((fact.value for fact in self.facts if fact.key == key), None)

    def as_json(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "k": self.k if self.k_applies else None,
            "records_read": self.records_read,
            "records_published": self.records_published,
            "cells_published": self.cells_published,
            "cells_suppressed": self.cells_suppressed,
            "records_suppressed": self.records_suppressed,
            "records_suppressed_share": round(self.suppressed_share, 4),
            "max_displacement_m": (None if self.max_displacement_m is None
                                   else round(self.max_displacement_m, 1)),
            "fields_removed": sorted(self.fields_removed),
            **{fact.key: fact.value for fact in self.facts},
            "notes_de": [de for de, _ in self.notes],
            "notes_en": [en for _, en in self.notes],
        }

    def lines(self, language: str) -> list[str]:
        """The report as text lines in ``language`` (``de`` or ``en``)."""
        de = language == "de"
        share = f"{100 * self.suppressed_share:.1f} %"
        if de:
            share = share.replace(".", ",")  # 24,7 % in German
        shift = ("–" if self.max_displacement_m is None
                 else f"{self.max_displacement_m:.0f} m")
        removed = ", ".join(sorted(self.fields_removed)) or "–"
        rows = [
            (f"Datenschutzbericht: {self.dataset}" if de else f"Privacy report: {self.dataset}"),
            (f"k (kleinste veröffentlichte Gruppe): {self.k}" if de
             else f"k (smallest published group): {self.k}"),
            (f"Datensätze gelesen: {self.records_read}" if de
             else f"Records read: {self.records_read}"),
            (f"Datensätze veröffentlicht: {self.records_published}" if de
             else f"Records published: {self.records_published}"),
            (f"Zellen veröffentlicht: {self.cells_published}" if de
             else f"Cells published: {self.cells_published}"),
            (f"Zellen unterdrückt (weniger als k): {self.cells_suppressed}" if de
             else f"Cells suppressed (fewer than k): {self.cells_suppressed}"),
            (f"Durch Unterdrückung entfallen: {self.records_suppressed} ({share})" if de
             else f"Dropped by suppression: {self.records_suppressed} ({share})"),
            (f"Größte Verschiebung einer Position: {shift}" if de
             else f"Largest displacement of a position: {shift}"),
            (f"Entfernte Felder: {removed}" if de else f"Fields removed: {removed}"),
        ]
        if not self.k_applies:
            rows = [rows[0], rows[2], rows[3], rows[8]]
        rows += [f"{fact.de if de else fact.en}: {_text(fact.value)}" for fact in self.facts]
        rows += [de_note if de else en_note for de_note, en_note in self.notes]
        return rows


def _text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) or "–"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) or "–"
    return str(value)
