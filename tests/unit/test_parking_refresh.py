"""The live dock's logic without its widgets: ages, stale marks, the site list read from a real
store, settings that round-trip through QgsSettings and never hold a key."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QSettings

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import store_parking
from heilbronn_digital.heilbronn_digital_plugin.gui.parking_refresh import (
    LiveSettings,
    SiteStatus,
    age_text,
    read_sites,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr

UTC = timezone.utc
NOW = datetime(2025, 11, 18, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(("seconds", "text"), [
    (None, tr("no reading")),
    (-5, tr("just now")),  # a clock a little ahead of ours
    (59, tr("just now")),
    (60, tr("{minutes} min ago").format(minutes=1)),
    (3 * 60 + 59, tr("{minutes} min ago").format(minutes=3)),
    (3599, tr("{minutes} min ago").format(minutes=59)),
    (3600, tr("{hours} h ago").format(hours=1)),
    (47 * 3600, tr("{hours} h ago").format(hours=47)),
    (3 * 86400 + 5, tr("{days} days ago").format(days=3)),
])
def test_age_text(seconds, text):
    assert age_text(seconds) == text


def _site(observed: datetime | None) -> SiteStatus:
    return SiteStatus("x", "X", 5, 10, 0.5, observed)


def test_stale_is_older_than_the_threshold_or_never_read():
    assert not _site(NOW - timedelta(minutes=30)).is_stale(NOW, 30)
    assert _site(NOW - timedelta(minutes=30, seconds=1)).is_stale(NOW, 30)
    assert _site(None).is_stale(NOW, 30)
    assert _site(NOW - timedelta(minutes=3)).age_s(NOW) == 180
    assert _site(None).age_s(NOW) is None


def test_read_sites_gives_the_latest_reading_per_site(tmp_path: Path):
    garage = pr.ParkingSite("t:g", name="Zentrum", site_type="garage", capacity=200,
                            lon=9.22, lat=49.14)
    street = pr.ParkingSite("t:s", name="allee", site_type="on_street", capacity=4,
                            lon=9.21, lat=49.14)
    unknown = pr.ParkingSite("t:u", name=None, site_type="garage", lon=9.2, lat=49.1)
    readings = [pr.ParkingObservation("t:g", NOW - timedelta(minutes=m), free, None, 200, "")
                for m, free in ((30, 50), (15, 20), (45, 80))]
    readings.append(pr.ParkingObservation("t:s", NOW, 1, 3, 4, ""))
    store = tmp_path / "live.gpkg"
    store_parking(store, pr.ParkingBatch("t", [garage, street, unknown], readings))
    sites = read_sites(store)
    # Sites with a reading first, then by name, case-insensitively; a site without a name
    # shows its id.
    assert [s.name for s in sites] == ["allee", "Zentrum", "t:u"]
    by_id = {s.site_id: s for s in sites}
    assert by_id["t:g"] == SiteStatus("t:g", "Zentrum", 20, 200, 0.9,
                                      NOW - timedelta(minutes=15))
    assert by_id["t:s"].occupancy == 0.75 and by_id["t:s"].observed == NOW
    assert by_id["t:u"] == SiteStatus("t:u", "t:u", None, None, None, None)


def test_read_sites_of_a_missing_store_is_empty(tmp_path: Path):
    assert read_sites(tmp_path / "not-yet.gpkg") == []


def test_settings_round_trip_and_hold_only_the_authcfg_id(tmp_path: Path):
    ini = tmp_path / "settings.ini"
    settings = QgsSettings(str(ini), QSettings.Format.IniFormat)
    chosen = LiveSettings(format="goldbeck", url="https://example.org/facilities",
                          second_url="https://example.org/occupancies", authcfg="k3y1d00",
                          store=str(tmp_path / "live.gpkg"), interval_s=120,
                          stale_after_min=20)
    chosen.save(settings)
    assert LiveSettings.load(settings) == chosen
    settings.sync()
    assert "k3y1d00" in ini.read_text()
    # A broken value falls back to the default instead of failing the dock.
    settings.setValue("heilbronn_digital/parking_live/interval_s", "often")
    assert LiveSettings.load(settings).interval_s == LiveSettings().interval_s


def test_settings_say_what_is_missing():
    assert LiveSettings(store="x.gpkg").problem() == tr(
        "Enter the address (or file) of the parking data source.")
    assert LiveSettings(url="https://example.org").problem() == tr(
        "Choose the store the readings are saved in: a GeoPackage, a saved PostgreSQL "
        "connection or service=….")
    assert LiveSettings(url="https://example.org", store="x.gpkg").problem() == ""
    source = LiveSettings(format="datex2", url=" https://a/status ", second_url="",
                          authcfg="abc").source()
    assert (source.format, source.location, source.authcfg) == ("datex2", "https://a/status",
                                                                 "abc")
