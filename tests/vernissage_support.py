"""What the Vernissage tests and benchmark share: a copy of the demo project to change, the
panel's what-if as heilbronn:parkingsearchtraffic's parameters, and the film as ffprobe reads
it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path


def open_demo_copy(folder: Path):
    """The shipped demo project and its GeoPackage copied into ``folder`` and opened: a test
    may store what-ifs beside it and change it without touching what the plugin ships."""
    from qgis.core import QgsProject

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import (
        DEMO_PROJECT,
        SAMPLE_GPKG,
    )

    for shipped in (DEMO_PROJECT, SAMPLE_GPKG):
        shutil.copy(shipped, folder / shipped.name)
    project = QgsProject()
    assert project.read(str(folder / DEMO_PROJECT.name)), project.error()
    return project


def what_if_parameters(site_id: str, change: int, guidance_percent: float) -> dict:
    """heilbronn:parkingsearchtraffic's scenario of a what-if of the panel: ``change`` spaces
    at ``site_id`` (a table of one row), ``guidance_percent`` of the drivers guided; both
    outputs temporary. The panel's other parameters (layers, time window) come on top."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType

    table = QgsVectorLayer("None", "scenario", "memory")
    table.dataProvider().addAttributes([QgsField("site_id", FieldType.String),
                                        QgsField("capacity_change", FieldType.Int)])
    table.updateFields()
    row = QgsFeature(table.fields())
    row.setAttributes([site_id, change])
    table.dataProvider().addFeatures([row])
    return {"SCENARIO": table, "SCENARIO_SITE_FIELD": "site_id",
            "SCENARIO_CHANGE_FIELD": "capacity_change",
            "SCENARIO_GUIDANCE_SHARE": guidance_percent,
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}


def ffprobe(path: Path) -> dict:
    """Frames counted by decoding, size, codec and duration, as ffprobe reads the file."""
    done = subprocess.run(["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                           "-show_entries", "stream=nb_read_frames,width,height,codec_name",
                           "-show_entries", "format=duration", "-of", "json", str(path)],
                          capture_output=True, text=True, check=True)
    data = json.loads(done.stdout)
    stream = data["streams"][0]
    return {"frames": int(stream["nb_read_frames"]), "size": (stream["width"], stream["height"]),
            "codec": stream["codec_name"], "duration": float(data["format"]["duration"])}


# A colour channel moved by more than this between two frames: the map changed, not the
# encoder's rounding.
ENCODER_NOISE = 48


def film_frame(film: Path, number: int, png: Path):
    """Frame ``number`` (from 0) of a film, decoded by ffmpeg into ``png`` and read."""
    from qgis.PyQt.QtGui import QImage

    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(film), "-vf",
                    f"select=eq(n\\,{number})", "-frames:v", "1", str(png)], check=True)
    return QImage(str(png))


def map_changed_share(a, b) -> float:
    """The share of pixels (sampled) whose colour changed between two frames of a film, in
    its map's middle band (below the clock, above the caption); the encoder's small noise
    does not count."""
    from qgis.PyQt.QtGui import QColor

    def changed(x: int, y: int) -> bool:
        one, other = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
        return max(abs(one.red() - other.red()), abs(one.green() - other.green()),
                   abs(one.blue() - other.blue())) > ENCODER_NOISE

    height = min(a.height(), b.height())
    samples = [(x, y) for x in range(0, min(a.width(), b.width()), 2)
               for y in range(height // 8, height * 3 // 4, 2)]
    return sum(changed(x, y) for x, y in samples) / len(samples)
