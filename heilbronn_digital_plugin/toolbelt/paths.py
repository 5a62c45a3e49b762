"""Where the plugin's own files are, wherever QGIS installed it."""

from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parents[2]
STYLES_DIR = PLUGIN_ROOT / "styles"
SAMPLE_DATA_DIR = PLUGIN_ROOT / "sample_data"
SAMPLE_GPKG = SAMPLE_DATA_DIR / "heilbronn_demo.gpkg"
DEMO_PROJECT = SAMPLE_DATA_DIR / "heilbronn_demo.qgz"
I18N_DIR = PLUGIN_ROOT / "heilbronn_digital_plugin" / "i18n"
ICON = PLUGIN_ROOT / "icon.svg"


def style_path(kind: str) -> Path:
    """The QML style for a layer kind, e.g. ``style_path("citizen_reports")``."""
    return STYLES_DIR / f"{kind}.qml"
