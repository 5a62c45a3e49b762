"""The one record model every parking feed parses into, and the readings they all need.

A :class:`ParkingSite` becomes a row of ``parking_sites``, a :class:`ParkingObservation` a row
of ``parking_occupancy`` (see ``store/schema.py``). Real feeds break their own schemas, so a
parser keeps a doubtful record and names what is wrong in ``flags`` (stored in the
``quality`` column) instead of dropping it; only a record without an id is dropped, with a
sentence in :attr:`ParkingBatch.problems`.

Times: an instant with an offset is taken as it is; a naive local time is Europe/Berlin
(see ``toolbelt/local_time.py``, the one place that converts).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..toolbelt import local_time
from ..toolbelt.local_time import UTC, TimeRangeError, berlin_to_utc, parse_stamp

# Quality flags: short, stable words a planner can filter on ("quality" LIKE '%no_position%').
NO_POSITION = "no_position"
BAD_POSITION = "bad_position"  # not finite, beyond ±180°/±90°, or 0/0: kept without position
NO_CAPACITY = "no_capacity"
PLACEHOLDER_CAPACITY = "placeholder_capacity"  # 9999 and the like: "unlimited", not a count
NUMBER_AS_TEXT = "number_as_text"
BAD_NUMBER = "bad_number"
NEGATIVE_COUNT = "negative_count"
COUNTS_DISAGREE = "counts_disagree"  # free + occupied != capacity
FREE_DERIVED = "free_derived"  # free computed as capacity - occupied (or from a percentage)
UNKNOWN_STATE = "unknown_state"
CONTRADICTORY_STATE = "contradictory_state"
SENSOR_FAULT = "sensor_fault"
AMBIGUOUS_LOCAL_TIME = local_time.AMBIGUOUS_LOCAL_TIME  # the repeated hour in October
NONEXISTENT_LOCAL_TIME = local_time.NONEXISTENT_LOCAL_TIME  # the skipped hour in March
BAD_TIME = "bad_time"
NO_TIME = "no_time"
CHARGING_SITE = "charging_site"  # an EV charging site listed among garages: not a garage
NO_STATIC_RECORD = "no_static_record"  # a status without its facility in the table
POSITION_FROM_OBSERVED_AREA = "position_from_observed_area"
NO_PARKING_DATASTREAM = "no_parking_datastream"
TOTAL_COUNTER_MISSING = "total_counter_missing"  # a partial counter stands for the site

STATUSES = ("free", "full", "closed", "unknown")
# No parking site has more places (the largest garages hold about 20,000): a count beyond is a
# broken value (1e308, 2^63), flagged, never stored.
MAX_COUNT = 1_000_000
# Capacities at or above this are placeholders ("9999 = no limit"), not counted places.
PLACEHOLDER_MIN = 9999
# A reading or report outside these years is a placeholder ("9999-12-31" for never), not a
# time: stored empty. (A reading in 9999 would also stop the site's snapshot from moving.)
PLAUSIBLE_YEARS = (1970, 2100)


@dataclass
class ParkingSite:
    """A garage, P+R site or on-street sensor area; ``lon``/``lat`` in WGS 84 or ``None``.

    ``site_type`` is one of ``store.schema.SITE_TYPES`` or ``None`` when the source does not
    say or the site is no parking site (a charging station); ``extra`` holds every source
    field the store has no column for.
    """

    site_id: str
    name: str | None = None
    site_type: str | None = None
    capacity: int | None = None
    address: str | None = None
    operator: str | None = None
    lon: float | None = None
    lat: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)


@dataclass
class ParkingObservation:
    """One reading of a site at ``observed_at`` (aware, UTC); ``status`` is in STATUSES."""

    site_id: str
    observed_at: datetime
    free: int | None = None
    occupied: int | None = None
    capacity: int | None = None
    status: str = "unknown"
    flags: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.status == "closed":
            # A closed site offers no space, whatever its counter says (Stuttgart sends 457
            # vacant beside "closed"), and counts nobody as parked: closed, not full.
            self.free, self.occupied = 0, None
            self.flags -= {FREE_DERIVED, COUNTS_DISAGREE}


# What a planner may name the source's own field for, when a feed speaks its own dialect
# (GeoJSON and CSV properties, SensorThings Datastream names).
ROLES = ("id", "name", "capacity", "free", "occupied", "time")


@dataclass(frozen=True)
class FieldMap:
    """The source field the planner names for each role; empty: recognised by the usual
    German and English names."""

    id: str = ""
    name: str = ""
    capacity: str = ""
    free: str = ""
    occupied: str = ""
    time: str = ""

    def given(self) -> dict[str, str]:
        """The roles the planner named, with the field names as given."""
        return {role: getattr(self, role).strip() for role in ROLES
                if getattr(self, role).strip()}


@dataclass
class ParkingBatch:
    """What one fetch brought: sites, readings, one sentence per record left out
    (``problems``) and one per thing the planner should know about the data as a whole
    (``notes``: an encoding that was guessed, ids sent twice).

    Formats whose field names vary (GeoJSON, CSV, SensorThings) also say which source field
    they read for each role (``fields``: role → field) and which fields the records had
    (``field_names``), so that a feed in its own dialect is named, not silently empty."""

    source: str
    sites: list[ParkingSite] = field(default_factory=list)
    observations: list[ParkingObservation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    field_names: list[str] = field(default_factory=list)

    def extend(self, other: ParkingBatch) -> None:
        self.sites.extend(other.sites)
        self.observations.extend(other.observations)
        self.problems.extend(other.problems)
        self.notes.extend(other.notes)
        for role, name in other.fields.items():
            self.fields.setdefault(role, name)
        self.field_names.extend(n for n in other.field_names if n not in self.field_names)


class ParkingFormatError(ValueError):
    """The bytes are not the format asked for; the message says what they look like."""


class SecondSourceError(ParkingFormatError):
    """The second source (GOLDBECK occupancies, DATEX II table or status) is what cannot be
    read: the sentence must name it, not the first."""


def mapping(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one: servers send null, "" or lists
    where the spec has an object."""
    return value if isinstance(value, dict) else {}


def count(value: Any, flags: set[str]) -> int | None:
    """A count of places from a number or a string ("12", "12,0", " 12 "); ``None`` for
    empty, "N/A" and unreadable values (flagged). A negative count is kept and flagged."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text or text.upper() in ("N/A", "NA", "NULL", "NONE", "-", "–"):
            return None
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            flags.add(BAD_NUMBER)
            return None
        flags.add(NUMBER_AS_TEXT)
    elif isinstance(value, (int, float)):
        number = float(value)
    else:
        flags.add(BAD_NUMBER)
        return None
    if number != number or not number.is_integer() or abs(number) > MAX_COUNT:
        flags.add(BAD_NUMBER)  # NaN, infinite, a fraction of a place or beyond any site
        return None
    if number < 0:
        flags.add(NEGATIVE_COUNT)
    return int(number)


def real(value: Any, flags: set[str]) -> float | None:
    """A coordinate or percentage from a number or a string with a decimal point or comma."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    if not text or text.upper() in ("N/A", "NA", "NULL"):
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        flags.add(BAD_NUMBER)
        return None
    flags.add(NUMBER_AS_TEXT)
    return number


def capacity(value: Any, flags: set[str]) -> int | None:
    """A site's number of places: placeholders (9999) and zero are no capacity (flagged)."""
    places = count(value, flags)
    if places is None:
        return None
    if places >= PLACEHOLDER_MIN:
        flags.add(PLACEHOLDER_CAPACITY)
        return None
    if places <= 0:
        flags.add(NO_CAPACITY)
        return None
    return places


def complete_counts(free: int | None, occupied: int | None, places: int | None,
                    flags: set[str]) -> tuple[int | None, int | None]:
    """``free`` and ``occupied`` with a missing one derived from the capacity, and a flag
    when the three disagree (sources count reserved places differently)."""
    if places is not None:
        if free is None and occupied is not None:
            free = places - occupied
            flags.add(FREE_DERIVED)
        elif occupied is None and free is not None:
            occupied = places - free
        elif free is not None and occupied is not None and free + occupied != places:
            flags.add(COUNTS_DISAGREE)
    if (free is not None and free < 0) or (occupied is not None and occupied < 0):
        flags.add(NEGATIVE_COUNT)
    return free, occupied


def status_from_words(words: Iterable[Any], flags: set[str], free: int | None = None) -> str:
    """One of STATUSES from a source's state words (English, German, DATEX II, ParkAPI).

    A fault wins over closed, closed over full, full over free; with no known word the
    status follows the free count. Unknown words are flagged, contradictions too.
    """
    found = set()
    for word in words:
        if word is None or str(word).strip() == "":
            continue
        key = re.sub(r"[^a-zäöüß]", "", str(word).lower())
        kind = _STATE_WORDS.get(key)
        if kind is None:
            flags.add(UNKNOWN_STATE)
        else:
            found.add(kind)
    if "fault" in found:
        flags.add(SENSOR_FAULT)
        return "unknown"
    if "closed" in found:
        if "free" in found:
            flags.add(CONTRADICTORY_STATE)
        return "closed"
    if "full" in found:
        return "full"
    if "free" in found:
        return "full" if free == 0 else "free"
    if free is not None:
        return "full" if free <= 0 else "free"
    return "unknown"


_STATE_WORDS = {
    **dict.fromkeys(("free", "frei", "open", "offen", "geöffnet", "geoeffnet", "many",
                     "few", "spacesavailable", "almostfull", "fastvoll", "vacant"), "free"),
    **dict.fromkeys(("full", "voll", "besetzt", "belegt", "occupied", "nospacesavailable",
                     "fullatentrance", "overcrowded"), "full"),
    **dict.fromkeys(("closed", "geschlossen", "close", "inactive"), "closed"),
    **dict.fromkeys(("störung", "stoerung", "error", "fault", "faulty", "defekt"), "fault"),
    # Known words that say nothing: the status follows the counts.
    **dict.fromkeys(("unknown", "unbekannt", "statusunknown", "nodata"), "unknown"),
}


def parse_time(value: Any, flags: set[str], fold: int = 0) -> datetime | None:
    """An instant from ISO 8601 (with or without offset, ``Z``, fraction, ``T`` or space),
    a German date ("11.02.2024, 03:15", "11.02.2024 03:15:00", "11.02.2024") or epoch
    seconds/milliseconds. Naive times are Europe/Berlin; ``fold=1`` picks the second of a
    repeated hour. ``None`` (flagged) when the value cannot be read."""
    if value is None or (isinstance(value, str) and not value.strip()):
        flags.add(NO_TIME)
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        try:
            moment = datetime.fromtimestamp(seconds, UTC)
        except (ValueError, OverflowError, OSError):  # microseconds, NaN, far out of range
            flags.add(BAD_TIME)
            return None
        if not _plausible(moment):
            flags.add(BAD_TIME)
            return None
        return moment
    stamp = parse_stamp(str(value))
    if stamp is None:
        flags.add(BAD_TIME)
        return None
    flag = None
    try:
        if stamp.tzinfo is not None:
            moment = stamp.astimezone(UTC)
        else:
            moment, flag = berlin_to_utc(stamp, fold)
    except (TimeRangeError, OverflowError):  # 9999-12-31T23:59:59-05:00, 0001-01-01T00:30
        flags.add(BAD_TIME)
        return None
    if not _plausible(moment):
        flags.add(BAD_TIME)  # 9999-12-31 ("never"), 0001-01-01, the epoch: no reading's time
        return None
    if flag:
        flags.add(flag)
    return moment


def _plausible(moment: datetime) -> bool:
    """Whether ``moment`` can be a reading's time: within ``PLAUSIBLE_YEARS`` and not the
    epoch itself, which servers send for "never reported" (Stuttgart's DATEX II)."""
    return PLAUSIBLE_YEARS[0] <= moment.year <= PLAUSIBLE_YEARS[1] and moment != _EPOCH


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_GARAGE_WORDS = ("parkhaus", "tiefgarage", "garage", "car_park", "carpark", "underground",
                 "multistorey", "parkdeck", "parkplatz", "off_street", "lot")
_STREET_WORDS = ("on_street", "street", "straße", "strasse", "straßenrand")
_RIDE_WORDS = ("park_ride", "p+r", "park_and_ride", "park+ride", "parkandride")


def site_type_of(word: Any) -> str | None:
    """A store site type from a source's type word (German or English), or ``None``."""
    if word is None:
        return None
    text = str(word).strip().lower().replace(" ", "_").replace("-", "_")
    if any(w in text for w in _RIDE_WORDS):
        return "park_ride"
    if any(w in text for w in _GARAGE_WORDS):  # before streets: "off_street" is no street
        return "garage"
    if any(w in text for w in _STREET_WORDS):
        return "on_street"
    return None


def check_position(site: ParkingSite) -> None:
    """Drop a position that is no place on Earth (infinite, beyond ±180°/±90°, or 0/0, which
    servers send for "unknown"), flagging the site: it is stored without a point instead of
    at infinity."""
    if site.lon is None or site.lat is None:
        return
    lon, lat = site.lon, site.lat
    if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lon) > 180 or abs(lat) > 90 \
            or (lon == 0 and lat == 0):
        site.lon = site.lat = None
        site.flags |= {BAD_POSITION, NO_POSITION}


def flags_text(flags: Iterable[str]) -> str | None:
    """The ``quality`` column: the flags sorted and comma-separated, ``None`` when clean."""
    words = sorted(set(flags))
    return ",".join(words) if words else None


def slug(text: str) -> str:
    """A stable id part from a name ("Am Bollwerksturm" -> "am-bollwerksturm")."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("ß", "ss")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
