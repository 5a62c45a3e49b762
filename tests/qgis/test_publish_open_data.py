"""``heilbronn:publishopendata`` on a store seeded with synthetic personal data: nothing
personal and no cell of fewer than k reports in any byte of any file written; DCAT-AP.de
validated with pySHACL; publishing again; and the bad input the issue names."""

from __future__ import annotations

import csv
import json
import os
import shutil
import stat
import subprocess
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from dcat_validation import shacl_results
from disk_faults import replace_until_full
from osgeo import ogr
from qgis.core import QgsProcessingException
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from heilbronn_digital.heilbronn_digital_plugin.publish.folder import (
    MANIFEST,
    SERVER_DATA,
    SERVER_PROJECT_ATTACHMENTS,
)
from heilbronn_digital.heilbronn_digital_plugin.store.core import (
    GEOMETRY,
    create_store,
    write_records,
)

UTC = timezone.utc
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
ALGORITHM = "heilbronn:publishopendata"
K = 5
# Everything personal the seeded store holds, in fields and in free text.
SECRETS = (
    "Erika", "Mustermann", "Jürgen", "Päßler", "erika.mustermann@example.org",
    "j.paessler@example.net", "+49 7131 562345", "7131 562345", "0171 2345678", "01712345678",
    "photos.example.org", "Kaiserstraße 12", "Hans Dampf", "HN-SECRET", "bay-sensor-4711",
    "bay-sensor-4712", "Büro Dr. Geheim", "device-7f3a", "Glasscherben vor meiner Haustür",
    "Moltkestraße 7",
)
LONELY = (517_777.0, 5_446_666.0)  # a report alone in its cell, e.g. at the reporter's house


def _report(number: int, x: float, y: float, when: datetime | None, **fields) -> dict:
    # Two reporters; the second is named in every description too.
    first, last = ("Erika", "Mustermann") if number % 2 else ("Jürgen", "Päßler")
    personal = {"first_name": first, "last_name": last,
                "email": "erika.mustermann@example.org", "phone": "+49 7131 562345",
                "media_url": f"https://photos.example.org/{number}.jpg",
                "device_id": "device-7f3a", "channel": "App",
                "address": {"street": "Moltkestraße 7", "postcode": "74072"}}
    return {
        "service_request_id": f"HN-SECRET-{number:04d}", "service_code": "003",
        "service_name": "Müll/Illegale Ablagerung", "status": "open",
        "description": "Glasscherben vor meiner Haustür, bitte Rückruf an Jürgen Päßler "
                       "0171 2345678 oder j.paessler@example.net",
        "status_notes": "Rückruf bei Frau Mustermann, Tel. +49 7131 562345",
        "agency_responsible": "Sachbearbeiter Hans Dampf",
        "address": "Kaiserstraße 12, bei Familie Päßler",
        "requested_datetime": when, "source": "https://open311.example.org/HN-SECRET",
        "extra_json": json.dumps(personal, ensure_ascii=False),
        GEOMETRY: f"POINT ({x} {y})", **fields,
    }


@pytest.fixture
def personal_store(tmp_path: Path) -> Path:
    """Reports in busy cells, in a cell of three, and one alone; parking with single-bay
    sensors; a floorplan with a non-public room named after a person."""
    store = tmp_path / "store.gpkg"
    create_store(store)
    t0 = datetime(2025, 3, 1, 23, 30, tzinfo=UTC)  # 00:30 on 2 March in Heilbronn
    reports = [_report(i, 515_010 + 7 * i, 5_443_310 + 3 * i, t0 + timedelta(hours=5 * i))
               for i in range(12)]
    reports += [_report(100 + i, 516_020 + i, 5_444_020, t0 + timedelta(days=i))
                for i in range(6)]
    reports += [_report(200 + i, 514_420 + i, 5_442_020, t0) for i in range(3)]
    reports.append(_report(999, *LONELY, t0))
    write_records(store, "citizen_reports", reports)
    sites = [{"site_id": f"bay-sensor-{4711 + i}", "name": f"bay-sensor-{4711 + i}",
              "site_type": "on_street", "capacity": 1,
              "address": "Kaiserstraße 12, bei Familie Päßler", "source": "Erika Mustermann",
              GEOMETRY: f"POINT ({515_500 + 8 * i} 5443500)"} for i in range(6)]
    # A segment sensor big enough to stand alone, whose system gives a house as its address.
    sites.append({"site_id": "segment-7", "name": "Allee, Parkstreifen", "site_type": "on_street",
                  "capacity": 8, "address": "Kaiserstraße 12, bei Familie Päßler",
                  GEOMETRY: "POINT (515600 5443510)"})
    sites.append({"site_id": "garage-1", "name": "Parkhaus Mitte", "site_type": "garage",
                  "capacity": 400, GEOMETRY: "POINT (515800 5443800)"})
    write_records(store, "parking_sites", sites)
    readings = [{"site_id": site["site_id"], "observed_at": t0 + timedelta(minutes=15 * q),
                 "free": q % 2, "occupied": 1 - q % 2, "capacity": 1}
                for site in sites[:6] for q in range(8)]
    readings += [{"site_id": "garage-1", "observed_at": t0 + timedelta(minutes=15 * q),
                  "free": 100, "occupied": 300, "capacity": 400} for q in range(8)]
    write_records(store, "parking_occupancy", readings)
    write_records(store, "streets", [{"name": "Allee", GEOMETRY:
                                      "MULTILINESTRING ((515000 5443505, 516000 5443505))"}])
    write_records(store, "indoor_spaces", [
        {"space_id": "s1", "building_id": "b", "ordinal": 0, "category": "corridor",
         "name": "Flur", "accessible": 1,  # drawn clockwise, as CAD often does
         GEOMETRY: "POLYGON ((515000 5443000, 515000 5443010, 515020 5443010, "
                   "515020 5443000, 515000 5443000))"},
        {"space_id": "s2", "building_id": "b", "ordinal": 0, "category": "nonpublic",
         "name": "Büro Dr. Geheim", "accessible": 1,
         GEOMETRY: "POLYGON ((515000 5443010, 515020 5443010, 515020 5443020, "
                   "515000 5443020, 515000 5443010))"}])
    write_records(store, "indoor_openings", [
        {"opening_id": "d-public", "building_id": "b", "ordinal": 0, "category": "entrance",
         "width_m": 1.2, "accessible": 1,
         GEOMETRY: "LINESTRING (515005 5443000, 515006.2 5443000)"},
        {"opening_id": "d-private", "building_id": "b", "ordinal": 0, "category": "door",
         "width_m": 0.8, "accessible": 0,
         GEOMETRY: "LINESTRING (515005 5443010, 515005.8 5443010)"}])
    write_records(store, "indoor_connectors", [
        {"connector_id": "c-lift", "kind": "elevator", "building_id": "b", "ordinal": 0,
         "accessible": 1, "shaft_id": "lift-A", "name": "Aufzug A",
         GEOMETRY: "POINT (515018 5443005)"}])
    write_records(store, "indoor_amenities", [
        {"amenity_id": "a-info", "building_id": "b", "ordinal": 0, "category": "information",
         "name": "Information", GEOMETRY: "POINT (515010 5443005)"},
        # A barrier-free toilet inside the office: named after it, and not public.
        {"amenity_id": "a-wc-office", "building_id": "b", "ordinal": 0,
         "category": "toilets_wheelchair", "name": "WC Büro Dr. Geheim",
         GEOMETRY: "POINT (515010 5443015)"}])
    return store


def _publish(store: Path, folder: Path, **parameters) -> dict:
    import processing

    return processing.run(ALGORITHM, {"STORE": str(store), "OUTPUT": str(folder),
                                      "K": K, **parameters})


def _all_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _variants(secret: str) -> set[bytes]:
    """How a string can look inside a file: UTF-8, JSON-escaped, any case."""
    forms = {secret, secret.lower(), secret.upper(), json.dumps(secret)[1:-1],
             json.dumps(secret, ensure_ascii=False)[1:-1]}
    return {form.encode("utf-8") for form in forms}


@pytest.mark.parametrize("parameters", [
    {},
    {"GENERALISATION": 1, "CELL_SIZE": 1500},
    {"TIME_RESOLUTION": 1, "PARKING_AGGREGATION": 1, "LICENCE": 1},
], ids=["grid", "hexagons", "hours-profiles"])
def test_nothing_personal_and_no_small_cell_reaches_any_file(provider, personal_store,
                                                             tmp_path, parameters):
    folder = tmp_path / "publication"
    _publish(personal_store, folder, **parameters)
    files = _all_bytes(folder)
    assert {"catalog.ttl", "catalog.jsonld", "index.html", "opendata.qgs", MANIFEST,
            "citizen_reports/citizen_reports.geojson", "citizen_reports/citizen_reports.csv",
            "citizen_reports/citizen_reports.gpkg", "citizen_reports/README.md",
            "citizen_reports/privacy_report.json", "citizen_reports/privacy_report.txt",
            "parking/parking.gpkg", "floorplans/indoor_spaces.geojson"} <= set(files)
    spaces = json.loads(files["floorplans/indoor_spaces.geojson"])["features"]
    assert spaces and all(_signed_area(f["geometry"]["coordinates"][0]) > 0 for f in spaces)
    for name, data in files.items():
        for secret in SECRETS:
            for form in _variants(secret):
                assert form not in data, f"{secret!r} reached {name}"
    reports = folder / "citizen_reports"
    if parameters.get("GENERALISATION") == 1:
        _check_hexagons(reports)
    else:
        _check_grid(reports)
    privacy = json.loads((reports / "privacy_report.json").read_text(encoding="utf-8"))
    assert privacy["k"] == K
    assert privacy["records_read"] == 22
    assert privacy["cells_suppressed"] >= 1
    assert privacy["records_suppressed"] == 22 - privacy["records_published"]
    assert {"description", "status_notes", "address", "agency_responsible", "extra_json",
            "extra_json.email", "extra_json.first_name", "extra_json.address",
            "service_request_id"} <= set(
                privacy["fields_removed"])


def test_floorplans_publish_the_public_building_only(provider, personal_store, tmp_path):
    """Doors into the non-public office are left out, a public door keeps its clear width, the
    elevator is published, and so is the information desk, but not the toilet in the office."""
    folder = tmp_path / "publication"
    _publish(personal_store, folder, DATASETS=[2])

    def features(name: str) -> dict[str, dict]:
        collection = json.loads((folder / "floorplans" / f"{name}.geojson").read_text(
            encoding="utf-8"))
        key = {"indoor_spaces": "space_id", "indoor_doors": "opening_id",
               "indoor_connectors": "connector_id", "indoor_amenities": "amenity_id"}[name]
        return {f["properties"][key]: f["properties"] for f in collection["features"]}

    assert set(features("indoor_spaces")) == {"s1"}
    doors = features("indoor_doors")
    assert set(doors) == {"d-public"}
    assert doors["d-public"]["width_m"] == 1.2
    connectors = features("indoor_connectors")
    assert set(connectors) == {"c-lift"}
    assert connectors["c-lift"]["kind"] == "elevator"
    assert connectors["c-lift"]["shaft_id"] == "lift-A"
    assert set(features("indoor_amenities")) == {"a-info"}
    with (folder / "floorplans" / "indoor_doors.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["opening_id"], float(r["width_m"])) for r in rows] == [("d-public", 1.2)]
    privacy = json.loads((folder / "floorplans" / "privacy_report.json").read_text(
        encoding="utf-8"))
    assert (privacy["spaces_left_out"], privacy["doors_left_out"],
            privacy["connectors_left_out"], privacy["amenities_left_out"]) == (1, 1, 0, 1)


def _check_grid(reports: Path) -> None:
    geojson = json.loads((reports / "citizen_reports.geojson").read_text(encoding="utf-8"))
    cells = Counter(f["properties"]["cell_id"] for f in geojson["features"])
    assert cells and min(cells.values()) >= K
    with (reports / "citizen_reports.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert Counter(r["cell_id"] for r in rows) == cells
    ds = ogr.Open(str(reports / "citizen_reports.gpkg"))
    gpkg_cells = Counter(f.GetField("cell_id") for f in ds.GetLayer(0))
    assert gpkg_cells == cells
    # The lonely report's cell (200 m squares) is nowhere.
    assert "E517800N5446600" not in cells
    # Days are Heilbronn days: 23:30 UTC on 1 March is 2 March.
    assert min(f["properties"].get("date") or f["properties"].get("hour")
               for f in geojson["features"]).startswith("2025-03-02")


def _check_hexagons(reports: Path) -> None:
    geojson = json.loads((reports / "citizen_reports.geojson").read_text(encoding="utf-8"))
    per_cell = Counter()
    for feature in geojson["features"]:
        properties = feature["properties"]
        assert properties["cell_reports"] >= K
        per_cell[(properties["cell_id"], properties["period"])] += properties["reports"]
    assert per_cell and min(per_cell.values()) >= K
    for feature in geojson["features"]:
        ring = feature["geometry"]["coordinates"][0]
        assert len(ring) == 7 and ring[0] == ring[-1]
        assert _signed_area(ring) > 0, "RFC 7946: an exterior ring runs counterclockwise"


def _signed_area(ring: list[list[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2


def test_keeping_descriptions_scrubs_contacts_and_the_names_the_store_knows(
        provider, personal_store, tmp_path):
    folder = tmp_path / "publication"
    _publish(personal_store, folder, KEEP_DESCRIPTIONS=True)
    geojson = json.loads((folder / "citizen_reports" / "citizen_reports.geojson").read_text(
        encoding="utf-8"))
    descriptions = {f["properties"]["description"] for f in geojson["features"]}
    # First name, last name, phone number, e-mail address.
    assert descriptions == {"Glasscherben vor meiner Haustür, bitte Rückruf an […] […] […] "
                            "oder […]"}
    privacy = json.loads((folder / "citizen_reports" / "privacy_report.json").read_text(
        encoding="utf-8"))
    removed = privacy["descriptions_scrubbed"]
    published = privacy["records_published"]
    assert (removed["emails"], removed["phones"], removed["urls"]) == (published, published, 0)
    assert removed["names"] == 2 * published
    assert "Read the descriptions before you publish" in " ".join(privacy["notes_en"])
    for name, data in _all_bytes(folder).items():
        for secret in ("erika.mustermann@example.org", "j.paessler@example.net",
                       "0171 2345678", "Päßler", "Mustermann"):
            assert secret.encode() not in data, f"{secret} reached {name}"


@pytest.mark.parametrize(("licence", "identifier", "attributed"), [
    (0, "dl-by-de/2.0", True), (1, "cc-by/4.0", True), (2, "cc-zero", False)])
def test_the_catalogue_validates_against_the_dcat_ap_de_shapes(provider, personal_store,
                                                               tmp_path, licence, identifier,
                                                               attributed):
    folder = tmp_path / "publication"
    _publish(personal_store, folder, CONTACT_EMAIL="opendata@example.org", LICENCE=licence)
    turtle = Graph().parse(folder / "catalog.ttl", format="turtle")
    jsonld = Graph().parse(folder / "catalog.jsonld", format="json-ld")
    assert len(turtle) > 300 and isomorphic(turtle, jsonld)
    conforms, results = shacl_results(turtle)
    violations = [r for r in results if r.severity == "Violation"]
    assert conforms and violations == []
    # The one warning that remains, on purpose (README, "DCAT-AP.de"): the deprecated
    # dcatde:politicalGeocodingURI, which harvesters of DCAT-AP.de 2 still read.
    assert {(r.severity, r.path.rsplit("/", 1)[-1]) for r in results} == {
        ("Warning", "politicalGeocodingURI")}
    datasets = set(turtle.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == 3
    for dataset in datasets:
        titles = {o.language for o in turtle.objects(dataset, DCT.title)}
        assert titles == {"de", "en"}
    formats = {str(o).rsplit("/", 1)[-1] for o in turtle.objects(None, DCT["format"])}
    assert formats == {"GEOJSON", "CSV", "GPKG"}
    media = {str(o).split("media-types/")[-1] for o in turtle.objects(None, DCAT.mediaType)}
    assert media == {"application/geo+json", "text/csv", "application/geopackage+sqlite3"}
    licences = set(turtle.objects(None, DCT.license))
    assert licences == {URIRef(f"http://dcat-ap.de/def/licenses/{identifier}")}
    attribution = URIRef("http://dcat-ap.de/def/dcatde/licenseAttributionByText")
    # CC0 asks for no credit; the others name the city, the year and the licence.
    texts = {str(o) for o in turtle.objects(None, attribution)}
    assert (len(texts) == 1 and "Stadt Heilbronn" in texts.pop()) if attributed else not texts
    geocoding = URIRef("http://dcat-ap.de/def/dcatde/politicalGeocodingURI")
    assert set(turtle.objects(None, geocoding)) == {
        URIRef("http://dcat-ap.de/def/politicalGeocoding/municipalityKey/08121000")}
    # Every download URL names a file of the publication, with its size.
    for url in turtle.objects(None, DCAT.downloadURL):
        relative = str(url).removeprefix("http://127.0.0.1:8000/")
        assert (folder / relative).is_file(), relative
    sizes = {int(o) for o in turtle.objects(None, DCAT.byteSize)}
    assert 0 not in sizes


def test_a_broken_record_is_reported(provider, personal_store, tmp_path):
    """Without a licence and with a file type outside the EU table, validation fails."""
    folder = tmp_path / "publication"
    _publish(personal_store, folder)
    graph = Graph().parse(folder / "catalog.ttl", format="turtle")
    distribution = next(graph.subjects(RDF.type, DCAT.Distribution))
    graph.remove((distribution, DCT.license, None))
    graph.remove((distribution, DCT["format"], None))
    wrong = URIRef("http://example.org/file-type/SHAPEFILE-ZIP")
    graph.add((distribution, DCT["format"], wrong))
    graph.add((wrong, URIRef("http://www.w3.org/2004/02/skos/core#inScheme"),
               URIRef("http://example.org/file-type")))
    graph.add((distribution, DCT.title, Literal("broken")))
    conforms, results = shacl_results(graph)
    assert not conforms
    messages = " ".join(r.message for r in results if r.severity == "Violation")
    assert "dcterms:license" in messages
    assert "dcterms:format MUSS folgendes Vokabular benutzen" in messages


def test_publishing_again_updates_modified_keeps_issued(provider, personal_store, tmp_path):
    folder = tmp_path / "publication"
    _publish(personal_store, folder)
    first = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    _publish(personal_store, folder)
    unchanged = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert unchanged["datasets"] == first["datasets"]
    # Five more reports in a new place: the reports change, parking and floorplans do not.
    later = datetime(2025, 4, 1, 10, tzinfo=UTC)
    write_records(personal_store, "citizen_reports", [
        _report(300 + i, 513_010 + i, 5_441_010, later) for i in range(5)])
    _publish(personal_store, folder)
    second = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    reports_before, reports_after = (first["datasets"]["citizen_reports"],
                                     second["datasets"]["citizen_reports"])
    assert reports_after["issued"] == reports_before["issued"]
    assert reports_after["modified"] > reports_before["modified"]
    assert second["datasets"]["parking"] == first["datasets"]["parking"]
    assert second["issued"] == first["issued"]
    graph = Graph().parse(folder / "catalog.ttl", format="turtle")
    dataset = URIRef("http://127.0.0.1:8000/#dataset-citizen_reports")
    assert str(graph.value(dataset, DCT.issued)) == reports_before["issued"]
    assert str(graph.value(dataset, DCT.modified)) == reports_after["modified"]
    # Only the publication's files, no staging left behind.
    assert not (folder / ".publishing").exists()


def test_a_dataset_left_out_on_republication_leaves_no_files(provider, personal_store,
                                                             tmp_path):
    folder = tmp_path / "publication"
    _publish(personal_store, folder)
    _publish(personal_store, folder, DATASETS=[0])
    assert not (folder / "parking").exists()
    # QGIS 3.40+ writes the project's style database beside opendata.qgs as well.
    assert sorted(p.name for p in folder.iterdir() if p.name != SERVER_PROJECT_ATTACHMENTS) == [
        "catalog.jsonld", "catalog.ttl", "citizen_reports", "index.html", "opendata.qgs",
        SERVER_DATA, MANIFEST]
    served = ogr.Open(str(folder / SERVER_DATA))
    assert [served.GetLayer(i).GetName() for i in range(served.GetLayerCount())] == [
        "citizen_reports"]


def test_a_folder_with_foreign_files_is_refused(provider, personal_store, tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "Haushaltsplan.xlsx").write_bytes(b"not ours")
    with pytest.raises(QgsProcessingException, match="Haushaltsplan.xlsx"):
        _publish(personal_store, folder)
    assert [p.name for p in folder.iterdir()] == ["Haushaltsplan.xlsx"]
    # A foreign file inside an earlier publication is refused too, and nothing changes.
    publication = tmp_path / "publication"
    _publish(personal_store, publication)
    (publication / "citizen_reports" / "notes.txt").write_text("mine")
    before = _all_bytes(publication)
    with pytest.raises(QgsProcessingException, match="notes.txt"):
        _publish(personal_store, publication)
    assert _all_bytes(publication) == before


def test_k_larger_than_the_data_suppresses_everything_and_says_so(provider, personal_store,
                                                                  tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, warning: str) -> None:
            warnings.append(warning)

    folder = tmp_path / "publication"
    result = processing.run(ALGORITHM, {"STORE": str(personal_store), "OUTPUT": str(folder),
                                        "K": 1000}, feedback=Feedback())
    assert result["PUBLISHED"] == 0 and result["SUPPRESSED"] == 22
    assert any("Citizen reports: every cell holds fewer than k = 1000" in w for w in warnings)
    geojson = json.loads((folder / "citizen_reports" / "citizen_reports.geojson").read_text(
        encoding="utf-8"))
    assert geojson["features"] == []


@pytest.mark.parametrize("k", [0, 1])
def test_a_k_of_0_or_1_is_refused_with_the_reason(provider, personal_store, tmp_path, k):
    folder = tmp_path / "publication"
    with pytest.raises(QgsProcessingException, match="protects nobody"):
        _publish(personal_store, folder, K=k)
    assert not folder.exists() or not any(folder.iterdir())


def test_an_empty_store_has_nothing_to_publish(provider, tmp_path):
    store = tmp_path / "empty.gpkg"
    create_store(store)
    with pytest.raises(QgsProcessingException, match="Nothing to publish: the store has no "
                                                     "citizen reports"):
        _publish(store, tmp_path / "publication")


def test_a_store_without_reports_publishes_the_rest_and_says_so(provider, personal_store,
                                                                tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    ds = ogr.Open(str(personal_store), 1)
    ds.ExecuteSQL("DELETE FROM citizen_reports")
    ds = None
    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, warning: str) -> None:
            warnings.append(warning)

    folder = tmp_path / "publication"
    processing.run(ALGORITHM, {"STORE": str(personal_store), "OUTPUT": str(folder), "K": K},
                   feedback=Feedback())
    assert warnings == ["Citizen reports: not published, the store has no citizen reports."]
    assert (folder / "parking" / "parking_sites.geojson").is_file()
    assert not (folder / "citizen_reports").exists()


def test_reports_without_dates_are_published_without_a_date(provider, tmp_path):
    store = tmp_path / "store.gpkg"
    create_store(store)
    write_records(store, "citizen_reports", [
        _report(i, 515_010 + i, 5_443_310, None) for i in range(6)])
    folder = tmp_path / "publication"
    _publish(store, folder, DATASETS=[0])
    geojson = json.loads((folder / "citizen_reports" / "citizen_reports.geojson").read_text(
        encoding="utf-8"))
    assert [f["properties"]["date"] for f in geojson["features"]] == [None] * 6
    privacy = json.loads((folder / "citizen_reports" / "privacy_report.json").read_text(
        encoding="utf-8"))
    assert privacy["records_without_date"] == 6
    # Counted per period, undated reports belong to none: they are left out and said so.
    _publish(store, folder, DATASETS=[0], GENERALISATION=1)
    privacy = json.loads((folder / "citizen_reports" / "privacy_report.json").read_text(
        encoding="utf-8"))
    assert privacy["records_published"] == 0
    assert "6 reports without a date belong to no period" in " ".join(privacy["notes_en"])


def test_a_folder_that_cannot_be_made_is_refused(provider, personal_store, tmp_path):
    """Below a file no folder can be made, whoever runs the algorithm (root too)."""
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("x")
    with pytest.raises(QgsProcessingException, match="cannot be created"):
        _publish(personal_store, blocker / "publication")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any folder")
def test_an_unwritable_folder_is_refused(provider, personal_store, tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(QgsProcessingException, match="not writable"):
            _publish(personal_store, folder)
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_read_only_folder_is_refused(run_algorithm_cli, qgis_process, isolated_home,
                                       personal_store, tmp_path):
    """A folder on a read-only file system (a CD, a share mounted read-only) refuses root
    too: qgis_process runs in a mount namespace where the folder is a read-only tmpfs."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    folder = tmp_path / "readonly"
    folder.mkdir()
    mount = 'mount -t tmpfs -o ro tmpfs "$1" || exit 97; shift; exec "$@"'
    done = subprocess.run(
        ["unshare", "--map-root-user", "--mount", "sh", "-c", mount, "sh", str(folder),
         qgis_process, "run", ALGORITHM, "--", f"STORE={personal_store}", f"OUTPUT={folder}",
         f"K={K}"], env=isolated_home, capture_output=True, text=True, timeout=300)
    if done.returncode == 97 or "unshare failed" in done.stderr:
        pytest.skip(f"no mount namespace here: {done.stderr.strip()}")
    assert done.returncode != 0
    assert f"The folder {folder} is not writable" in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert list(folder.iterdir()) == []


def test_a_full_disk_is_a_sentence_and_the_next_publication_goes_ahead(
        provider, personal_store, tmp_path, monkeypatch):
    from heilbronn_digital.heilbronn_digital_plugin.publish import folder as pubfolder

    folder = tmp_path / "publication"
    monkeypatch.setattr(pubfolder.os, "replace", replace_until_full(".gpkg"))
    with pytest.raises(QgsProcessingException,
                       match="Writing the publication into .* failed .No space left"):
        _publish(personal_store, folder)
    monkeypatch.undo()
    assert not (folder / ".publishing").exists()
    _publish(personal_store, folder)
    assert (folder / "citizen_reports" / "citizen_reports.gpkg").is_file()


def test_a_missing_store_is_named(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="does not exist"):
        _publish(tmp_path / "nowhere.gpkg", tmp_path / "publication")


def test_from_the_command_line(run_algorithm_cli, personal_store, tmp_path):
    folder = tmp_path / "cli"
    done = run_algorithm_cli(ALGORITHM, STORE=personal_store, OUTPUT=folder, K=K,
                             BASE_URL="https://opendata.example.org/hn")
    assert done.returncode == 0, done.stderr
    assert "Privacy report: citizen_reports" in done.stdout
    turtle = (folder / "catalog.ttl").read_text(encoding="utf-8")
    assert "<https://opendata.example.org/hn/citizen_reports/citizen_reports.csv>" in turtle
    done = run_algorithm_cli(ALGORITHM, STORE=personal_store, OUTPUT=folder, K=1)
    assert done.returncode != 0
    assert "protects nobody" in done.stdout + done.stderr
