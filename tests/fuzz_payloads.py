"""Mutations of real payloads, as broken servers and attackers send them: cut off, bytes
flipped, nested without end, numbers beyond any range, odd encodings, duplicated records.

``mutants(payload, count, seed)`` yields ``count`` mutated copies, the same for the same seed,
each with the name of the mutation that made it (a failing case names how to rebuild it).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator

_NUMBER = re.compile(rb"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.])")
_HUGE = (b"1e308", b"-1e308", b"1e400", b"9223372036854775808", b"18446744073709551616",
         b"-9223372036854775809", b"NaN", b"Infinity", b"-Infinity", b"1e-400", b"0.5",
         b"99999999999999999999999999", b'"1e308"', b'"9999-12-31T23:59:59"', b"null",
         b'""', b"[]", b"{}", b"true")
_ODD_TEXT = ("9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+14:00", "0000-00-00 00:00:00",
             "31.12.9999, 23:59", "\u202e", "\udc80", "<img src=x onerror=alert(1)>", "\x00",
             "NaN", "-0", "lat", "Straße", "&amp;", "]]>", "\\u0000")


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if buffer:
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def huge_numbers(data: bytes, rng: random.Random) -> bytes:
    numbers = list(_NUMBER.finditer(data))
    if not numbers:
        return flip_bytes(data, rng)
    chosen = {m.start() for m in rng.sample(numbers, min(len(numbers), rng.randint(1, 6)))}
    return _NUMBER.sub(lambda m: rng.choice(_HUGE) if m.start() in chosen else m.group(0),
                       data)


def odd_text(data: bytes, rng: random.Random) -> bytes:
    """A quoted value or element text replaced with a value parsers trip over."""
    spots = [m.span(1) for m in re.finditer(rb'"([^"\\]{1,40})"|>([^<]{1,40})<', data)
             if m.group(1)]
    if not spots:
        return flip_bytes(data, rng)
    start, end = rng.choice(spots)
    return data[:start] + rng.choice(_ODD_TEXT).encode("utf-8", "surrogatepass") + data[end:]


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice((200, 1000, 5000, 100_000))
    text = data.lstrip()
    if text.startswith(b"<"):
        inner = b"<a>" * depth + b"x" + b"</a>" * depth
        cut = data.rfind(b"</")
        return data[:cut] + inner + data[cut:] if cut > 0 else inner
    nested = b'{"a": ' * depth + b"1" + b"}" * depth if rng.random() < 0.5 else \
        b"[" * depth + b"1" + b"]" * depth
    spots = [m.end() for m in re.finditer(rb'":\s*', data)]
    if not spots:
        return nested
    at = rng.choice(spots)
    end = _value_end(data, at)
    return data[:at] + nested + data[end:]


def _value_end(data: bytes, start: int) -> int:
    """Where the JSON scalar at ``start`` ends (good enough for mutation)."""
    match = re.compile(rb'"(?:[^"\\]|\\.)*"|[^,}\]]*').match(data, start)
    return match.end() if match else start


def encode_oddly(data: bytes, rng: random.Random) -> bytes:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return flip_bytes(data, rng)
    choice = rng.randrange(6)
    if choice == 0:
        return text.encode("utf-16")  # with BOM
    if choice == 1:
        return text.encode("utf-16-le")  # without
    if choice == 2:
        return text.encode("latin-1", "replace")
    if choice == 3:
        return b"\xef\xbb\xbf" + data
    if choice == 4:
        return text.encode("utf-32")
    return text.encode("cp1252", "replace")


def duplicate_records(data: bytes, rng: random.Random) -> bytes:
    """A stretch of the payload repeated (records sent twice, ids reused)."""
    if len(data) < 4:
        return data * 2
    start = rng.randrange(len(data) // 2)
    end = min(len(data), start + rng.randint(1, max(1, len(data) // 4)))
    return data[:end] + data[start:end] + data[end:]


def random_bytes(data: bytes, rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randint(0, 2000)))


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "truncate": truncate, "flip_bytes": flip_bytes, "huge_numbers": huge_numbers,
    "odd_text": odd_text, "deep_nesting": deep_nesting, "encode_oddly": encode_oddly,
    "duplicate_records": duplicate_records, "random_bytes": random_bytes,
}


def mutants(payload: bytes, count: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """``count`` mutations of ``payload`` (one to three stacked), reproducible by ``seed``."""
    rng = random.Random(seed)
    names = sorted(MUTATIONS)
    for _ in range(count):
        data, applied = payload, []
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            name = rng.choice(names)
            data = MUTATIONS[name](data, rng)
            applied.append(name)
        yield "+".join(applied), data
