"""Times typed into an algorithm are Heilbronn time, whatever zone the machine runs in.

A real store (GeoPackage, UTC) holds one citizen report every 10 minutes around both summer-time
switches and a winter day; the time window of the algorithms is given as a dialog gives it (a
QDateTime in the machine's zone), as naive text, and as text with Z or an offset (as
``qgis_process`` scripts do), under TZ=UTC and TZ=Europe/Berlin. The count of reports the
window selects must be what Heilbronn's clock says.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from heilbronn_digital.heilbronn_digital_plugin.store import core
from heilbronn_digital.processing_algs.common import filter_request, parameter_instant

UTC = timezone.utc
STEP = timedelta(minutes=10)
# Each day's reports, every 10 minutes, in UTC: a winter day and both switch days of 2025.
DAYS = [datetime(2025, 11, 18, tzinfo=UTC), datetime(2025, 3, 30, tzinfo=UTC),
        datetime(2025, 10, 26, tzinfo=UTC)]
MOMENTS = [day - timedelta(hours=3) + STEP * k for day in DAYS for k in range(6 * 30)]


@pytest.fixture(params=["UTC", "Europe/Berlin"])
def machine_tz(request):
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("time") / "store.gpkg"
    core.create_store(path)
    core.write_records(path, "citizen_reports", [
        {"service_request_id": str(number), "source": "test", "status": "open",
         "requested_datetime": moment, core.GEOMETRY: f"POINT ({515000 + number} 5443000)"}
        for number, moment in enumerate(MOMENTS)])
    return f"{path}|layername=citizen_reports"


def _local(*fields) -> QDateTime:
    return QDateTime(QDate(*fields[:3]), QTime(*fields[3:]))


def _selected(store: str, start, end) -> int:
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("heilbronn:hotspots")
    parameters = {"INPUT": store, "TIME_FIELD": "requested_datetime", "TIME_START": start,
                  "TIME_END": end}
    context = QgsProcessingContext()
    source = algorithm.parameterAsSource(parameters, "INPUT", context)
    request, _ = filter_request(algorithm, parameters, source, context)
    return sum(1 for _ in source.getFeatures(request))


def _expected(start: datetime, end: datetime) -> int:
    return sum(1 for moment in MOMENTS if start <= moment < end)


def test_the_store_holds_utc(store):
    assert QgsVectorLayer(store).featureCount() == len(MOMENTS)


@pytest.mark.parametrize(("start", "end", "utc_start", "utc_end"), [
    # 11–12 h on a winter Tuesday typed in a dialog: 10–11 UTC.
    (_local(2025, 11, 18, 11, 0), _local(2025, 11, 18, 12, 0),
     datetime(2025, 11, 18, 10, tzinfo=UTC), datetime(2025, 11, 18, 11, tzinfo=UTC)),
    ("2025-11-18T11:00:00", "2025-11-18 12:00",
     datetime(2025, 11, 18, 10, tzinfo=UTC), datetime(2025, 11, 18, 11, tzinfo=UTC)),
    # The same hour given exactly, as a qgis_process script does.
    ("2025-11-18T10:00:00Z", "2025-11-18T12:00:00+01:00",
     datetime(2025, 11, 18, 10, tzinfo=UTC), datetime(2025, 11, 18, 11, tzinfo=UTC)),
    (QDateTime(QDate(2025, 11, 18), QTime(10, 0), Qt.TimeSpec.UTC),
     QDateTime(QDate(2025, 11, 18), QTime(11, 0), Qt.TimeSpec.UTC),
     datetime(2025, 11, 18, 10, tzinfo=UTC), datetime(2025, 11, 18, 11, tzinfo=UTC)),
    # Spring: 01:00–04:00 on the clock is two hours (02:00–03:00 does not exist).
    (_local(2025, 3, 30, 1, 0), _local(2025, 3, 30, 4, 0),
     datetime(2025, 3, 30, 0, tzinfo=UTC), datetime(2025, 3, 30, 2, tzinfo=UTC)),
    # Autumn: 01:00–04:00 on the clock is four hours; 02:00 is the first (summer) pass.
    (_local(2025, 10, 26, 1, 0), _local(2025, 10, 26, 4, 0),
     datetime(2025, 10, 25, 23, tzinfo=UTC), datetime(2025, 10, 26, 3, tzinfo=UTC)),
    (_local(2025, 10, 26, 2, 0), _local(2025, 10, 26, 3, 0),
     datetime(2025, 10, 26, 0, tzinfo=UTC), datetime(2025, 10, 26, 2, tzinfo=UTC)),
    # The second pass of the repeated hour needs its offset.
    ("2025-10-26T02:00:00+01:00", "2025-10-26T03:00:00+01:00",
     datetime(2025, 10, 26, 1, tzinfo=UTC), datetime(2025, 10, 26, 2, tzinfo=UTC)),
])
def test_the_time_window_is_heilbronn_time(provider, store, machine_tz, start, end, utc_start,
                                           utc_end):
    assert _selected(store, start, end) == _expected(utc_start, utc_end) > 0


def test_text_that_is_no_time_gets_a_sentence(provider, store, machine_tz):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="2025-11-18 11:00"):
        _selected(store, "18.11. um elf", None)


def test_a_python_datetime_works_too(provider, machine_tz):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("heilbronn:hotspots")
    context = QgsProcessingContext()
    naive = {"TIME_START": datetime(2025, 7, 1, 8)}
    aware = {"TIME_START": datetime(2025, 7, 1, 6, tzinfo=UTC)}
    assert parameter_instant(algorithm, naive, "TIME_START", context) == \
        parameter_instant(algorithm, aware, "TIME_START", context) == \
        datetime(2025, 7, 1, 6, tzinfo=UTC)


def test_the_window_through_processing_run(provider, store, machine_tz, tmp_path):
    """The whole algorithm, as a dialog runs it: a raster of the selected reports."""
    import processing
    from osgeo import gdal

    feedback = QgsProcessingFeedback()
    result = processing.run("heilbronn:kerneldensity", {
        "INPUT": store, "TIME_FIELD": "requested_datetime",
        "TIME_START": _local(2025, 10, 26, 2, 0), "TIME_END": _local(2025, 10, 26, 3, 0),
        "RADIUS": 50.0, "PIXEL_SIZE": 5.0, "OUTPUT_VALUE": 1,
        "OUTPUT": str(tmp_path / f"window_{machine_tz.replace('/', '_')}.tif")},
        feedback=feedback)
    raster = gdal.Open(result["OUTPUT"])
    values = raster.GetRasterBand(1).ReadAsArray()
    expected = _expected(datetime(2025, 10, 26, 0, tzinfo=UTC),
                         datetime(2025, 10, 26, 2, tzinfo=UTC))
    assert values.sum() * 25 == pytest.approx(expected, rel=0.02)


def test_qgis_process_with_z_and_offsets_under_berlin(provider, store, run_algorithm_cli,
                                                       isolated_home, tmp_path):
    """Scripts that pass exact instants get exactly those, in a Berlin-time process."""
    isolated_home["TZ"] = "Europe/Berlin"
    output = tmp_path / "cli.tif"
    completed = run_algorithm_cli(
        "heilbronn:kerneldensity", INPUT=store, TIME_FIELD="requested_datetime",
        TIME_START="2025-03-30T00:00:00Z", TIME_END="2025-03-30T03:00:00+01:00",
        RADIUS=50, PIXEL_SIZE=5, OUTPUT_VALUE=1, OUTPUT=output)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    from osgeo import gdal

    raster = gdal.Open(str(output))  # kept: the band dies with its dataset
    values = raster.GetRasterBand(1).ReadAsArray()
    expected = _expected(datetime(2025, 3, 30, 0, tzinfo=UTC),
                         datetime(2025, 3, 30, 2, tzinfo=UTC))
    assert values.sum() * 25 == pytest.approx(expected, rel=0.02)
