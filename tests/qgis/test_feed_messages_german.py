"""Feed messages as a German planner reads them: the reason a record was left out or a payload
refused is German too, not English inside a German sentence ("…, weil feature 1 has no id")."""

from __future__ import annotations

import json
import re

import pytest
from feedback_log import FeedbackLog

from heilbronn_digital.heilbronn_digital_plugin.feeds.open311_sync import SyncError, import_response
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import (
    ParkingFeedError,
    ParkingSource,
    fetch_parking,
)

# Words of the English messages that German never uses.
ENGLISH = re.compile(r"\b(the|is|has|no|not|because|which|of|it|left|out|feature|"
                     r"nested|levels|stored|without|position|original|kept)\b")


def assert_german(text: str) -> None:
    assert ENGLISH.findall(text) == [], text


@pytest.fixture
def german(ui_locale, german_ui) -> None:
    ui_locale("de_DE")


def test_a_parking_feed_without_ids_is_refused_in_german(german, fixtures_dir, tmp_path):
    """The real Hamburg garages (OGC API Features) with every id taken away."""
    document = json.loads((fixtures_dir / "ogcapi_features" / "hamburg_garages_live.geojson")
                          .read_text(encoding="utf-8"))
    for feature in document["features"]:
        feature.pop("id", None)
        for name in ("id", "site_id", "nummer", "nr", "identifier", "kennung"):
            feature["properties"].pop(name, None)
    path = tmp_path / "garagen.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ParkingFeedError) as refused:
        fetch_parking(ParkingSource("geojson", str(path)), transport=None)
    text = str(refused.value)
    assert text.startswith(f"Aus {path.name} konnte nichts importiert werden: Alle "
                           f"{len(document['features'])} Datensätze wurden ausgelassen (der "
                           "erste: Objekt 1 hat keine ID). Prüfen Sie das gewählte Format"), text
    # The fields hint names the data's own field names (English or German): only the
    # sentence up to it must be German.
    assert_german(text.split("Die Datensätze haben die Felder")[0])


def test_a_payload_nested_without_end_is_refused_in_german(german, tmp_path):
    path = tmp_path / "tief.json"
    path.write_text("[" * 200 + "]" * 200, encoding="utf-8")
    with pytest.raises(ParkingFeedError) as refused:
        fetch_parking(ParkingSource("parkapi", str(path)), transport=None)
    text = str(refused.value)
    assert "das JSON ist tiefer als 64 Ebenen verschachtelt, was kein Datendienst tut" in text
    assert_german(text)


def test_open311_reports_without_id_are_refused_in_german(german, fixtures_dir, tmp_path):
    data = (fixtures_dir / "open311" / "open311status_toronto_requests_many.xml").read_text()
    data = re.sub(r"<service_request_id>\d+</service_request_id>", "", data)
    with pytest.raises(SyncError) as refused:
        import_response(tmp_path / "r.gpkg", data.encode(), "toronto.xml")
    text = str(refused.value)
    assert text.startswith("Aus toronto.xml konnte nichts importiert werden: Alle 2 Anliegen "
                           "wurden ausgelassen (das erste: Anliegen 1 hat keine "
                           "service_request_id und kann daher weder gespeichert noch "
                           "aktualisiert werden)."), text
    assert_german(text)


def test_a_position_that_is_no_place_is_said_in_german(german, provider, fixtures_dir,
                                                       tmp_path):
    import processing

    data = (fixtures_dir / "open311" / "open311status_toronto_requests_many.xml").read_text()
    data = data.replace("<lat>43.691104288</lat>", "<lat>999</lat>", 1)
    saved = tmp_path / "toronto.xml"
    saved.write_text(data)
    log = FeedbackLog()
    processing.run("heilbronn:importcitizenreports", {
        "RESPONSE_FILE": str(saved), "STORE": str(tmp_path / "r.gpkg")}, feedback=log)
    note = next(w for w in log.warnings if "999" in w and w.startswith("Anliegen"))
    assert note == ("Anliegen 101005420892: Die Position 999, -79.272306875 ist kein Ort auf der "
                    "Erde; ohne Position gespeichert, der Originalwert steht in extra_json.")
    assert_german(note)
