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
