"""Publish a store as open data: read it, apply the privacy rules, write every dataset in
every format with its README and privacy report, describe it all in DCAT-AP.de and write the
landing page — into a publication folder that can be published again.

The entry point is :func:`publish`; ``heilbronn:publishopendata`` and ``make opendata`` call
it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from osgeo import ogr, osr

from ..analysis.progress import Progress, Silent, step
from ..toolbelt.i18n import tr
from ..toolbelt.local_time import utc_now
from . import dcat
from . import folder as pubfolder
from . import formats as fmt
from . import generalise as g
from . import tables as t
from .floorplans import publish_floorplans
from .landing import CATALOGUE_JSONLD, CATALOGUE_TTL, LANDING, landing_page
from .parking import PROFILES, ParkingRules, publish_parking
from .privacy import PrivacyReport, check_k
from .readme import dataset_readme
from .reports import ReportRules, publish_reports
from .source import Store, open_store

REPORTS = "citizen_reports"
PARKING = "parking"
FLOORPLANS = "floorplans"
DATASETS = (REPORTS, PARKING, FLOORPLANS)


class PublishError(Exception):
    """Nothing can be published; the message says why and what to do."""


@dataclass(frozen=True)
class Options:
    """What to publish and how. ``reports.k`` is the k of every dataset."""

    datasets: tuple[str, ...] = DATASETS
    reports: ReportRules = field(default_factory=ReportRules)
    parking_aggregation: str = "quarter_hours"
    metadata: dcat.Metadata = field(default_factory=dcat.Metadata)
    formats: tuple[str, ...] = fmt.FORMATS

    @property
    def k(self) -> int:
        return self.reports.k


@dataclass
class PublishedDataset:
    name: str
    tables: list[t.Table]
    report: PrivacyReport
    description: dcat.Dataset
    files: list[str]


@dataclass
class Publication:
    folder: Path
    datasets: list[PublishedDataset]
    skipped: list[tuple[str, str]]
    issued: datetime
    modified: datetime
    files: list[str]

    @property
    def everything_suppressed(self) -> bool:
        return all(d.report.everything_suppressed for d in self.datasets
                   if d.report.records_read)


def publish(store: str | Path, folder: str | Path, options: Options | None = None,
            progress: Progress | None = None, now: datetime | None = None) -> Publication:
    """Publish ``store`` into ``folder`` by ``options``; see the module docstring."""
    options = options or Options()
    progress = progress or Silent()
    now = g.local(now or utc_now()).replace(microsecond=0)
    _check(options)
    folder = Path(folder)
    old = pubfolder.prepare(folder)
    source = open_store(store)
    try:
        built, skipped = _build(source, options, progress)
    finally:
        source.close()
    if not built:
        reasons = "; ".join(reason for _, reason in skipped)
        raise PublishError(tr("Nothing to publish: {reasons}. Import data into the store "
                              "first.").format(reasons=reasons))
    try:
        staging = pubfolder.staging_area(folder)
    except OSError as error:
        raise pubfolder.FolderError(tr(
            "Nothing can be written into {folder} ({error}). Choose a folder you may write "
            "to.").format(folder=folder, error=error.strerror or error)) from error
    try:
        return _write(folder, staging, built, skipped, options, old, now, progress)
    except OSError as error:
        # A full disk, a file another program holds open (Windows), a share gone away.
        raise pubfolder.FolderError(tr(
            "Writing the publication into {folder} failed ({error}: {file}). Free space or "
            "close the program that holds the file, then publish again.").format(
                folder=folder, error=error.strerror or error,
                file=error.filename or "")) from error
    finally:
        # A failed or canceled run leaves no staging behind (a finished one moved it).
        shutil.rmtree(staging, ignore_errors=True)


def _check(options: Options) -> None:
    check_k(options.k)
    unknown = set(options.datasets) - set(DATASETS)
    if unknown or not options.datasets:
        raise PublishError(tr("Choose at least one of the datasets {known}.").format(
            known=", ".join(DATASETS)))
    if not options.reports.cell_size > 0:
        raise PublishError(tr("The cell size must be greater than 0 m."))
    if options.metadata.licence not in dcat.LICENCES:
        raise PublishError(tr("Unknown licence {licence}; choose one of {known}.").format(
            licence=options.metadata.licence, known=", ".join(dcat.LICENCES)))
    if not options.metadata.base.startswith(("http://", "https://")):
        raise PublishError(tr("The base URL must start with http:// or https://, not "
                              "“{url}”.").format(url=options.metadata.base_url))


@dataclass
class _Built:
    name: str
    tables: list[t.Table]
    report: PrivacyReport
    info: dict


def _build(source: Store, options: Options, progress: Progress
           ) -> tuple[list[_Built], list[tuple[str, str]]]:
    built, skipped = [], []
    makers: dict[str, Callable[[Store, Options], _Built | str]] = {
        REPORTS: _reports, PARKING: _parking, FLOORPLANS: _floorplans}
    for number, name in enumerate(options.datasets):
        step(progress, number, len(options.datasets), 0, 60)
        result = makers[name](source, options)
        if isinstance(result, str):
            skipped.append((name, result))
        else:
            built.append(result)
    return built, skipped


def _reports(source: Store, options: Options) -> _Built | str:
    records = source.read("citizen_reports")
    if not records:
        return tr("the store has no citizen reports")
    table, report = publish_reports(records, options.reports)
    rules = options.reports
    size_de = f"{rules.cell_size:g}".replace(".", ",")  # 62,5 m in German
    if rules.generalisation == g.HEXAGONS:
        period_de = "Monat" if rules.period == g.MONTH else "Kalenderwoche"
        how_de = (f"Gezählt je Sechseck ({size_de} m breit), {period_de} und "
                  f"Kategorie; Sechseck-Zeiträume mit weniger als k = {rules.k} Meldungen sind "
                  "nicht veröffentlicht.")
        how_en = (f"Counted per hexagon ({rules.cell_size:g} m wide), {rules.period} and "
                  f"category; hexagon periods with fewer than k = {rules.k} reports are not "
                  "published.")
    else:
        unit_de = "Stunde" if rules.time_resolution == g.HOUR else "Tag"
        how_de = (f"Jede Meldung liegt im Mittelpunkt ihres Rasterquadrats ({size_de} "
                  f"m); Quadrate mit weniger als k = {rules.k} Meldungen sind nicht "
                  f"veröffentlicht. Zeit auf den {unit_de} vergröbert (Ortszeit Heilbronn).")
        how_en = (f"Each report lies at the centre of its grid square ({rules.cell_size:g} m); "
                  f"squares with fewer than k = {rules.k} reports are not published. Time "
                  f"coarsened to the {rules.time_resolution} (Heilbronn local time).")
    how_de += (" Keine Namen, E-Mail-Adressen, Telefonnummern, Adressen, Freitexte oder "
               "Kennungen des Meldesystems.")
    how_en += (" No names, e-mail addresses, phone numbers, addresses, free text or ids of "
               "the reporting system.")
    return _Built(REPORTS, [table], report, {
        "title_de": "Bürgeranliegen (Anliegen-Management)",
        "title_en": "Citizen reports (issue reporting)",
        "description_de": "Anliegen, die Bürgerinnen und Bürger der Stadt melden (Schäden, "
                          "Müll, Beleuchtung, …): Kategorie, Bearbeitungsstand und Zeit, mit "
                          "generalisierter Position. " + how_de,
        "description_en": "Issues citizens report to the city (damage, litter, lighting, "
                          "…): category, status and time at a generalised position. " + how_en,
        "keywords_de": ("Anliegen-Management", "Bürgeranliegen", "Mängelmelder", "Open311"),
        "keywords_en": ("citizen reports", "issue reporting", "Open311"),
        "themes": ("GOVE", "REGI"),
        "how_de": how_de, "how_en": how_en,
    })


def _parking(source: Store, options: Options) -> _Built | str:
    sites = source.read("parking_sites")
    if not sites:
        return tr("the store has no parking sites")
    readings = source.read("parking_occupancy") or []
    streets = source.read("streets")
    tables, report = publish_parking(sites, readings, streets,
                                     ParkingRules(options.k, options.parking_aggregation))
    profiles = options.parking_aggregation == PROFILES
    how_de = ("Belegung als " + ("mittleres Wochenprofil je Stunde" if profiles else
                                 "Mittel je Viertelstunde") +
              f". Jeder veröffentlichte Standort umfasst mindestens k = {options.k} "
              "Stellplätze: Einzelstellplätze und kleine Straßensensoren nur als Teil ihres "
              "Straßenabschnitts, ohne Sensorkennungen.")
    how_en = ("Occupancy as " + ("mean weekly profile per hour" if profiles else
                                 "mean per quarter hour") +
              f". Every published site covers at least k = {options.k} spaces: single bays "
              "and small on-street sensors only as part of their street segment, without "
              "sensor ids.")
    return _Built(PARKING, tables, report, {
        "title_de": "Parken: Standorte und Belegung",
        "title_en": "Parking: sites and occupancy",
        "description_de": "Parkhäuser, P+R-Plätze und Straßenabschnitte mit Sensoren, mit "
                          "Stellplatzzahl, und ihre Belegung über die Zeit. " + how_de,
        "description_en": "Parking garages, park-and-ride sites and street segments with "
                          "sensors, with their capacity, and their occupancy over time. "
                          + how_en,
        "keywords_de": ("Parken", "Parkhaus", "Belegung", "Smart Parking"),
        "keywords_en": ("parking", "occupancy", "smart parking"),
        "themes": ("TRAN", "REGI"),
        "how_de": how_de, "how_en": how_en,
    })


def _floorplans(source: Store, options: Options) -> _Built | str:
    names = ("indoor_spaces", "indoor_openings", "indoor_connectors", "indoor_amenities",
             "indoor_levels", "indoor_hazards")
    layers = {name: source.read(name) for name in names}
    if not layers["indoor_spaces"]:
        return tr("the store has no floorplans")
    tables, report = publish_floorplans(layers)
    how_de = ("Nur öffentlich zugängliche Bereiche; nicht öffentliche Räume, Türen dorthin "
              "und Gefahrenstellen sind weggelassen.")
    how_en = ("Publicly accessible areas only; non-public rooms, the doors into them and "
              "hazards are left out.")
    return _Built(FLOORPLANS, tables, report, {
        "title_de": "Barrierefreie Gebäudepläne",
        "title_en": "Barrier-free building floorplans",
        "description_de": "Öffentlich zugängliche Räume, Türen mit lichter Breite, Aufzüge, "
                          "Treppen, Rampen und barrierefreie WCs öffentlicher Gebäude, je "
                          "Ebene. " + how_de,
        "description_en": "Publicly accessible rooms, doors with their clear width, "
                          "elevators, stairs, ramps and barrier-free toilets of public "
                          "buildings, per level. " + how_en,
        "keywords_de": ("Barrierefreiheit", "Gebäudeplan", "Indoor-Navigation"),
        "keywords_en": ("accessibility", "floorplan", "indoor navigation"),
        "themes": ("GOVE", "SOCI"),
        "how_de": how_de, "how_en": how_en,
    })


def _write(folder: Path, staging: Path, built: list[_Built], skipped: list[tuple[str, str]],
           options: Options, old: pubfolder.Manifest | None, now: datetime,
           progress: Progress) -> Publication:
    meta = options.metadata
    published: list[PublishedDataset] = []
    manifest = pubfolder.Manifest(base_url=meta.base)
    stamp = pubfolder.now_text(now)
    for number, item in enumerate(built):
        step(progress, number, len(built), 60, 30)
        directory = staging / item.name
        directory.mkdir()
        distributions, files = _write_tables(directory, item, options.formats)
        (directory / "privacy_report.json").write_text(
            json.dumps(item.report.as_json(), ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")
        (directory / "privacy_report.txt").write_text(
            "\n".join(item.report.lines("de") + [""] + item.report.lines("en")) + "\n",
            encoding="utf-8")
        fingerprint = _fingerprint(directory, item, options)
        previous = old.datasets.get(item.name) if old else None
        issued = previous.issued if previous else stamp
        modified = _modified(previous, fingerprint, now)
        manifest.datasets[item.name] = pubfolder.DatasetState(issued, modified, fingerprint)
        description = dcat.Dataset(
            item.name, item.info["title_de"], item.info["title_en"],
            item.info["description_de"], item.info["description_en"],
            item.info["keywords_de"], item.info["keywords_en"], item.info["themes"],
            datetime.fromisoformat(issued), datetime.fromisoformat(modified),
            _time_range(item.tables), _bbox(item.tables), item.info["how_de"],
            item.info["how_en"], tuple(table.name for table in item.tables), distributions)
        (directory / "README.md").write_text(
            dataset_readme(description, item.tables, item.report, meta, item.info["how_de"],
                           item.info["how_en"]), encoding="utf-8")
        files += [f"{item.name}/{name}" for name in
                  ("privacy_report.json", "privacy_report.txt", "README.md")]
        manifest.files += files
        published.append(PublishedDataset(item.name, item.tables, item.report, description,
                                          files))
    descriptions = [d.description for d in published]
    manifest.issued = old.issued if old else stamp
    manifest.modified = max(state.modified for state in manifest.datasets.values())
    graph = dcat.catalogue(meta, descriptions, datetime.fromisoformat(manifest.issued),
                           datetime.fromisoformat(manifest.modified))
    (staging / CATALOGUE_TTL).write_text(graph.turtle(), encoding="utf-8")
    (staging / CATALOGUE_JSONLD).write_text(graph.jsonld_text(), encoding="utf-8")
    sizes = {d.path: d.byte_size for item in descriptions for d in item.distributions}
    (staging / LANDING).write_text(landing_page(meta, descriptions, sizes), encoding="utf-8")
    manifest.files += [CATALOGUE_TTL, CATALOGUE_JSONLD, LANDING]
    progress.setProgress(95)
    pubfolder.commit(folder, staging, manifest, old)
    return Publication(folder, published, skipped, datetime.fromisoformat(manifest.issued),
                       datetime.fromisoformat(manifest.modified), sorted(manifest.files))


def _modified(previous: pubfolder.DatasetState | None, fingerprint: str, now: datetime) -> str:
    """The dataset's modification time: the earlier one while its content is the same, else
    now — and always later than the earlier one (two publications within a second)."""
    if previous is None:
        return pubfolder.now_text(now)
    if previous.fingerprint == fingerprint:
        return previous.modified
    before = datetime.fromisoformat(previous.modified)
    return pubfolder.now_text(max(now, before + timedelta(seconds=1)))


def _write_tables(directory: Path, item: _Built, formats: tuple[str, ...]
                  ) -> tuple[list[dcat.Distribution], list[str]]:
    written: list[tuple[Path, str, t.Table | None]] = []
    for table in item.tables:
        if fmt.GEOJSON in formats:
            path = directory / fmt.file_name(table, fmt.GEOJSON)
            fmt.write_geojson(table, path)
            written.append((path, fmt.GEOJSON, table))
        if fmt.CSV in formats:
            path = directory / fmt.file_name(table, fmt.CSV)
            fmt.write_csv(table, path)
            written.append((path, fmt.CSV, table))
    if fmt.GPKG in formats:
        path = directory / f"{item.name}.gpkg"
        fmt.write_gpkg(item.tables, path)
        written.append((path, fmt.GPKG, None))
    distributions = []
    for path, kind, table in written:
        data = path.read_bytes()
        title_de = table.title_de if table else item.info["title_de"]
        title_en = table.title_en if table else item.info["title_en"]
        distributions.append(dcat.Distribution(
            f"{item.name}/{path.name}", kind, table.name if table else item.name, title_de,
            title_en, len(data), hashlib.sha256(data).hexdigest()))
    return distributions, [d.path for d in distributions]


def _fingerprint(directory: Path, item: _Built, options: Options) -> str:
    """What a dataset's content is: its rows (as CSV), privacy report and the rules. The
    GeoPackage is left out (SQLite writes a timestamp into it)."""
    digest = hashlib.sha256()
    for table in item.tables:
        path = directory / fmt.file_name(table, fmt.CSV)
        if not path.exists():
            fmt.write_csv(table, path)
            digest.update(path.read_bytes())
            path.unlink()
        else:
            digest.update(path.read_bytes())
    digest.update(json.dumps(item.report.as_json(), sort_keys=True).encode())
    digest.update(repr((options.reports, options.parking_aggregation, options.metadata,
                        options.formats)).encode())
    return digest.hexdigest()


def _time_range(tables: list[t.Table]):
    ranges = [r for r in (table.time_range() for table in tables) if r is not None]
    return (min(r[0] for r in ranges), max(r[1] for r in ranges)) if ranges else None


def _bbox(tables: list[t.Table]) -> tuple[float, float, float, float] | None:
    """The WGS 84 bounding box of every published geometry."""
    envelope = None
    for table in tables:
        for row in table.rows:
            wkb = row.get(t.GEOMETRY)
            if wkb is None:
                continue
            e = ogr.CreateGeometryFromWkb(wkb).GetEnvelope()
            envelope = e if envelope is None else (min(envelope[0], e[0]),
                                                   max(envelope[1], e[1]),
                                                   min(envelope[2], e[2]),
                                                   max(envelope[3], e[3]))
    if envelope is None:
        return None
    transform = osr.CoordinateTransformation(fmt.store_srs(), fmt.wgs84())
    corners = [transform.TransformPoint(x, y)[:2] for x in envelope[:2] for y in envelope[2:]]
    return (min(c[0] for c in corners), min(c[1] for c in corners),
            max(c[0] for c in corners), max(c[1] for c in corners))

