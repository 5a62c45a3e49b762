"""The publication folder: what belongs to it, and replacing it without losing the old one
halfway.

A folder is a publication of this plugin when it holds ``publication.json`` (the manifest):
it lists every file the publication wrote, and for each dataset when it was first issued,
when it last changed and a fingerprint of its content. Publishing again replaces exactly
those files; a folder with any other file is refused, so a wrong choice of folder never
deletes or mixes with someone's documents.

New files are written to ``.publishing/`` inside the folder first and moved into place
only when all of them are written; the manifest is written last.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from ..toolbelt.i18n import tr

MANIFEST = "publication.json"
STAGING = ".publishing"
GENERATOR = "Heilbronn Digital (QGIS plugin)"
# The QGIS project QGIS Server serves the folder from (written beside the data); it belongs
# to the publication.
SERVER_PROJECT = "opendata.qgs"
# What QGIS 3.40 and newer write beside a .qgs project (its attached files: the project's
# style database), also the publication's.
SERVER_PROJECT_ATTACHMENTS = "opendata_attachments.zip"
# The tables as the API serves them (instants as ISO 8601 text in UTC with "Z"), beside the
# server project; the publication's own.
SERVER_DATA = "opendata_api.gpkg"
# A publication folder for the server API to serve when the request's project names none.
FOLDER_VARIABLE = "HEILBRONN_OPENDATA_FOLDER"
_SHOWN = 5
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


class FolderError(Exception):
    """The folder cannot take the publication; the message says why and what to do."""


@dataclass
class DatasetState:
    issued: str
    modified: str
    fingerprint: str


@dataclass
class Manifest:
    base_url: str = ""
    issued: str = ""
    modified: str = ""
    files: list[str] = field(default_factory=list)
    datasets: dict[str, DatasetState] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"generator": GENERATOR, "format": 1, "base_url": self.base_url,
                "issued": self.issued, "modified": self.modified,
                "datasets": {name: vars(state) for name, state in self.datasets.items()},
                "files": sorted(self.files)}


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest of a publication folder, ``None`` when the folder is not one."""
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("generator") != GENERATOR:
        return None
    try:
        datasets = {name: DatasetState(**state) for name, state in data["datasets"].items()}
        return Manifest(data.get("base_url", ""), data["issued"], data["modified"],
                        list(data["files"]), datasets)
    except (KeyError, TypeError, AttributeError):
        return None


def prepare(folder: Path) -> Manifest | None:
    """Check that ``folder`` may take a publication (creating it when missing) and return
    its manifest, if it is a publication already."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FolderError(tr("The folder {folder} cannot be created ({error}). Choose a folder "
                             "you may write to.").format(folder=folder,
                                                         error=error.strerror)) from error
    if not folder.is_dir():
        raise FolderError(tr("{folder} is a file, not a folder. Choose a folder for the "
                             "publication.").format(folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FolderError(tr("The folder {folder} is not writable. Choose a folder you may "
                             "write to, or ask for write access.").format(folder=folder))
    manifest = read_manifest(folder)
    own = set(manifest.files) if manifest else set()
    own |= {MANIFEST, SERVER_PROJECT, SERVER_PROJECT_ATTACHMENTS, SERVER_DATA}
    # SQLite's companions of a GeoPackage that a server or QGIS has open.
    own |= {f"{name}{suffix}" for name in own for suffix in _SQLITE_COMPANIONS}
    foreign = sorted(relative for relative in (path.relative_to(folder).as_posix()
                                               for path in _files(folder))
                     if relative not in own)
    if foreign:
        shown = ", ".join(foreign[:_SHOWN]) + (tr(" and {count} more").format(
            count=len(foreign) - _SHOWN) if len(foreign) > _SHOWN else "")
        if manifest is None:
            raise FolderError(tr(
                "The folder {folder} already holds files that are not an open-data "
                "publication of this plugin ({files}). Nothing was written. Choose an empty "
                "folder, or the folder of an earlier publication.").format(
                    folder=folder, files=shown))
        raise FolderError(tr(
            "The publication folder {folder} holds files the publication did not write "
            "({files}). Nothing was written. Move them elsewhere and publish again.").format(
                folder=folder, files=shown))
    return manifest


def staging_area(folder: Path) -> Path:
    """An empty ``.publishing`` folder inside ``folder`` (a crashed run's is removed)."""
    staging = folder / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    return staging


def commit(folder: Path, staging: Path, manifest: Manifest, old: Manifest | None) -> None:
    """Move the staged files into place, remove the old publication's files that the new one
    does not have, and write the manifest."""
    # First a manifest that lists the old and the new files: should the moves stop halfway
    # (a full disk), every file in the folder is still the publication's, and the next run
    # replaces them instead of refusing them as foreign.
    _write_manifest(folder, replace(manifest, files=sorted(set(manifest.files)
                                                            | set(old.files if old else ()))))
    for relative in manifest.files:
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / relative, target)
    for relative in set(old.files if old else ()) - set(manifest.files):
        (folder / relative).unlink(missing_ok=True)
        _remove_empty_parents(folder, (folder / relative).parent)
    shutil.rmtree(staging, ignore_errors=True)
    _write_manifest(folder, manifest)


def _write_manifest(folder: Path, manifest: Manifest) -> None:
    text = json.dumps(manifest.as_json(), ensure_ascii=False, indent=1) + "\n"
    temporary = folder / f"{MANIFEST}.tmp"
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, folder / MANIFEST)


def now_text(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _files(folder: Path) -> list[Path]:
    found = []
    for root, directories, names in os.walk(folder):
        directories[:] = [d for d in directories
                          if not (Path(root) == folder and d == STAGING)]
        found += [Path(root) / name for name in names
                  if not (Path(root) == folder and name == f"{MANIFEST}.tmp")]
    return found


def _remove_empty_parents(folder: Path, directory: Path) -> None:
    while directory != folder and directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()
        directory = directory.parent
