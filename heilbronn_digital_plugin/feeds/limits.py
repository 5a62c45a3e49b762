"""How much a feed may bring: one limit for answers, files and archive members.

Real feeds answer in kilobytes to a few megabytes and floorplans take tens of megabytes; a
payload far beyond that is a failing server, a wrong file or an attack (a "zip bomb" of 3 MB
that unpacks to 3 GiB). Readers refuse it before it is in memory, with a sentence.
"""

from __future__ import annotations

from pathlib import Path

from ..toolbelt.i18n import tr
from ..toolbelt.numbers import local_number

MAX_BYTES = 64 * 1024 * 1024
# An archive (IMDF) may hold several files of up to MAX_BYTES, together at most this.
MAX_ARCHIVE_BYTES = 2 * MAX_BYTES


class TooLarge(ValueError):
    """A payload beyond the limits; the message names it and the limit."""


def megabytes(size: int) -> str:
    return local_number(size / 1024 / 1024, "g")


def read_file(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, refused with :class:`TooLarge` when it is larger than
    ``limit``; ``OSError`` when it cannot be read."""
    path = Path(path)
    if path.stat().st_size > limit:
        raise TooLarge(tr(
            "The file {file} is larger than {megabytes} MB, more than this import reads. "
            "Check that it is the right file.").format(file=path.name,
                                                      megabytes=megabytes(limit)))
    return path.read_bytes()
