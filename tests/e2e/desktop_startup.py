"""PYQGIS_STARTUP for the desktop test: QGIS runs this before it loads any plugin."""

import faulthandler
import os
import sys

# A crash of QGIS (signal 11) names the Python code it happened under in qgis-stderr.txt.
faulthandler.enable()

# QGIS exec()s this file without __file__; the variable that named it says where it is.
sys.path.insert(0, os.path.dirname(os.environ["PYQGIS_STARTUP"]))

import desktop_recorder  # noqa: E402 - needs the path above

desktop_recorder.install()
