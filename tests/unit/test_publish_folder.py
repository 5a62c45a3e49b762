"""The publication folder when a publication stops halfway: still recognised as ours."""

from __future__ import annotations

from pathlib import Path

import pytest
from disk_faults import replace_until_full

from heilbronn_digital.heilbronn_digital_plugin.publish import folder as pubfolder


def _stage(folder: Path, files: dict[str, str]) -> Path:
    staging = pubfolder.staging_area(folder)
    for relative, text in files.items():
        (staging / relative).parent.mkdir(parents=True, exist_ok=True)
        (staging / relative).write_text(text, encoding="utf-8")
    return staging


def test_a_publication_stopped_halfway_is_replaced_by_the_next_not_refused(tmp_path,
                                                                           monkeypatch):
    folder = tmp_path / "publication"
    assert pubfolder.prepare(folder) is None
    first = pubfolder.Manifest("http://127.0.0.1:8000", "2025-01-01T10:00:00+01:00",
                               "2025-01-01T10:00:00+01:00", ["reports/reports.csv"])
    pubfolder.commit(folder, _stage(folder, {"reports/reports.csv": "1"}), first, None)
    # The second adds parking; the disk fills after parking's file was moved in.
    second = pubfolder.Manifest(first.base_url, first.issued, "2025-02-01T10:00:00+01:00",
                                ["parking/parking.csv", "reports/reports.csv"])
    staging = _stage(folder, {"parking/parking.csv": "2", "reports/reports.csv": "3"})
    monkeypatch.setattr(pubfolder.os, "replace", replace_until_full("reports.csv"))
    with pytest.raises(OSError):
        pubfolder.commit(folder, staging, second, first)
    monkeypatch.undo()
    assert (folder / "parking" / "parking.csv").is_file()
    # parking.csv is the publication's, not a foreign file: the next run goes ahead.
    manifest = pubfolder.prepare(folder)
    assert manifest is not None and "parking/parking.csv" in manifest.files
    pubfolder.commit(folder, _stage(folder, {"reports/reports.csv": "4"}),
                     pubfolder.Manifest(first.base_url, first.issued, "2025-03-01T10:00:00+01:00",
                                        ["reports/reports.csv"]), manifest)
    assert not (folder / "parking").exists()
    assert (folder / "reports" / "reports.csv").read_text(encoding="utf-8") == "4"
    assert pubfolder.read_manifest(folder).files == ["reports/reports.csv"]
