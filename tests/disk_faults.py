"""A full disk where a test needs one: ``os.replace`` that fails like a disk that filled up,
for the targets whose name ends in ``suffix``, and moves every other file."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable


def replace_until_full(suffix: str) -> Callable[[str, str], None]:
    move = os.replace

    def replace(source, target) -> None:
        if str(target).endswith(suffix):
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        move(source, target)

    return replace
