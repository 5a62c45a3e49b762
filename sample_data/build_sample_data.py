"""Build the Heilbronn demo GeoPackage and QGIS project from the shared fixtures.

    .venv/bin/python sample_data/build_sample_data.py [--output-dir DIR]

writes ``heilbronn_demo.gpkg`` and ``heilbronn_demo.qgz`` (default: this folder). Real open data
(city boundary, streets, garages) is reprojected to EPSG:25832; citizen reports, on-street
sensors, a week of occupancy and a floorplan are synthetic (see README.md). Every random draw
comes from a seeded numpy Generator, one stream per part, so two runs write the same layer
contents and changing one part leaves the others as they were.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from osgeo import ogr

REPO = Path(__file__).resolve().parent.parent
# The plugin as QGIS imports it (heilbronn_digital, through the build/plugins link), so its
# Processing algorithms, which import each other relatively, can run here too.
sys.path.insert(0, str(REPO / "scripts"))
from plugin_dev import use_plugin_and_processing  # noqa: E402

use_plugin_and_processing()
from heilbronn_digital.heilbronn_digital_plugin.store import core  # noqa: E402

FIXTURES = REPO.parent / "shared" / "fixtures"
GPKG_NAME = "heilbronn_demo.gpkg"
# An analysis result kept beside the store layers, for the demo project.
HOT_SPOTS = "citizen_report_hotspots"
PROJECT_NAME = "heilbronn_demo.qgz"
SEED = 20251122
# GDAL metadata item naming the numpy that drew the synthetic data: NEP 19 lets a Generator's
# distributions change between numpy feature releases, so only a build with the same major.minor
# can reproduce this one (tests/qgis/test_sample_data.py compares only then).
NUMPY_ITEM = "HEILBRONN_BUILT_WITH_NUMPY"
BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
SYNTHETIC = "Demo (synthetisch)"
INVENTED = "Demo (erfunden)"

# Places the synthetic data clusters around, WGS 84 lon/lat (read off the street layer).
MARKTPLATZ = (9.2190, 49.1423)
HOTSPOTS = {
    "marktplatz": ((9.2192, 49.1419), 160.0),  # Marktplatz and Kiliansplatz
    "bahnhof": ((9.2068, 49.1424), 180.0),  # Hauptbahnhof
    "neckar_nord": ((9.2110, 49.1460), 220.0),  # Neckar banks at the Kranen and Neckarbogen
    "neckar_sued": ((9.2070, 49.1335), 200.0),  # Neckarhalde
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output-dir", type=Path, default=Path(__file__).resolve().parent,
                        help="where heilbronn_demo.gpkg and .qgz go (default: sample_data/)")
    parser.add_argument("--fixtures", type=Path, default=FIXTURES,
                        help=f"the shared fixtures folder (default: {FIXTURES})")
    args = parser.parse_args(argv)
    if not (args.fixtures / "heilbronn").is_dir() or not (args.fixtures / "parkapi").is_dir():
        sys.exit(f"The shared fixtures are missing: expected heilbronn/ and parkapi/ in "
                 f"{args.fixtures}. Clone them next to the repository (../shared/fixtures).")
    started = time.monotonic()
    out = args.output_dir.resolve()
    out.mkdir(parents=True, exist_ok=True)
    # Built aside and moved in at the end: QGIS (tests, the plugin) may have the old files open,
    # and a half-written GeoPackage must never sit where the plugin looks for it.
    with tempfile.TemporaryDirectory(prefix=".build-", dir=out) as scratch:
        build_geopackage(Path(scratch) / GPKG_NAME, args.fixtures)
        build_project(Path(scratch) / GPKG_NAME, Path(scratch) / PROJECT_NAME)
        for name in (GPKG_NAME, PROJECT_NAME):
            os.replace(Path(scratch) / name, out / name)
    size = (out / GPKG_NAME).stat().st_size / 1e6
    print(f"Wrote {out / GPKG_NAME} ({size:.1f} MB) and {out / PROJECT_NAME} "
          f"in {time.monotonic() - started:.1f} s")
    return 0


def rng_for(part: int) -> np.random.Generator:
    """An independent random stream per part of the data set."""
    return np.random.default_rng([SEED, part])


# ---------------------------------------------------------------------------------------------
# The GeoPackage


def build_geopackage(path: Path, fixtures: Path) -> None:
    to_store = core.wgs84_to_store()
    boundary, municipality_key = read_boundary(fixtures, to_store)
    streets = read_streets(fixtures, to_store)
    segments = Segments.from_streets(streets, boundary)
    garages = read_garages(fixtures, to_store)
    bays = synthesize_street_parking(streets, to_store, rng_for(1))
    sites = garages + bays
    occupancy = synthesize_occupancy(sites, rng_for(2))
    destinations = synthesize_destinations(to_store, sites, occupancy, streets)
    reports = synthesize_reports(segments, to_store, rng_for(3))
    floorplan = build_floorplan()

    core.create_store(path)
    ds = ogr.Open(str(path), 1)
    # First, while gpkg_metadata holds only GDAL's own row: a GDAL metadata write after
    # set_provenance() would copy the QGIS documents into GDAL's rows.
    ds.SetMetadataItem(NUMPY_ITEM, np.__version__)
    ds = None
    core.write_layers(path, {
        "city_boundary": [{
            "name": "Heilbronn", "municipality_key": municipality_key,
            "source": "Stadt Heilbronn Open Data", core.GEOMETRY: boundary,
        }],
        "streets": [
            {"name": name, "water_hardness": hardness, "source": "OpenStreetMap",
             core.GEOMETRY: geometry}
            for name, hardness, geometry in streets
        ],
        "parking_sites": [site.record() for site in sites],
        "parking_occupancy": occupancy,
        "citizen_reports": reports,
        **floorplan,
    })
    for layer_name, provenance in PROVENANCE.items():
        core.set_provenance(path, layer_name, provenance)
    ds = ogr.Open(str(path), 1)
    write_destinations(ds, destinations)
    ds = None
    # Inserts leave pages part-filled; packing them saves some 200 kB of what the plugin ships.
    ds = ogr.Open(str(path), 1)
    ds.ExecuteSQL("VACUUM")
    ds = None


def _open_fixture(path: Path) -> ogr.DataSource:
    ds = ogr.Open(str(path))
    if ds is None:
        sys.exit(f"Cannot read the fixture {path}")
    return ds


def _projected(geometry: ogr.Geometry, to_store) -> ogr.Geometry:
    geometry = geometry.Clone()
    geometry.Transform(to_store)
    return geometry


def _xy(to_store, lon_lat: tuple[float, float]) -> tuple[float, float]:
    x, y, _ = to_store.TransformPoint(*lon_lat)
    return x, y


def _point(x: float, y: float) -> ogr.Geometry:
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(float(x), float(y))
    return point


# ---------------------------------------------------------------------------------------------
# Real data: city boundary and streets


def read_boundary(fixtures: Path, to_store) -> tuple[ogr.Geometry, str]:
    ds = _open_fixture(fixtures / "heilbronn" / "stadt_hn_Stadkreisgrenze_Gen_Opendata.geojson")
    feature = ds.GetLayer().GetNextFeature()
    boundary = ogr.ForceToMultiPolygon(_projected(feature.GetGeometryRef(), to_store))
    if not boundary.IsValid():
        boundary = boundary.MakeValid()
    # LOK_LKTID is the official municipality key (AGS) without its leading zero.
    return boundary, f"{feature.GetField('LOK_LKTID'):08d}"


def read_streets(fixtures: Path, to_store) -> list[tuple[str, str, ogr.Geometry]]:
    ds = _open_fixture(fixtures / "heilbronn" / "trinkwasser_hn-streets.geojson")
    return [
        (f.GetField("name"), f.GetField("haertegrad"),
         ogr.ForceToMultiLineString(_projected(f.GetGeometryRef(), to_store)))
        for f in ds.GetLayer()
    ]


@dataclass
class Segments:
    """Every straight piece of every street inside the city, as arrays, for sampling points."""

    x1: np.ndarray
    y1: np.ndarray
    x2: np.ndarray
    y2: np.ndarray
    street: np.ndarray  # index into names
    names: list[str]

    @classmethod
    def from_streets(cls, streets: list[tuple[str, str, ogr.Geometry]],
                     boundary: ogr.Geometry) -> Segments:
        rows = []
        for index, (_name, _hardness, geometry) in enumerate(streets):
            for part in range(geometry.GetGeometryCount()):
                points = geometry.GetGeometryRef(part).GetPoints()
                rows.extend((*a[:2], *b[:2], index) for a, b in zip(points, points[1:]))
        table = np.array(rows, dtype=float)
        mid = (table[:, 0:2] + table[:, 2:4]) / 2
        inside = np.array([boundary.Contains(_point(x, y)) for x, y in mid])
        table = table[inside & (np.hypot(*(table[:, 2:4] - table[:, 0:2]).T) > 0.5)]
        return cls(table[:, 0], table[:, 1], table[:, 2], table[:, 3],
                   table[:, 4].astype(int), [s[0] for s in streets])

    @property
    def length(self) -> np.ndarray:
        return np.hypot(self.x2 - self.x1, self.y2 - self.y1)

    def distance_to(self, x: float, y: float) -> np.ndarray:
        """Distance from each segment's midpoint to (x, y)."""
        return np.hypot((self.x1 + self.x2) / 2 - x, (self.y1 + self.y2) / 2 - y)

    def sample(self, index: np.ndarray, t: np.ndarray,
               offset: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Points at fraction ``t`` along segments ``index``, ``offset`` metres to the left."""
        dx, dy = self.x2[index] - self.x1[index], self.y2[index] - self.y1[index]
        length = np.hypot(dx, dy)
        x = self.x1[index] + t * dx - offset * dy / length
        y = self.y1[index] + t * dy + offset * dx / length
        return x, y


# ---------------------------------------------------------------------------------------------
# Parking: real garages, synthetic on-street sensors, one synthetic week of occupancy


@dataclass
class Site:
    site_id: str
    name: str
    site_type: str
    capacity: int | None
    address: str
    operator: str | None
    source: str
    x: float
    y: float
    profile: str  # which daily rhythm its occupancy follows
    anchor: float | None = None  # real occupancy on a Wednesday early afternoon, if known
    snapshot: dict = field(default_factory=dict)

    def record(self) -> dict:
        return {
            "site_id": self.site_id, "name": self.name, "site_type": self.site_type,
            "capacity": self.capacity, "address": self.address, "operator": self.operator,
            "source": self.source, **self.snapshot, core.GEOMETRY: _point(self.x, self.y),
        }


GOLDBECK_SOURCE = "GOLDBECK Parking Services / Stadtwerke Heilbronn (ParkAPI)"
PARKAPI_V1_SOURCE = "ParkAPI v1 Heilbronn"
# A city (ParkAPI v1) garage this close to a GOLDBECK facility is the same garage.
SAME_GARAGE_METRES = 60.0


def read_garages(fixtures: Path, to_store) -> list[Site]:
    """Garages from the GOLDBECK facilities with their live counters, plus the city's list.

    GOLDBECK also lists charging sites ("E-Laden", "E-Charge") and operator records without a
    position: neither is a garage. A 9999 ``maxPlaces`` is a placeholder, not a capacity.
    """
    parkapi = fixtures / "parkapi"
    facilities = json.loads((parkapi / "heilbronn_goldbeck_facilities.json").read_text("utf-8"))
    readings = json.loads((parkapi / "heilbronn_goldbeck_occupancies.json").read_text("utf-8"))
    counters = {r["facilityId"]: r["counters"] for r in readings}
    sites = []
    for facility in facilities:
        name = facility["name"].strip()
        if "position" not in facility or "E-Laden" in name or "E-Charge" in name:
            continue
        position = facility["position"]
        x, y = _xy(to_store, (position["longitude"], position["latitude"]))
        total = _total_counter(counters.get(facility["id"], []))
        capacity = total["maxPlaces"] if total else None
        short_name = name.removeprefix("Heilbronn, ")
        sites.append(Site(
            site_id=f"goldbeck:{facility['id']}", name=short_name, site_type="garage",
            capacity=capacity, address=_postal_address(facility.get("postalAddress", {})),
            operator="Stadtwerke Heilbronn", source=GOLDBECK_SOURCE, x=x, y=y,
            profile=_garage_profile(short_name),
            anchor=total["occupiedPlaces"] / capacity if total else None,
        ))
    city = _open_fixture(parkapi / "ParkAPI_v1_Heilbronn.geojson")
    for feature in city.GetLayer():
        if feature.GetField("type") not in ("Parkhaus", "Tiefgarage"):
            continue  # the first feature describes the city itself
        geometry = feature.GetGeometryRef()
        x, y = _xy(to_store, (geometry.GetX(), geometry.GetY()))
        name = feature.GetField("name")
        twin = next((s for s in sites if s.source == GOLDBECK_SOURCE
                     and np.hypot(s.x - x, s.y - y) < SAME_GARAGE_METRES), None)
        if twin is not None:
            # The city's name is the one on the signs; GOLDBECK has the newer capacity.
            twin.name = name
            twin.source = f"{GOLDBECK_SOURCE}; {PARKAPI_V1_SOURCE}"
            continue
        sites.append(Site(
            site_id=f"parkapi_v1:{_slug(name)}", name=name, site_type="garage",
            capacity=feature.GetField("total"),
            address=f"{feature.GetField('address')}, Heilbronn", operator=None,
            source=PARKAPI_V1_SOURCE, x=x, y=y, profile="city",
        ))
    return sites


def _total_counter(counters: list[dict]) -> dict | None:
    """The counter of all places, if the facility reports a real one."""
    for counter in counters:
        kind = counter["type"]
        if (kind["type"] == "TOTAL" and kind["reservationStatus"] in ("UNKNOWN", "NO_RESERVATIONS")
                and 0 < counter.get("maxPlaces", 0) < 9999 and "occupiedPlaces" in counter):
            return counter
    return None


def _postal_address(address: dict) -> str:
    street = " ".join(p for p in (address.get("street1"), address.get("street2")) if p)
    town = " ".join(p for p in (address.get("zip"), address.get("city")) if p)
    return ", ".join(p for p in (street, town) if p)


def _garage_profile(name: str) -> str:
    if "Klinik" in name:
        return "hospital"
    if "Wohlgelegen" in name:
        return "office"  # the Zukunftspark business park
    if "Neckarbogen" in name:
        return "residential"
    return "city"


def _slug(text: str) -> str:
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# Inner-city streets where a sensor pilot would plausibly go: no pedestrian zones, no alleys.
STREET_PARKING_RADIUS = 850.0
STREET_PARKING_BAYS = 300
PEDESTRIAN_ZONES = {"Fleiner Straße", "Sülmerstraße", "Kaiserstraße", "Marktplatz", "Kiliansplatz"}
BAY_LENGTH = 5.8  # metres of kerb per parallel-parking bay
KERB_OFFSET = 4.5  # metres from the street centre line to the bays


def synthesize_street_parking(streets: list[tuple[str, str, ogr.Geometry]], to_store,
                              rng: np.random.Generator) -> list[Site]:
    """About 300 sensor bays in groups along inner-city kerbs, one site per group."""
    cx, cy = _xy(to_store, MARKTPLATZ)
    centre = _point(cx, cy)
    parts = []
    for name, _hardness, geometry in streets:
        if name in PEDESTRIAN_ZONES or name.endswith(("gasse", "hof", "weg", "steg", "brücke")):
            continue
        for index in range(geometry.GetGeometryCount()):
            part = geometry.GetGeometryRef(index)
            if part.Length() > 60 and part.Distance(centre) < STREET_PARKING_RADIUS:
                parts.append((name, part.Clone()))
    lengths = np.array([part.Length() for _name, part in parts])
    order = rng.choice(len(parts), size=len(parts), replace=False, p=lengths / lengths.sum())
    sites: list[Site] = []
    per_street: dict[str, int] = {}
    bays_left = STREET_PARKING_BAYS
    for index in order:
        name, part = parts[index]
        room = int((lengths[index] - 10) // BAY_LENGTH)
        bays = min(int(rng.integers(6, 17)), room, bays_left)
        if per_street.get(name, 0) >= 2 or bays < 4:
            continue
        start = rng.uniform(5, lengths[index] - 5 - bays * BAY_LENGTH)
        side = KERB_OFFSET * (1 if rng.random() < 0.5 else -1)
        x, y = _along(part, start + BAY_LENGTH * (np.arange(bays) + 0.5), side)
        if np.hypot(x.mean() - cx, y.mean() - cy) > STREET_PARKING_RADIUS:
            continue
        per_street[name] = per_street.get(name, 0) + 1
        bays_left -= bays
        sites.append(Site(
            site_id=f"demo:os-{len(sites) + 1:03d}",
            name=f"{name}, Parkstreifen {per_street[name]}", site_type="on_street",
            capacity=bays, address=f"{name}, Heilbronn", operator="Stadt Heilbronn",
            source=SYNTHETIC, x=float(x.mean()), y=float(y.mean()),
            profile="street_market" if np.hypot(x.mean() - cx, y.mean() - cy) < 300 else "street",
        ))
        if bays_left == 0:
            break
    return sites


def _along(line: ogr.Geometry, distances: np.ndarray,
           offset: float) -> tuple[np.ndarray, np.ndarray]:
    """Points ``distances`` metres along ``line``, ``offset`` metres to its left."""
    xs, ys = [], []
    for distance in distances:
        here, before, after = (line.Value(float(d)) for d in (distance, distance - 1, distance + 1))
        dx, dy = after.GetX() - before.GetX(), after.GetY() - before.GetY()
        norm = np.hypot(dx, dy)
        xs.append(here.GetX() - offset * dy / norm)
        ys.append(here.GetY() + offset * dx / norm)
    return np.array(xs), np.array(ys)


# Mon 17 to Sun 23 November 2025 in 15-minute steps, local time (no DST change that week).
WEEK_START = datetime(2025, 11, 17, tzinfo=BERLIN)
STEPS_PER_DAY = 96
WEEK_STEPS = 7 * STEPS_PER_DAY
SNAPSHOT_STEP = 5 * STEPS_PER_DAY + 11 * 4  # Saturday 11:00, market morning
ANCHOR_STEP = 2 * STEPS_PER_DAY + 13 * 4 + 2  # Wednesday 13:30, when GOLDBECK's counters read

# Daily rhythms: (night level, [(height, hour, width in hours), ...]) per day type.
PROFILES = {
    "city": {
        "weekday": (0.10, [(0.55, 10.5, 1.8), (0.25, 13.0, 1.0), (0.45, 16.5, 2.0),
                           (0.20, 20.0, 1.2)]),
        "saturday": (0.10, [(0.95, 11.5, 2.2), (0.35, 15.5, 1.8), (0.25, 20.0, 1.5)]),
        "sunday": (0.06, [(0.28, 15.0, 2.5), (0.12, 19.5, 1.5)]),
    },
    "hospital": {
        "weekday": (0.15, [(0.60, 10.0, 2.5), (0.35, 15.0, 2.0)]),
        "saturday": (0.12, [(0.35, 15.0, 2.5)]),
        "sunday": (0.12, [(0.40, 15.0, 2.5)]),
    },
    "office": {
        "weekday": (0.05, [(0.55, 9.5, 2.0), (0.55, 14.0, 2.0)]),
        "saturday": (0.04, [(0.08, 11.0, 2.0)]),
        "sunday": (0.03, []),
    },
    "residential": {
        "weekday": (0.75, [(-0.35, 12.0, 3.5)]),
        "saturday": (0.75, [(-0.25, 13.0, 3.5)]),
        "sunday": (0.80, [(-0.20, 14.0, 3.0)]),
    },
    "street": {
        "weekday": (0.55, [(0.30, 10.5, 2.5), (0.22, 15.5, 2.5)]),
        "saturday": (0.55, [(0.28, 11.5, 2.5), (0.15, 16.0, 2.0)]),
        "sunday": (0.50, [(0.15, 15.0, 3.0)]),
    },
}
# Near the Marktplatz the Saturday market fills every kerb in the morning.
PROFILES["street_market"] = {**PROFILES["street"],
                             "saturday": (0.55, [(0.50, 10.5, 2.0), (0.15, 16.0, 2.0)])}


def _week_profile(name: str) -> np.ndarray:
    hours = np.arange(STEPS_PER_DAY) / 4
    days = []
    for day in range(7):
        kind = "weekday" if day < 5 else ("saturday" if day == 5 else "sunday")
        night, bumps = PROFILES[name][kind]
        level = np.full(STEPS_PER_DAY, night)
        for height, hour, width in bumps:
            level += height * np.exp(-0.5 * ((hours - hour) / width) ** 2)
        days.append(level)
    return np.concatenate(days)


def synthesize_occupancy(sites: list[Site], rng: np.random.Generator) -> list[dict]:
    """A week of 15-minute readings for every site with a known capacity.

    Cars come and go: every 15 minutes each parked car leaves with the turnover of that hour
    (busy by day, almost none at night) and new cars arrive (Poisson) so that the expected
    occupancy follows the site's rhythm, scaled so that a GOLDBECK garage matches its real
    counter reading. Arrivals beyond the capacity find the site full. So the readings change
    the way real counters do: many arrivals at the morning peak, next to none at 3 a.m. — the
    parking search traffic estimate derives its demand from these arrivals. The Saturday 11:00
    reading fills the site's snapshot.
    """
    stamps = [(WEEK_START + timedelta(minutes=15 * k)).astimezone(UTC) for k in range(WEEK_STEPS)]
    profiles = {name: _week_profile(name) for name in PROFILES}
    turnover = _turnover()
    records = []
    for site in sites:
        if site.capacity is None:
            site.snapshot = {"free_latest": None, "occupancy_latest": None, "observed_latest": None}
            continue
        profile = profiles[site.profile]
        if site.anchor is not None:
            scale = min(site.anchor / profile[ANCHOR_STEP], 1.35)
        else:
            scale = rng.uniform(0.85, 1.1)
        target = np.clip(scale * profile, 0.0, 1.0) * site.capacity
        occupied = np.zeros(WEEK_STEPS, dtype=int)
        occupied[0] = round(target[0])
        for k in range(1, WEEK_STEPS):
            staying = occupied[k - 1] - rng.binomial(occupied[k - 1], turnover[k])
            expected = max(target[k] - occupied[k - 1] * (1.0 - turnover[k]), 0.0)
            occupied[k] = min(staying + rng.poisson(expected), site.capacity)
        for stamp, used in zip(stamps, occupied):
            free = site.capacity - int(used)
            records.append({"site_id": site.site_id, "observed_at": stamp, "free": free,
                            "occupied": int(used), "capacity": site.capacity,
                            "status": "full" if free == 0 else "free"})
        used = int(occupied[SNAPSHOT_STEP])
        site.snapshot = {"free_latest": site.capacity - used,
                         "occupancy_latest": round(used / site.capacity, 3),
                         "observed_latest": stamps[SNAPSHOT_STEP]}
    return records


def _turnover() -> np.ndarray:
    """Share of parked cars that leave within each 15-minute step of the week (local time):
    about a quarter per hour by day, hardly any between midnight and 6."""
    hours = (np.arange(WEEK_STEPS) % STEPS_PER_DAY) / 4
    day = np.exp(-0.5 * ((hours - 14.0) / 4.5) ** 2)
    return 0.002 + 0.07 * day


# ---------------------------------------------------------------------------------------------
# Parking destinations: where drivers in the inner city want to go (synthetic)

DESTINATIONS_LAYER = "parking_destinations"
PROFILES_TABLE = "parking_destination_profiles"
# (name, profile, weight, lon, lat): places people drive to, at approximate positions; the
# weights share out the day's arrivals. Synthetic: names and kinds are Heilbronn's, numbers
# and exact positions are invented.
DESTINATIONS = (
    ("Rathaus / Bürgeramt", "behoerde", 4.0, 9.2191, 49.1421),
    ("Wochenmarkt Marktplatz", "markt", 3.0, 9.2186, 49.1425),
    ("Kilianskirche", "kultur", 1.0, 9.2199, 49.1418),
    ("Stadtgalerie", "einzelhandel", 10.0, 9.2169, 49.1396),
    ("Wollhaus-Zentrum", "einzelhandel", 5.0, 9.2210, 49.1389),
    ("Fleiner Straße", "einzelhandel", 6.0, 9.2183, 49.1405),
    ("Sülmerstraße", "einzelhandel", 5.0, 9.2185, 49.1437),
    ("Kaiserstraße", "einzelhandel", 4.0, 9.2170, 49.1423),
    ("experimenta", "kultur", 6.0, 9.2140, 49.1438),
    ("Theater Heilbronn", "kultur", 4.0, 9.2233, 49.1449),
    ("Harmonie Kongresszentrum", "kultur", 4.0, 9.2257, 49.1426),
    ("Stadtbibliothek im K3", "kultur", 2.0, 9.2240, 49.1452),
    ("Deutschhof (Museen, Stadtarchiv)", "kultur", 1.0, 9.2175, 49.1411),
    ("Kino Allerheiligenstraße", "kultur", 3.0, 9.2200, 49.1398),
    ("Gastronomie am Kranen", "gastronomie", 4.0, 9.2135, 49.1431),
    ("Gastronomie Lohtorstraße", "gastronomie", 2.0, 9.2168, 49.1440),
    ("Landratsamt", "behoerde", 4.0, 9.2262, 49.1371),
    ("Amtsgericht", "behoerde", 2.0, 9.2232, 49.1393),
    ("Finanzamt", "behoerde", 2.0, 9.2209, 49.1357),
    ("Büros Bahnhofstraße", "beschaeftigte", 3.0, 9.2110, 49.1423),
    ("Büros Allee", "beschaeftigte", 3.0, 9.2250, 49.1440),
    ("Büros Karlstraße", "beschaeftigte", 3.0, 9.2240, 49.1425),
    ("Büros Gymnasiumstraße", "beschaeftigte", 2.0, 9.2280, 49.1404),
    ("Büros Wilhelmstraße", "beschaeftigte", 2.0, 9.2225, 49.1385),
    ("Büros Neckarbogen", "beschaeftigte", 3.0, 9.2105, 49.1478),
    ("Ärztehaus Allee", "klinik", 3.0, 9.2262, 49.1412),
    ("Hauptbahnhof", "bahnhof", 5.0, 9.2068, 49.1424),
    ("SLK-Klinikum am Gesundbrunnen", "klinik", 12.0, 9.1906, 49.1545),
)
# Sites this close to a destination count for the calibration of the arrivals.
CALIBRATION_RADIUS = 500.0
# Daily rhythm of arrivals per profile and day type: (share of the weekday's arrivals on that
# day, [(height, hour, width in hours), ...], opening hours). Shaped after the hourly shares of
# arrivals by use (Bosserhoff's Ganglinien), not measured in Heilbronn.
DESTINATION_PROFILES = {
    "einzelhandel": {"weekday": (1.0, [(1.0, 11.5, 1.5), (0.8, 16.5, 2.0)], (8, 20)),
                     "saturday": (1.4, [(1.0, 12.0, 2.5)], (8, 20)),
                     "sunday": (0.05, [(1.0, 14.0, 2.0)], (11, 18))},
    "beschaeftigte": {"weekday": (1.0, [(1.0, 8.0, 0.8), (0.25, 13.5, 0.8)], (6, 19)),
                      "saturday": (0.15, [(1.0, 9.5, 1.5)], (7, 15)),
                      "sunday": (0.05, [(1.0, 11.0, 2.0)], (8, 18))},
    "behoerde": {"weekday": (1.0, [(1.0, 9.5, 1.2), (0.6, 14.5, 1.0)], (8, 17)),
                 "saturday": (0.0, [], (0, 24)), "sunday": (0.0, [], (0, 24))},
    "kultur": {"weekday": (1.0, [(0.5, 15.0, 2.0), (1.0, 19.0, 1.0)], (9, 22)),
               "saturday": (1.5, [(0.8, 14.0, 2.0), (1.0, 19.0, 1.0)], (9, 22)),
               "sunday": (1.3, [(1.0, 14.0, 2.5), (0.5, 18.5, 1.0)], (9, 22))},
    "gastronomie": {"weekday": (1.0, [(0.8, 12.3, 0.8), (1.0, 19.0, 1.2)], (10, 24)),
                    "saturday": (1.4, [(0.6, 12.5, 1.0), (1.0, 19.0, 1.5)], (10, 24)),
                    "sunday": (1.1, [(0.8, 12.5, 1.0), (0.7, 18.5, 1.5)], (10, 23))},
    "klinik": {"weekday": (1.0, [(1.0, 9.5, 1.5), (0.8, 15.0, 1.5), (0.3, 18.5, 1.0)], (6, 21)),
               "saturday": (0.6, [(1.0, 15.0, 2.0)], (8, 20)),
               "sunday": (0.6, [(1.0, 15.0, 2.0)], (8, 20))},
    "bahnhof": {"weekday": (1.0, [(1.0, 7.2, 0.8), (0.6, 12.0, 3.0), (0.8, 16.5, 1.2)], (5, 23)),
                "saturday": (0.6, [(1.0, 11.0, 3.0)], (6, 23)),
                "sunday": (0.5, [(1.0, 15.0, 3.0)], (7, 23))},
    "markt": {"weekday": (1.0, [(1.0, 10.0, 2.0)], (7, 18)),
              "saturday": (2.5, [(1.0, 9.5, 1.5)], (7, 13)),
              "sunday": (0.0, [], (0, 24))},
}


@dataclass
class Destinations:
    records: list[dict]
    profiles: list[dict]
    weekday_arrivals: float  # the calibration target: arrivals the readings imply


def destination_profile_rows() -> list[dict]:
    """Every profile's share of the weekday's arrivals in every hour of each day type (24
    rows per profile and day type: no gaps, no overlaps)."""
    hours = np.arange(24) + 0.5
    rows = []
    for profile, days in DESTINATION_PROFILES.items():
        for day, (factor, bumps, (opens, closes)) in days.items():
            level = np.zeros(24)
            for height, hour, width in bumps:
                level += height * np.exp(-0.5 * ((hours - hour) / width) ** 2)
            level[(hours < opens) | (hours > closes)] = 0.0
            shares = level / level.sum() * factor if level.sum() > 0 else level
            rows += [{"profile": profile, "days": day, "hour_from": h, "hour_to": h + 1,
                      "share": round(float(share), 5)} for h, share in enumerate(shares)]
    return rows


def synthesize_destinations(to_store, sites: list[Site], occupancy: list[dict],
                            streets: list[tuple[str, str, ogr.Geometry]]) -> Destinations:
    """The destinations with their weekday arrivals: the weights share out the arrivals that
    the readings of Tuesday 18 November 2025 imply at the sites near the destinations (the
    plugin's own estimate: increases plus turnover, corrected where a site was full)."""
    from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_demand import (
        SiteSeries,
        local_day,
        site_arrivals,
        turnover,
    )

    places = np.array([_xy(to_store, (lon, lat)) for *_, lon, lat in DESTINATIONS])
    site_xy = np.array([(site.x, site.y) for site in sites])
    near = np.hypot(site_xy[:, None, 0] - places[None, :, 0],
                    site_xy[:, None, 1] - places[None, :, 1]).min(axis=1) <= CALIBRATION_RADIUS
    index = {site.site_id: i for i, site in enumerate(sites)}
    rows = [(index[r["site_id"]], r["observed_at"].timestamp(), r["free"], r["occupied"])
            for r in occupancy if near[index[r["site_id"]]]]
    site, seconds, free, occupied = (np.array(column, dtype=float) for column in zip(*rows))
    series = SiteSeries.of(site.astype(np.int64), seconds, free, occupied)
    day = local_day(datetime(2025, 11, 18, 12, tzinfo=BERLIN).timestamp())
    arrivals = site_arrivals(series, turnover(series, len(sites)), len(sites), day)
    target = float(arrivals.rates.sum() * day.period_s / 3600.0)
    weights = np.array([weight for _, _, weight, *_ in DESTINATIONS])
    daily = weights / weights.sum() * target
    lines = [geometry for _name, _hardness, geometry in streets]
    records = []
    for number, ((name, profile, _weight, _lon, _lat), (x, y), amount) in enumerate(
            zip(DESTINATIONS, places, daily), start=1):
        point = _point(float(x), float(y))
        if min(line.Distance(point) for line in lines) > 80.0:
            raise SystemExit(f"Destination {name} lies more than 80 m from every street")
        records.append({"destination_id": f"demo:dest-{number:03d}", "name": name,
                        "profile": profile, "arrivals_day": round(float(amount), 1),
                        "geometry": point})
    return Destinations(records, destination_profile_rows(), target)


def write_destinations(ds: ogr.DataSource, destinations: Destinations) -> None:
    """The destinations layer and the profile table; not part of the store's schema, so
    written with OGR and described in the GeoPackage contents."""
    layer = ds.CreateLayer(DESTINATIONS_LAYER, core.store_srs(), ogr.wkbPoint,
                           ["FID=fid", "GEOMETRY_NAME=geom"])
    for name, kind in (("destination_id", ogr.OFTString), ("name", ogr.OFTString),
                       ("profile", ogr.OFTString), ("arrivals_day", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    table = ds.CreateLayer(PROFILES_TABLE, None, ogr.wkbNone, ["FID=fid"])
    for name, kind in (("profile", ogr.OFTString), ("days", ogr.OFTString),
                       ("hour_from", ogr.OFTReal), ("hour_to", ogr.OFTReal),
                       ("share", ogr.OFTReal)):
        table.CreateField(ogr.FieldDefn(name, kind))
    ds.StartTransaction()
    for record in destinations.records:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in record.items():
            if key == "geometry":
                feature.SetGeometry(value)
            else:
                feature.SetField(key, value)
        layer.CreateFeature(feature)
    for row in destinations.profiles:
        feature = ogr.Feature(table.GetLayerDefn())
        for key, value in row.items():
            feature.SetField(key, value)
        table.CreateFeature(feature)
    ds.CommitTransaction()
    for name, (title, abstract) in DESTINATION_DESCRIPTIONS.items():
        ds.ExecuteSQL(f"UPDATE gpkg_contents SET identifier = '{title}', description = "
                      f"'{abstract}' WHERE table_name = '{name}'")


DESTINATION_DESCRIPTIONS = {
    DESTINATIONS_LAYER: (
        "Parkziele (Demo)",
        "Where drivers in the inner city want to go: shops, offices, public buildings, culture, "
        "the market, the station and the hospital, with their car arrivals on a weekday "
        "(arrivals_day) and a time-of-day profile (profile). The weekday total equals the "
        "arrivals the synthetic occupancy readings of Tuesday 18 November 2025 imply at the "
        "sites within 500 m. SYNTHETIC demo data (synthetische Demodaten): invented for "
        "demonstrations, not real observations; free to use (CC0)."),
    PROFILES_TABLE: (
        "Tagesganglinien der Parkziele (Demo)",
        "Share of a destination''s weekday arrivals in each hour (local time) by profile and "
        "day type (weekday, saturday, sunday), shaped after published hourly shares of "
        "arrivals by use, not measured in Heilbronn. SYNTHETIC demo data, free to use (CC0)."),
}


# ---------------------------------------------------------------------------------------------
# Citizen reports: two years of a Mängelmelder


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    agency: str
    share: float
    monthly: tuple[float, ...]  # seasonal weight, January to December
    median_days: float  # median time to close
    target_days: int  # what the city promises when it acknowledges a report
    hotspots: dict[str, float]  # share of reports drawn around each hotspot
    texts: tuple[str, ...]
    closing_notes: tuple[str, ...]


CATEGORIES = (
    Category("001", "Straßenschaden", "Amt für Straßenwesen", 0.22,
             (1.3, 1.8, 1.9, 1.5, 1.0, 0.8, 0.7, 0.7, 0.8, 0.9, 1.0, 1.1), 18, 28,
             {"marktplatz": 0.04},
             ("Tiefes Schlagloch auf der Fahrbahn, ca. {n} cm tief.",
              "Asphalt aufgebrochen, Gefahr für Radfahrende.",
              "Gehwegplatten lose, Stolpergefahr in der {street}.",
              "Fahrbahn nach dem Frost abgesackt.",
              "Kanaldeckel klappert und steht > 2 cm hervor.",
              "Bordstein abgebrochen, Kante <-> Fahrbahn scharfkantig."),
             ("Schaden ausgebessert.", "Schlagloch verfüllt.", "Gehweg instand gesetzt.")),
    Category("002", "Beleuchtung", "Stadtwerke Heilbronn, Straßenbeleuchtung", 0.13,
             (1.6, 1.3, 1.0, 0.7, 0.5, 0.4, 0.4, 0.5, 0.8, 1.3, 1.7, 1.8), 5, 10,
             {"bahnhof": 0.05, "neckar_nord": 0.05},
             ("Straßenlaterne defekt, Weg ist nachts stockdunkel.",
              "Laterne flackert die ganze Nacht.",
              "Mehrere Lampen in der {street} ausgefallen.",
              "Laterne brennt auch tagsüber.",
              "Beleuchtung am Fußweg ausgefallen."),
             ("Leuchtmittel getauscht.", "Defekt behoben, Laterne brennt wieder.")),
    Category("003", "Müll/Illegale Ablagerung", "Betriebsamt, Stadtreinigung", 0.20,
             (0.8, 0.8, 1.0, 1.1, 1.2, 1.2, 1.3, 1.2, 1.1, 1.0, 0.8, 1.0), 3, 7,
             {"bahnhof": 0.08, "marktplatz": 0.08, "neckar_nord": 0.08, "neckar_sued": 0.05},
             ("Sperrmüll illegal am Straßenrand abgestellt.",
              "Überquellender Mülleimer, Müll weht auf die Straße.",
              "Alte Matratze und Säcke in der {street} abgeladen.",
              "Glasscherben auf dem Gehweg.",
              "Wilde Müllkippe am Gebüsch, ca. {n} Säcke."),
             ("Müll beseitigt.", "Ablagerung entfernt, Verursacher nicht ermittelt.")),
    Category("004", "Graffiti", "Betriebsamt", 0.09,
             (0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.2, 1.2, 1.1, 1.0, 0.9, 0.8), 21, 30,
             {"bahnhof": 0.18, "marktplatz": 0.08, "neckar_nord": 0.06},
             ("Graffiti an der Hauswand, großflächig.",
              "Schmiererei am Stromkasten.",
              "Beleidigende Parolen an der Unterführung.",
              "Graffiti an der Bushaltestelle in der {street}."),
             ("Graffiti entfernt.", "Fläche überstrichen.")),
    Category("005", "Grünfläche", "Grünflächenamt", 0.12,
             (0.3, 0.3, 0.7, 1.2, 1.7, 1.9, 1.8, 1.5, 1.1, 0.8, 0.5, 0.3), 12, 21,
             {"neckar_nord": 0.15, "neckar_sued": 0.12},
             ("Hecke ragt weit in den Gehweg, kein Durchkommen mit Kinderwagen.",
              "Rasen seit Wochen nicht gemäht.",
              "Ast droht abzubrechen.",
              "Baumscheibe vermüllt und ausgetrocknet.",
              "Bewässerung der Jungbäume in der {street} nötig."),
             ("Rückschnitt erledigt.", "Fläche gemäht.", "Baum kontrolliert und gesichert.")),
    Category("006", "Verkehrszeichen", "Amt für Straßenwesen, Verkehrstechnik", 0.08,
             (1.1, 1.1, 1.0, 1.0, 0.9, 0.9, 0.9, 0.9, 1.0, 1.1, 1.1, 1.0), 9, 14,
             {"marktplatz": 0.05},
             ("Verkehrsschild umgefahren.",
              "Schild verdreht, zeigt in die falsche Richtung.",
              "Stoppschild von Ästen verdeckt.",
              "Markierung am Zebrastreifen kaum noch sichtbar."),
             ("Schild neu aufgestellt.", "Beschilderung korrigiert.")),
    Category("007", "Spielplatz", "Grünflächenamt", 0.05,
             (0.3, 0.4, 0.8, 1.3, 1.6, 1.7, 1.6, 1.5, 1.2, 0.8, 0.5, 0.3), 14, 21,
             {"neckar_nord": 0.10},
             ("Schaukel kaputt, Kette gerissen.",
              "Scherben im Sandkasten.",
              "Rutsche hat scharfe Kante.",
              "Zaun am Spielplatz beschädigt."),
             ("Spielgerät repariert.", "Sand ausgetauscht.", "Gerät gesperrt und ersetzt.")),
    Category("008", "Radweg", "Amt für Straßenwesen, Radverkehr", 0.07,
             (0.6, 0.6, 0.9, 1.2, 1.4, 1.4, 1.3, 1.3, 1.2, 1.0, 0.7, 0.6), 16, 28,
             {"neckar_nord": 0.12, "neckar_sued": 0.10},
             ("Wurzelaufbrüche auf dem Radweg.",
              "Radweg zugeparkt, Ausweichen auf die Fahrbahn nötig.",
              "Scherben auf dem Radweg entlang der {street}.",
              "Radwegmarkierung verblasst."),
             ("Radweg ausgebessert.", "Kontrolle durch den Ordnungsdienst veranlasst.")),
    Category("009", "Winterdienst", "Betriebsamt, Winterdienst", 0.04,
             (2.6, 2.0, 0.5, 0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0.1, 0.8, 2.0), 1, 2,
             {"marktplatz": 0.06, "bahnhof": 0.06},
             ("Gehweg nicht geräumt, spiegelglatt.",
              "Radweg voller Schneematsch.",
              "Treppe in der {street} vereist, kein Streugut."),
             ("Geräumt und gestreut.",)),
)
REPORT_COUNT = 5000
REPORTS_FROM = date(2024, 1, 1)
REPORTS_UNTIL = date(2025, 12, 31)
# The data set is as of the start of 2026: later work is not yet known.
AS_OF = datetime(2026, 1, 1, tzinfo=BERLIN).astimezone(UTC)
# Reports by day of week, Monday first: people report on Monday what they saw at the weekend.
WEEKDAY_WEIGHTS = (1.35, 1.2, 1.0, 1.0, 0.9, 0.6, 0.65)
# Reports by local hour, 6:00 to 22:00.
HOUR_WEIGHTS = {
    "weekday": (1, 3, 6, 8, 8, 7, 6, 6, 6, 6, 6, 6, 5, 4, 4, 3, 2),
    "weekend": (0.5, 1, 2, 4, 6, 7, 7, 6, 6, 6, 6, 5, 5, 5, 4, 3, 2),
}
CHANNELS = ("App", "Web", "Telefon", "E-Mail")
CHANNEL_WEIGHTS = (0.55, 0.3, 0.1, 0.05)


def _day_weights(category: Category, days: list[date]) -> np.ndarray:
    """How likely a report of ``category`` falls on each day: season, weekday, holidays and a
    slow growth as more people use the app."""
    months = np.array([d.month for d in days])
    # Monthly weights interpolated over the day of the month so seasons change smoothly.
    fraction = np.array([(d.day - 15) / 30 for d in days])
    this = np.array(category.monthly)[months - 1]
    nxt = np.array(category.monthly)[(months - 1 + np.sign(fraction).astype(int)) % 12]
    season = this + np.abs(fraction) * (nxt - this)
    weekday = np.array([WEEKDAY_WEIGHTS[d.weekday()] for d in days])
    growth = np.linspace(1.0, 1.3, len(days))
    quiet = np.array([0.4 if (d.month, d.day) in ((12, 24), (12, 25), (12, 26), (12, 31), (1, 1))
                      else 1.0 for d in days])
    weights = season * weekday * growth * quiet
    return weights / weights.sum()


def _working_time(moment: datetime, rng: np.random.Generator) -> datetime:
    """The first weekday working hour (7:30 to 16:00 local) at or after ``moment``."""
    local = moment.astimezone(BERLIN)
    if local.weekday() < 5 and 7.5 <= local.hour + local.minute / 60 < 16:
        return moment
    day = local.date() + timedelta(days=0 if local.hour + local.minute / 60 < 7.5 else 1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    minutes = int(rng.integers(7 * 60 + 30, 16 * 60))
    return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60,
                    tzinfo=BERLIN).astimezone(UTC)


def synthesize_reports(segments: Segments, to_store, rng: np.random.Generator) -> list[dict]:
    days = [REPORTS_FROM + timedelta(days=i)
            for i in range((REPORTS_UNTIL - REPORTS_FROM).days + 1)]
    cx, cy = _xy(to_store, MARKTPLATZ)
    # Background: anywhere on the city's streets, denser towards the centre where people are.
    lengths = segments.length
    pools = {"background": lengths * (0.5 + 1.5 * np.exp(-segments.distance_to(cx, cy) / 3000))}
    for name, (lon_lat, sigma) in HOTSPOTS.items():
        hx, hy = _xy(to_store, lon_lat)
        pools[name] = lengths * np.exp(-0.5 * (segments.distance_to(hx, hy) / sigma) ** 2)
    pools = {name: weights / weights.sum() for name, weights in pools.items()}
    hours = {kind: np.array(w) / sum(w) for kind, w in HOUR_WEIGHTS.items()}

    shares = np.array([c.share for c in CATEGORIES])
    category_of = rng.choice(len(CATEGORIES), size=REPORT_COUNT, p=shares / shares.sum())
    reports = []
    for c, category in enumerate(CATEGORIES):
        count = int((category_of == c).sum())
        day_index = rng.choice(len(days), size=count, p=_day_weights(category, days))
        pool_names = ["background", *category.hotspots]
        pool_shares = np.array([1 - sum(category.hotspots.values()),
                                *category.hotspots.values()])
        pool_of = rng.choice(len(pool_names), size=count, p=pool_shares)
        segment = np.empty(count, dtype=int)
        for p, pool in enumerate(pool_names):
            members = pool_of == p
            segment[members] = rng.choice(len(lengths), size=int(members.sum()), p=pools[pool])
        x, y = segments.sample(segment, rng.random(count), rng.normal(0, 3.0, count))
        for i in range(count):
            day = days[day_index[i]]
            kind = "weekday" if day.weekday() < 5 else "weekend"
            hour = 6 + int(rng.choice(len(hours[kind]), p=hours[kind]))
            requested = datetime(day.year, day.month, day.day, hour, int(rng.integers(60)),
                                 int(rng.integers(60)), tzinfo=BERLIN).astimezone(UTC)
            street = segments.names[segments.street[segment[i]]]
            reports.append(_report(category, requested, street, float(x[i]), float(y[i]), rng))
    reports.sort(key=lambda r: (r["requested_datetime"], r["service_code"]))
    numbers: dict[int, int] = {}
    for report in reports:
        year = report["requested_datetime"].astimezone(BERLIN).year
        numbers[year] = numbers.get(year, 0) + 1
        report["service_request_id"] = f"HN-{year}-{numbers[year]:06d}"
    return reports


def _report(category: Category, requested: datetime, street: str, x: float, y: float,
            rng: np.random.Generator) -> dict:
    """One report: its text and how far the city got with it by the end of 2025."""
    days_to_close = category.median_days * float(np.exp(rng.normal(0, 0.9)))
    closed_at = _working_time(requested + timedelta(seconds=round(days_to_close * 86400)), rng)
    # A few reports stall (responsibility unclear, waiting for a contractor).
    stalled = rng.random() < 0.03
    text = category.texts[int(rng.integers(len(category.texts)))]
    record = {
        "service_code": category.code, "service_name": category.name,
        "description": text.format(street=street, n=int(rng.integers(3, 15))),
        "agency_responsible": category.agency, "address": f"{street}, Heilbronn",
        "requested_datetime": requested, "source": SYNTHETIC,
        "extra_json": {"channel": CHANNELS[int(rng.choice(4, p=CHANNEL_WEIGHTS))],
                       "has_photo": bool(rng.random() < 0.6)},
        core.GEOMETRY: _point(x, y),
    }
    if closed_at <= AS_OF and not stalled:
        note = category.closing_notes[int(rng.integers(len(category.closing_notes)))]
        record.update(status="closed", status_notes=note, updated_datetime=closed_at,
                      expected_datetime=None)
        return record
    hours = float(rng.uniform(2, 60))
    acknowledged = _working_time(requested + timedelta(seconds=round(hours * 3600)), rng)
    if acknowledged <= AS_OF:
        record.update(status="open", updated_datetime=acknowledged,
                      status_notes=f"In Bearbeitung: {category.agency}",
                      expected_datetime=acknowledged + timedelta(days=category.target_days))
    else:
        record.update(status="open", updated_datetime=requested, status_notes=None,
                      expected_datetime=None)
    return record


# ---------------------------------------------------------------------------------------------
# An invented floorplan on an approximate footprint of the Rathaus at the Marktplatz

BUILDING_ID = "hn-rathaus"
# South-west corner in EPSG:25832: between Rathausgasse (west), the Marktplatz (east) and
# Kaiserstraße (south), from the street layer. The real footprint is not in the fixtures.
ORIGIN = (515922.0, 5443280.0)
WIDTH, DEPTH = 48.0, 30.0
CORRIDOR = (13.0, 16.0)  # the corridor runs west to east between these local y values
MIN_ACCESSIBLE_WIDTH = 0.9  # metres of clear door width a wheelchair needs (DIN 18040)


@dataclass(frozen=True)
class Space:
    """A room as a box in metres from the footprint's south-west corner, with its door onto the
    corridor (``None``: reached otherwise)."""

    name: str
    category: str
    box: tuple[float, float, float, float]
    door: float | None = 1.0
    door_category: str = "door"


def _south(u0: float, u1: float, name: str, category: str = "room",
           door: float | None = 1.0) -> Space:
    return Space(name, category, (u0, 0.0, u1, CORRIDOR[0]), door)


def _north(u0: float, u1: float, name: str, category: str = "room", door: float | None = 1.0,
           door_category: str = "door") -> Space:
    return Space(name, category, (u0, CORRIDOR[1], u1, DEPTH), door, door_category)


def _core(level: str, wc: str, wc_accessible: bool, back_room: str) -> list[Space]:
    """Stairwells, elevator, toilets and corridor: the same on every level."""
    return [
        _south(0, 5, "Treppenhaus West", "stairs", 1.0),
        _south(23, 29, wc, "restroom", 1.0 if wc_accessible else 0.9),
        Space("Aufzug", "elevator", (38, 8, 43, CORRIDOR[0]), 0.9),
        Space(back_room, "nonpublic", (38, 0, 43, 8), None),
        _south(43, 48, "Treppenhaus Ost", "stairs", 1.0),
        Space(f"Flur {level}", "corridor", (0, CORRIDOR[0], WIDTH, CORRIDOR[1]), None),
    ]


LEVELS = (
    (0, "EG", "Erdgeschoss", [
        *_core("EG", "WC (barrierefrei)", True, "Technik"),
        _south(5, 14, "Bürgeramt 0.02", door=1.1),
        _south(14, 23, "Bürgeramt 0.03", door=1.0),
        _south(29, 38, "Kasse 0.05", door=0.8),
        _north(0, 12, "Standesamt 0.11", door=1.2),
        _north(12, 24, "Wartebereich Bürgeramt", door=1.2),
        _north(24, 36, "Bürgeramt Schalter 0.13", door=1.0),
        _north(36, 48, "Foyer / Information", "lobby", 3.0, "opening"),
    ]),
    (1, "1. OG", "1. Obergeschoss", [
        *_core("1. OG", "WC", False, "Lager"),
        _south(5, 14, "Büro 1.02", door=0.9),
        _south(14, 23, "Büro 1.03", door=0.8),
        _south(29, 38, "Büro 1.05", door=1.0),
        _north(0, 24, "Großer Ratssaal", door=1.2),
        _north(24, 36, "Kleiner Sitzungssaal", door=1.0),
        _north(36, 48, "Vorzimmer Oberbürgermeister", "office", 0.9),
    ]),
    (2, "2. OG", "2. Obergeschoss", [
        *_core("2. OG", "WC", False, "Archiv"),
        _south(5, 14, "Büro 2.02", door=0.8),
        _south(14, 23, "Büro 2.03", door=0.9),
        _south(29, 38, "Büro 2.05", door=1.0),
        _north(0, 12, "Büro 2.11", door=0.9),
        _north(12, 24, "Büro 2.12", door=0.9),
        _north(24, 36, "Besprechung 2.13", door=1.0),
        _north(36, 48, "Teeküche", door=0.8),
    ]),
)
# Openings that are not a room's door onto the corridor: (ordinal, category, width, from, to).
EXTRA_OPENINGS = (
    (0, "entrance", 2.0, (WIDTH, 22.0), (WIDTH, 24.0)),  # main entrance from the Marktplatz
    (0, "entrance", 1.2, (0.0, 13.9), (0.0, 15.1)),  # side entrance from the Rathausgasse
    (0, "emergency_exit", 1.0, (45.0, 0.0), (46.0, 0.0)),  # from the east stairwell
    *((ordinal, "door", 0.9, (43.0, 3.0), (43.0, 3.9)) for ordinal in range(3)),  # back room
)
# (kind, shaft, local position); every level has all three.
CONNECTORS = (
    ("elevator", "aufzug", (40.5, 10.5)),
    ("stairs", "treppe-west", (2.5, 6.5)),
    ("stairs", "treppe-ost", (45.5, 8.0)),
)
AMENITIES = (
    (0, "information", "Information", (40.0, 27.5)),
    (0, "aed", "Defibrillator (AED)", (37.0, 17.0)),
    (0, "exit", "Haupteingang Marktplatz", (47.5, 23.0)),
    (0, "exit", "Ausgang Rathausgasse", (0.5, 14.5)),
    (0, "toilets", "WC (barrierefrei)", (26.0, 10.5)),
    (1, "toilets", "WC", (26.0, 10.5)),
    (2, "toilets", "WC", (26.0, 10.5)),
    (2, "drinking_water", "Trinkwasserspender", (30.0, 15.5)),
)
HAZARDS = (
    (0, "Nasser Boden", "Frisch gewischt am Eingang, Rutschgefahr.", 0.5, (40, 13.2, 46, 15.8)),
    (1, "Baustelle", "Malerarbeiten im Flur, Durchgang gesperrt.", 1.0, (6, 13, 12, 16)),
    (2, "Stolperstelle", "Kabelbrücke vor der Besprechung 2.13.", 0.3, (29, 15.2, 31, 16)),
)


def _box(u0: float, v0: float, u1: float, v1: float) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for u, v in ((u0, v0), (u1, v0), (u1, v1), (u0, v1), (u0, v0)):
        ring.AddPoint_2D(ORIGIN[0] + u, ORIGIN[1] + v)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def _line(a: tuple[float, float], b: tuple[float, float]) -> ogr.Geometry:
    line = ogr.Geometry(ogr.wkbLineString)
    line.AddPoint_2D(ORIGIN[0] + a[0], ORIGIN[1] + a[1])
    line.AddPoint_2D(ORIGIN[0] + b[0], ORIGIN[1] + b[1])
    return line


def _door_line(space: Space) -> tuple[tuple[float, float], tuple[float, float]]:
    """The door's two ends on the wall the space shares with the corridor."""
    u0, v0, u1, v1 = space.box
    wall = CORRIDOR[0] if v1 == CORRIDOR[0] else CORRIDOR[1]
    centre, half = (u0 + u1) / 2, space.door / 2
    return (centre - half, wall), (centre + half, wall)


def build_floorplan() -> dict[str, list[dict]]:
    """Records for every indoor layer: one building, three levels, tiled by their spaces."""
    footprint = (0.0, 0.0, WIDTH, DEPTH)
    common = {"building_id": BUILDING_ID, "source": INVENTED}
    layers: dict[str, list[dict]] = {name: [] for name in (
        "indoor_buildings", "indoor_levels", "indoor_spaces", "indoor_openings",
        "indoor_connectors", "indoor_amenities", "indoor_hazards")}
    layers["indoor_buildings"].append({
        **common, "name": "Rathaus Heilbronn", "address": "Marktplatz 7, 74072 Heilbronn",
        core.GEOMETRY: _box(*footprint)})
    for ordinal, short_name, name, spaces in LEVELS:
        level_id = f"{BUILDING_ID}-L{ordinal}"
        on_level = {**common, "level_id": level_id, "ordinal": ordinal}
        layers["indoor_levels"].append({**common, "level_id": level_id, "ordinal": ordinal,
                                        "short_name": short_name, "name": name,
                                        core.GEOMETRY: _box(*footprint)})
        openings = []
        for number, space in enumerate(spaces, start=1):
            layers["indoor_spaces"].append({
                **on_level, "space_id": f"{level_id}-S{number:02d}", "category": space.category,
                "name": space.name, "accessible": int(space.category != "stairs"
                                                      and space.name != "WC"),
                core.GEOMETRY: _box(*space.box)})
            if space.door is not None:
                openings.append((space.door_category, space.door, *_door_line(space)))
        openings += [(category, width, a, b) for level, category, width, a, b
                     in EXTRA_OPENINGS if level == ordinal]
        for number, (category, width, a, b) in enumerate(openings, start=1):
            layers["indoor_openings"].append({
                **on_level, "opening_id": f"{level_id}-D{number:02d}", "category": category,
                "width_m": width, "accessible": int(width >= MIN_ACCESSIBLE_WIDTH),
                core.GEOMETRY: _line(a, b)})
        for kind, shaft, (u, v) in CONNECTORS:
            layers["indoor_connectors"].append({
                **on_level, "connector_id": f"{level_id}-{shaft}", "kind": kind,
                "shaft_id": f"{BUILDING_ID}-{shaft}", "accessible": int(kind == "elevator"),
                "name": "Aufzug" if kind == "elevator" else "Treppe",
                core.GEOMETRY: _point(ORIGIN[0] + u, ORIGIN[1] + v)})
        for number, (level, category, label, (u, v)) in enumerate(AMENITIES, start=1):
            if level == ordinal:
                layers["indoor_amenities"].append({
                    **on_level, "amenity_id": f"{BUILDING_ID}-A{number:02d}",
                    "category": category, "name": label,
                    core.GEOMETRY: _point(ORIGIN[0] + u, ORIGIN[1] + v)})
        for number, (level, kind, text, buffer, box) in enumerate(HAZARDS, start=1):
            if level == ordinal:
                layers["indoor_hazards"].append({
                    **on_level, "hazard_id": f"{BUILDING_ID}-H{number:02d}", "kind": kind,
                    "description": text, "buffer_m": buffer, core.GEOMETRY: _box(*box)})
    return layers


# ---------------------------------------------------------------------------------------------
# Provenance: what each layer is, where it comes from, how to credit it

CC_BY = "https://creativecommons.org/licenses/by/4.0/"
ODBL = "https://opendatacommons.org/licenses/odbl/1-0/"
MIT = "https://opensource.org/licenses/MIT"
PARKAPI_SOURCES = "https://github.com/ParkenDD/parkapi-sources-v3"
BUILT_BY = "Built by sample_data/build_sample_data.py of the Heilbronn Digital QGIS plugin."
SYNTHETIC_NOTE = ("SYNTHETIC demo data (synthetische Demodaten): invented for demonstrations, "
                  "not real observations.")
SYNTHETIC_RIGHTS = "Synthetic demo data of the Heilbronn Digital plugin, free to use (CC0)"
_REPROJECTED = "Reprojected from WGS 84 to ETRS89 / UTM 32N (EPSG:25832)."

PROVENANCE = {
    "city_boundary": core.Provenance(
        "Stadtgrenze Heilbronn",
        "Boundary of the city of Heilbronn (Stadtkreisgrenze, generalised), from the open data "
        "of the Stadt Heilbronn.",
        "© Stadt Heilbronn, CC BY 4.0 (Daten verändert: reprojiziert)", "CC-BY-4.0", CC_BY,
        history=(_REPROJECTED, BUILT_BY), keywords=("boundaries",)),
    "streets": core.Provenance(
        "Straßen Heilbronn",
        "The named streets of Heilbronn, one multi-line per street name, with the drinking water "
        "hardness (°dH) of the street's supply zone as published with the street data set.",
        "© OpenStreetMap contributors, ODbL", "ODbL-1.0", ODBL,
        "https://www.openstreetmap.org/copyright",
        history=(_REPROJECTED, BUILT_BY), keywords=("transportation",)),
    "parking_sites": core.Provenance(
        "Parkierungsanlagen Heilbronn",
        "REAL garages: positions, names and capacities from the GOLDBECK Parking Services "
        "facilities and counters of the Stadtwerke Heilbronn (via ParkAPI sources) and the city's "
        "ParkAPI v1 garage list; charging sites and operator records without a position are "
        "left out, a garage without counters has no capacity. SYNTHETIC: the on-street sensor "
        "groups (site_type on_street) and every occupancy value (snapshot of Saturday "
        "22 November 2025, 11:00). " + SYNTHETIC_NOTE,
        "Garages: Stadtwerke Heilbronn / GOLDBECK via ParkAPI (parkapi-sources, MIT); "
        "on-street sites and occupancy: synthetic", "MIT", MIT, PARKAPI_SOURCES,
        history=(_REPROJECTED, BUILT_BY), keywords=("transportation", "parking")),
    "parking_occupancy": core.Provenance(
        "Parkbelegung (Demo-Woche)",
        "One week (Monday 17 to Sunday 23 November 2025, Europe/Berlin) of 15-minute occupancy "
        "readings for every parking site with a known capacity, stored in UTC. Garage rhythms "
        "are scaled to the real GOLDBECK counter readings of a Wednesday early afternoon. "
        + SYNTHETIC_NOTE,
        SYNTHETIC_RIGHTS, "CC0-1.0", history=(BUILT_BY,), keywords=("parking",)),
    "citizen_reports": core.Provenance(
        "Bürgeranliegen (Demo)",
        "5,000 citizen reports in Open311 form, January 2024 to December 2025, on real "
        "Heilbronn streets with weekly, daily and seasonal rhythms and hotspots at the "
        "Marktplatz, the Hauptbahnhof and the Neckar banks. " + SYNTHETIC_NOTE,
        SYNTHETIC_RIGHTS + "; street positions © OpenStreetMap contributors, ODbL", "CC0-1.0",
        history=(BUILT_BY,), keywords=("society",)),
}
_FLOORPLAN = core.Provenance(
    "", "An INVENTED floorplan (three levels) on an APPROXIMATE rectangular footprint of the "
    "Rathaus at the Marktplatz; not the real building. " + SYNTHETIC_NOTE,
    SYNTHETIC_RIGHTS, "CC0-1.0", history=(BUILT_BY,), keywords=("structure",))
PROVENANCE.update({layer: replace(_FLOORPLAN, title=title) for layer, title in (
    ("indoor_buildings", "Gebäude mit Innenplan (Demo)"),
    ("indoor_levels", "Geschosse (Demo)"),
    ("indoor_spaces", "Räume (Demo)"),
    ("indoor_openings", "Türen und Durchgänge (Demo)"),
    ("indoor_connectors", "Aufzüge und Treppen (Demo)"),
    ("indoor_amenities", "Einrichtungen im Gebäude (Demo)"),
    ("indoor_hazards", "Gefahrenstellen (Demo)"),
)})


# ---------------------------------------------------------------------------------------------
# The QGIS project

CREDITS = ("© Stadt Heilbronn (CC BY 4.0) · © OpenStreetMap-Mitwirkende (ODbL) · Parkhäuser: "
           "Stadtwerke Heilbronn/GOLDBECK via ParkAPI (MIT) · Meldungen, Sensoren, Innenplan: "
           "synthetische Demodaten")
# Inner city: Hauptbahnhof to Harmonie, Neckarbogen to Wilhelmstraße (EPSG:25832).
INNER_CITY = (514850.0, 5442500.0, 516750.0, 5444100.0)
# The day the demo project shows (Heilbronn time), and its first frame: 08:00, when the garages
# of the inner city begin to fill.
DEMO_DAY = date(2025, 11, 18)
DEMO_FIRST_FRAME = 8 * 4


def build_project(gpkg_path: Path, project_path: Path) -> None:
    """The demo project: every store layer styled and grouped, paths relative to the project."""
    app = _start_qgis()
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsDateTimeRange,
        QgsProject,
        QgsRectangle,
        QgsReferencedRectangle,
    )
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

    from heilbronn_digital.heilbronn_digital_plugin.gui import demo_project
    from heilbronn_digital.heilbronn_digital_plugin.store.layers import add_store_layers
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import TemporalUnit
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.translation import (
        install_translator,
    )

    # German group and layer names: the translation is compiled first, so that a fresh clone
    # never writes an English demo project.
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_translations.py"),
                    "--compile"], check=True, stdout=subprocess.DEVNULL)
    translator = install_translator("de")
    if translator is None:
        sys.exit("The German translation (heilbronn_digital_de.qm) could not be loaded.")
    project = QgsProject()
    crs = QgsCoordinateReferenceSystem("EPSG:25832")
    project.setCrs(crs)
    project.setTitle("Heilbronn Digital – Demo")
    # Before any layer of the GeoPackage is open: SQLite readers and a writer in one process
    # trip over each other's WAL files.
    hot_spots = compute_hot_spots(gpkg_path)
    describe_destinations(gpkg_path)
    add_store_layers(gpkg_path, project)
    add_hot_spots(hot_spots, project)
    add_destinations(gpkg_path, project)
    demo_project.add_reports_density(project)
    metadata = project.metadata()
    metadata.setTitle(project.title())
    metadata.setAbstract(
        "Demo project of the Heilbronn Digital QGIS plugin. REAL: city boundary (Stadt "
        "Heilbronn), streets (OpenStreetMap), garages and capacities (Stadtwerke Heilbronn / "
        "GOLDBECK via ParkAPI). SYNTHETIC: citizen reports, on-street parking sensors, a week of "
        f"occupancy and an invented Rathaus floorplan on an approximate footprint.\n\n{CREDITS}")
    metadata.setAuthor("Heilbronn Digital")
    project.setMetadata(metadata)
    # QGIS desktop draws this credit line on the map (View ▸ Decorations ▸ Copyright Label).
    project.writeEntry("CopyrightLabel", "/Enabled", True)
    project.writeEntry("CopyrightLabel", "/Label", demo_project.map_credit())
    # Small enough that the whole line fits the map of a laptop screen.
    project.writeEntry("CopyrightLabel", "/Font", demo_project.decoration_font(7))
    project.viewSettings().setDefaultViewExtent(
        QgsReferencedRectangle(QgsRectangle(*INNER_CITY), crs))
    # The Temporal Controller opens on one day of the sample week in 15-minute frames, the
    # step of the readings, ready to play: Tuesday 00:00–24:00 on Heilbronn's clock, which is
    # the controller's clock in the plugin's layers (toolbelt/time_expressions.py).
    start, end = (QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0), Qt.TimeSpec.UTC)
                  for day in (DEMO_DAY, DEMO_DAY + timedelta(days=1)))
    time_settings = project.timeSettings()
    time_settings.setTemporalRange(QgsDateTimeRange(start, end, True, False))
    time_settings.setTimeStep(15)
    time_settings.setTimeStepUnit(TemporalUnit.Minutes)
    # The plugin opens it on the inner city, playing from this frame, with a clock on the map.
    demo_project.mark_ready_to_show(project, first_frame=DEMO_FIRST_FRAME)
    if not project.write(str(project_path)):
        sys.exit(f"Cannot write {project_path}: {project.error()}")
    project.clear()  # closes the GeoPackage, so it can be moved
    if translator is not None:
        app.removeTranslator(translator)


def compute_hot_spots(gpkg_path: Path) -> str:
    """heilbronn:hotspots of the sample reports (125 m hexagons, automatic band), stored in
    the GeoPackage; returns the layer's URI."""
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication, QgsVectorLayer

    from heilbronn_digital.processing_algs.provider import HeilbronnProvider

    Processing.initialize()
    provider = HeilbronnProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import processing

    try:
        processing.run("heilbronn:hotspots", {
            "INPUT": f"{gpkg_path}|layername=citizen_reports", "CELL_SIZE": 125.0,
            "OUTPUT": f"ogr:dbname='{gpkg_path}' table=\"{HOT_SPOTS}\" (geom)"})
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
    uri = f"{gpkg_path}|layername={HOT_SPOTS}"
    layer = QgsVectorLayer(uri, HOT_SPOTS, "ogr")
    metadata = layer.metadata()
    metadata.setAbstract(metadata.abstract() + "\n\nComputed from the synthetic citizen "
                         "reports. " + SYNTHETIC_NOTE)
    layer.setMetadata(metadata)
    layer.saveDefaultMetadata()
    return uri


def describe_destinations(gpkg_path: Path) -> None:
    """QGIS layer metadata (Layer Properties ▸ Metadata) for the destinations and profiles:
    what they are, that they are synthetic, and their licence."""
    from qgis.core import QgsLayerMetadata, QgsVectorLayer

    for name, (title, abstract) in DESTINATION_DESCRIPTIONS.items():
        layer = QgsVectorLayer(f"{gpkg_path}|layername={name}", name, "ogr")
        metadata = QgsLayerMetadata()
        metadata.setTitle(title)
        metadata.setAbstract(abstract.replace("''", "'"))
        metadata.setRights([SYNTHETIC_RIGHTS])
        metadata.setLicenses(["CC0-1.0"])
        metadata.setHistory([BUILT_BY])
        metadata.setKeywords({"parking": ["parking", "demand", "synthetic"]})
        layer.setMetadata(metadata)
        layer.saveDefaultMetadata()


def add_destinations(gpkg_path: Path, project) -> None:
    """The destinations, styled by profile and switched off, at the bottom of the parking
    group: what ``heilbronn:parkingsearchtraffic`` takes as DESTINATIONS."""
    from qgis.core import QgsLayerTreeLayer, QgsVectorLayer

    from heilbronn_digital.heilbronn_digital_plugin.gui import demo_project
    from heilbronn_digital.heilbronn_digital_plugin.store.layers import PARKING, topic_title
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import style_path
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.style_language import load_style

    layer = QgsVectorLayer(f"{gpkg_path}|layername={DESTINATIONS_LAYER}",
                           demo_project.demo_layer_title(demo_project.DESTINATIONS), "ogr")
    load_style(layer, style_path(DESTINATIONS_LAYER))
    # After the style, which brings custom properties of its own.
    layer.setCustomProperty(demo_project.DEMO_LAYER_PROPERTY, demo_project.DESTINATIONS)
    project.addMapLayer(layer, False)
    node = QgsLayerTreeLayer(layer)
    node.setItemVisibilityChecked(False)
    project.layerTreeRoot().findGroup(topic_title(PARKING)).addChildNode(node)


def add_hot_spots(uri: str, project) -> None:
    """The hot spot layer, styled with a German legend and switched off, at the top of the
    reports' group."""
    from qgis.core import QgsLayerTreeLayer, QgsVectorLayer

    from heilbronn_digital.heilbronn_digital_plugin.gui import demo_project
    from heilbronn_digital.heilbronn_digital_plugin.store.layers import REPORTS, topic_title
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import style_path
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.style_language import load_style

    layer = QgsVectorLayer(uri, demo_project.demo_layer_title(demo_project.HOT_SPOTS), "ogr")
    load_style(layer, style_path("hotspots"))
    # After the style, which brings custom properties of its own.
    layer.setCustomProperty(demo_project.DEMO_LAYER_PROPERTY, demo_project.HOT_SPOTS)
    project.addMapLayer(layer, False)
    node = QgsLayerTreeLayer(layer)
    node.setItemVisibilityChecked(False)
    project.layerTreeRoot().findGroup(topic_title(REPORTS)).insertChildNode(0, node)


# The QgsApplication this script started. Held for the life of the process: once the last
# Python reference went, Python would delete the application while QGIS still runs (QGIS 3.40
# dies on that with a segmentation fault when build_project() returns).
_OWN_APP = []


def _start_qgis():
    """The running QgsApplication, or a headless one started for this script."""
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QgsApplication([], False)
        app.initQgis()
        _OWN_APP.append(app)
    return app


if __name__ == "__main__":
    sys.exit(main())
