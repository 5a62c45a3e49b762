"""Refresh the user guide's screenshots from the real desktop tour.

    .venv/bin/python scripts/guide_screenshots.py [--no-tour]

runs tests/e2e/test_tour_desktop.py (QGIS under Xvfb, in German and in English), which grabs
``guide-*.png`` into build/e2e/tour-<lang>/ and checks what they show, then copies them to
docs/user-guide/images/<lang>/ (without the ``guide-`` prefix), at most ``MAX_WIDTH`` pixels
wide. ``--no-tour`` copies the screenshots of the last tour. Look at them before committing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from plugin_dev import REPO
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage

LANGUAGES = ("de", "en")
# Wide enough to read QGIS's menus, small enough for the plugin's zip.
MAX_WIDTH = 1000


def copy_screenshots(language: str) -> list[str]:
    """Copy the tour's guide screenshots of ``language`` into the guide; return their names."""
    source = REPO / "build" / "e2e" / f"tour-{language}"
    target = REPO / "docs" / "user-guide" / "images" / language
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for shot in sorted(source.glob("guide-*.png")):
        image = QImage(str(shot))
        if image.isNull():
            sys.exit(f"{shot} is not an image: run the tour again")
        if image.width() > MAX_WIDTH:
            image = image.scaledToWidth(MAX_WIDTH,
                                        Qt.TransformationMode.SmoothTransformation)
        name = shot.name.removeprefix("guide-")
        image.save(str(target / name), "PNG")
        copied.append(name)
    return copied


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-tour", action="store_true",
                        help="copy the screenshots of the last tour without running it")
    arguments = parser.parse_args(argv)
    if not arguments.no_tour:
        # The tour fails when a screenshot shows the wrong thing: nothing is copied then.
        subprocess.run([sys.executable, "-m", "pytest", "-q",
                        "tests/e2e/test_tour_desktop.py"], cwd=REPO, check=True)
    for language in LANGUAGES:
        print(language, ", ".join(copy_screenshots(language)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
