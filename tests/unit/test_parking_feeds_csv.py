"""CSV parking lists: semicolons, EWKB hex, N/A, Latin-1, and time series across DST."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.csv_parking import parse_csv_parking

UTC = timezone.utc


def test_neckarsulm(fixtures_dir):
    data = (fixtures_dir / "parkapi" / "neckarsulm.csv").read_bytes()
    batch = parse_csv_parking(data)
    assert len(batch.sites) == data.count(b"\n") - 1 == 41
    assert not batch.observations and not batch.problems
    sites = {s.site_id: s for s in batch.sites}
    aquatoll = sites["csv:4"]
    assert (aquatoll.name, aquatoll.capacity, aquatoll.site_type) == ("AQUAtoll P1", 203,
                                                                     "garage")
    # The EWKB point and the x/y columns agree.
    assert aquatoll.lon == pytest.approx(9.24487198, abs=1e-6)
    assert aquatoll.lat == pytest.approx(49.190044818, abs=1e-6)
    assert aquatoll.extra["dhid"] == "N/A"  # kept as the source wrote it
    assert sites["csv:55"].site_type == "park_ride"  # "p+r"
    # A quoted field with semicolons in it stays one field.
    assert sites["csv:50"].extra["gebuehren"] == "ja"
    # Line 42 has empty x/y columns but a geometry.
    assert sites["csv:79"].lon is not None and not sites["csv:79"].flags
    assert not any(pr.NUMBER_AS_TEXT in s.flags for s in batch.sites)


def test_a_comma_separated_latin1_series_through_the_autumn_switch():
    # A logger on local time, every 30 minutes from 01:30 to 03:30 on 2025-10-26.
    clock = ["01:30", "02:00", "02:30", "02:00", "02:30", "03:00", "03:30"]
    lines = ["id,name,lon,lat,kapazität,frei,zeit"] + [
        f"7,Bürgerhaus Böckingen,9.19,49.13,50,{i},26.10.2025 {t}" for i, t in enumerate(clock)]
    lines.append("7,Bürgerhaus Böckingen,9.19,49.13,50,6,26.10.2025 03:30")  # sent again
    lines.append("7,Bürgerhaus Böckingen,9.19,49.13,50,N/A,")  # nothing to read
    batch = parse_csv_parking("\n".join(lines).encode("latin-1"))
    (site,) = batch.sites
    assert (site.name, site.capacity) == ("Bürgerhaus Böckingen", 50)
    times = [o.observed_at for o in batch.observations]
    start = datetime(2025, 10, 25, 23, 30, tzinfo=UTC)
    assert times[:7] == [start + timedelta(minutes=30 * i) for i in range(7)]
    assert times[7] == times[6]
    ambiguous = [pr.AMBIGUOUS_LOCAL_TIME in o.flags for o in batch.observations]
    assert ambiguous == [False, True, True, True, True, False, False, False]


def test_not_csv():
    with pytest.raises(pr.ParkingFormatError, match="no CSV"):
        parse_csv_parking(b"<html><body>Fehler</body></html>")
