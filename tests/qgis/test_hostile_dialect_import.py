"""heilbronn:importparking with the planner's field names (issue 12, item 13): a GeoJSON in a
publisher's own dialect is refused with its fields named, then imported with the names, and
the log says which field was read for each role and which were not found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from feedback_log import FeedbackLog
from qgis.core import QgsProcessingException
from sql_rows import sql_rows


@pytest.fixture
def dialect(tmp_path: Path) -> Path:
    path = tmp_path / "belegung.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.2203, 49.1399]},
         "properties": {"OBJECTID": "4711", "Parkhaus": "Wollhaus", "Stellplaetze": "435",
                        "Freie_Stellplaetze": "12", "Aktualisierung": "03.12.2025, 13:35"}}]}),
        "utf-8")
    return path


def test_fields_named_by_the_planner_are_read_and_reported(provider, dialect, tmp_path):
    import processing

    store = tmp_path / "p.gpkg"
    with pytest.raises(QgsProcessingException, match="“Freie_Stellplaetze”"):
        processing.run("heilbronn:importparking", {"SOURCE": str(dialect),
                                                   "STORE": str(store)})
    log = FeedbackLog()
    result = processing.run("heilbronn:importparking", {
        "SOURCE": str(dialect), "STORE": str(store), "ID_FIELD": "OBJECTID",
        "NAME_FIELD": "Parkhaus", "CAPACITY_FIELD": "Stellplaetze",
        "FREE_FIELD": "Freie_Stellplaetze", "TIME_FIELD": "Aktualisierung"}, feedback=log)
    assert result["READINGS_INSERTED"] == 1
    assert sql_rows(store, "SELECT site_id, name, capacity, free_latest FROM parking_sites") \
        == [("geojson:4711", "Wollhaus", 435, 12)]
    assert ("Fields read: id ← “OBJECTID”, name ← “Parkhaus”, capacity ← “Stellplaetze”, "
            "free spaces ← “Freie_Stellplaetze”, time ← “Aktualisierung”; not found: "
            "occupied spaces.") in log.lines
