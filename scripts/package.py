"""Build the zip that QGIS installs: dist/heilbronn_digital-<version>.zip.

    package.py [--output DIR]

The zip holds one folder, ``heilbronn_digital/``, the name QGIS imports the plugin under. Only
files tracked by git go in (so nothing half-finished or generated leaks into a release), plus
the compiled translations, which are built here from the committed .ts files.
"""

from __future__ import annotations

import argparse
import configparser
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

from plugin_dev import PLUGIN_NAME, REPO

MAX_BYTES = 25 * 1024 * 1024  # the plugins.qgis.org upload limit
REQUIRED = ("__init__.py", "metadata.txt", "LICENSE", "README.md", "CHANGELOG.md", "icon.svg")
CODE_DIRS = ("heilbronn_digital_plugin", "processing_algs", "styles")
# The user guide that Help shows (offline): text and screenshots.
GUIDE_DIR = PurePosixPath("docs/user-guide")
# The demo data and its README; the script that builds them is tooling, not plugin.
SAMPLE_DATA = ("sample_data/*.gpkg", "sample_data/*.qgz", "sample_data/README*")
EXCLUDED_SUFFIXES = (".pyc", ".pyo")


def plugin_version(repo: Path = REPO) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(repo / "metadata.txt", encoding="utf-8")
    return parser.get("general", "version")


def tracked_files(repo: Path = REPO) -> list[PurePosixPath]:
    # safe.directory: as root in a checkout that another user owns (CI, a container, sudo) git
    # refuses with "dubious ownership"; listing the files of the checkout we run from is safe.
    command = ["git", "-c", "safe.directory=*", "ls-files", "-z"]
    try:
        listing = subprocess.run(
            command, cwd=repo, check=True, capture_output=True, text=True
        ).stdout
    except FileNotFoundError:
        sys.exit(
            "Cannot package: git is not installed, and only files committed to git go into "
            "the zip. Install git (`make package` does) and run it again."
        )
    except subprocess.CalledProcessError as error:
        sys.exit(
            f"Cannot package: git cannot list the committed files of {repo}: {error.stderr.strip()}"
        )
    return [PurePosixPath(name) for name in listing.split("\0") if name]


def _wanted(path: PurePosixPath) -> bool:
    if "__pycache__" in path.parts or "tests" in path.parts or path.suffix in EXCLUDED_SUFFIXES:
        return False
    if any(part.startswith(".") for part in path.parts):
        return False
    if str(path) in REQUIRED or path.parts[0] in CODE_DIRS or GUIDE_DIR in path.parents:
        return True
    return any(path.match(pattern) for pattern in SAMPLE_DATA)


def compiled_translations(repo: Path = REPO) -> list[PurePosixPath]:
    """Build the .qm files from the committed .ts files and return their paths."""
    subprocess.run(
        [sys.executable, str(repo / "scripts" / "build_translations.py"), "--compile"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    i18n = repo / "heilbronn_digital_plugin" / "i18n"
    return [PurePosixPath(p.relative_to(repo).as_posix()) for p in sorted(i18n.glob("*.qm"))]


def package_files(repo: Path = REPO) -> list[PurePosixPath]:
    """Every file of the zip, relative to the repository (and to the plugin folder)."""
    files = [p for p in tracked_files(repo) if _wanted(p) and (repo / p).is_file()]
    missing = [name for name in REQUIRED if PurePosixPath(name) not in files]
    if missing:
        sys.exit(f"Cannot package: not committed to git: {', '.join(missing)}")
    return sorted(set(files) | set(compiled_translations(repo)))


def build(output_dir: Path, repo: Path = REPO) -> Path:
    """Write the zip into ``output_dir`` and return its path."""
    output_dir.mkdir(parents=True, exist_ok=True)
    archive = output_dir / f"{PLUGIN_NAME}-{plugin_version(repo)}.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        for path in package_files(repo):
            zipped.write(repo / path, f"{PLUGIN_NAME}/{path}")
    size = archive.stat().st_size
    if size > MAX_BYTES:
        archive.unlink()
        sys.exit(f"Cannot package: the zip would be {size / 2**20:.1f} MB, over the 25 MB limit.")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "dist", help="default: dist/")
    args = parser.parse_args(argv)
    archive = build(args.output)
    print(f"{archive} ({archive.stat().st_size / 2**20:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
