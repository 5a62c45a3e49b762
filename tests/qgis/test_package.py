"""`make package` gives a zip that QGIS installs and loads: checked by unzipping it into a
throwaway plugin folder and loading it from there with qgis_process."""

from __future__ import annotations

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

import pytest
from plugin_dev import PLUGIN_NAME, REPO

MAX_BYTES = 25 * 1024 * 1024
PROFILE_OVERRIDES = ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")
REQUIRED = [
    "__init__.py",
    "metadata.txt",
    "LICENSE",
    "README.md",
    "CHANGELOG.md",
    "icon.svg",
    "heilbronn_digital_plugin/plugin.py",
    "heilbronn_digital_plugin/i18n/heilbronn_digital_de.qm",
    "processing_algs/provider.py",
    "sample_data/heilbronn_demo.gpkg",
    "sample_data/heilbronn_demo.qgz",
]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "package.py"), "--output", str(output)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (archive,) = output.glob("*.zip")
    return archive


@pytest.fixture(scope="module")
def members(package: Path) -> list[PurePosixPath]:
    with zipfile.ZipFile(package) as zipped:
        return [PurePosixPath(name) for name in zipped.namelist()]


def tracked_files() -> set[str]:
    listing = subprocess.run(
        ["git", "-c", "safe.directory=*", "ls-files"],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return set(listing.splitlines())


def test_zip_is_named_after_the_metadata_version(package: Path) -> None:
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(REPO / "metadata.txt", encoding="utf-8")
    assert package.name == f"{PLUGIN_NAME}-{metadata['general']['version']}.zip"
    assert package.stat().st_size < MAX_BYTES


def test_zip_has_one_plugin_folder_with_what_qgis_needs(members: list[PurePosixPath]) -> None:
    assert {member.parts[0] for member in members} == {PLUGIN_NAME}
    inside = {str(member.relative_to(PLUGIN_NAME)) for member in members}
    assert [name for name in REQUIRED if name not in inside] == []


def test_zip_holds_only_committed_plugin_files(members: list[PurePosixPath]) -> None:
    inside = [member.relative_to(PLUGIN_NAME) for member in members]
    unwanted = [
        str(path)
        for path in inside
        if {"__pycache__", "tests", ".venv", "build", "dist", "scripts"} & set(path.parts)
        or path.suffix in (".pyc", ".pyo")
        or any(part.startswith(".") for part in path.parts)
    ]
    assert unwanted == []
    untracked = {str(path) for path in inside if path.suffix != ".qm"} - tracked_files()
    assert untracked == set()


def test_packaged_plugin_loads_in_qgis_process(
    package: Path, tmp_path: Path, isolated_home: dict, qgis_process: str
) -> None:
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(package) as zipped:
        zipped.extractall(plugins)
    # pytest-qgis points QGIS_CUSTOM_CONFIG_PATH at the repository's .qgis-settings; a child
    # that inherits it would share (and keep) that profile instead of the throwaway HOME.
    env = {k: v for k, v in isolated_home.items() if k not in PROFILE_OVERRIDES}
    env["QGIS_PLUGINPATH"] = str(plugins)

    def run(*args: str) -> str:
        done = subprocess.run(
            [qgis_process, *args], env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Traceback" not in done.stderr, done.stderr
        return done.stdout

    # HOME is empty and QGIS_PLUGINPATH names only the unzipped folder: the zip is what loads.
    run("plugins", "enable", PLUGIN_NAME)
    assert "heilbronn:kerneldensity" in run("list")
