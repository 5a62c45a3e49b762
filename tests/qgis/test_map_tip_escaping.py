"""Every shipped style, loaded by QGIS, shows a field holding HTML as text, never as HTML.

A name such as ``<img src=x onerror=alert(1)>`` comes from feeds and files nobody controls;
QGIS renders a map tip as HTML, so each field a tip shows must be escaped. Labels render as
HTML only with ``allowHtml`` on, which no shipped style may set.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsVectorLayer,
)

from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import STYLES_DIR

STYLES = sorted(Path(STYLES_DIR).glob("*.qml"))
HOSTILE = "<img src=x onerror=alert(1)>&<b>"
GEOMETRY = {"0": "Point", "1": "LineString", "2": "Polygon"}


def _tip(style: Path) -> str:
    node = ET.parse(style).getroot().find("mapTip")
    return (node.text or "").strip() if node is not None else ""


def _fields(template: str) -> list[str]:
    """The attribute names a template refers to, in double quotes inside ``[% … %]``."""
    names: list[str] = []
    for block in re.findall(r"\[%(.*?)%\]", template, flags=re.S):
        names.extend(n for n in re.findall(r'"([^"]+)"', block) if n not in names)
    return names


def test_every_style_is_checked():
    with_tips = [style.stem for style in STYLES if _tip(style)]
    assert {"parking_sites", "citizen_reports", "indoor_connectors", "indoor_spaces",
            "indoor_openings"} <= set(with_tips)


@pytest.mark.parametrize("style", [s for s in STYLES if _tip(s)], ids=lambda s: s.stem)
def test_a_map_tip_shows_html_in_every_field_as_text(qgis_app, style):
    kind = ET.parse(style).getroot().findtext("layerGeometryType") or "0"
    names = _fields(_tip(style))
    assert names, f"{style.name}: a map tip without fields"
    fields = "&".join(f"field={name}:string" for name in names)
    layer = QgsVectorLayer(f"{GEOMETRY.get(kind, 'None')}?{fields}", style.stem, "memory")
    assert layer.isValid()
    message, loaded = layer.loadNamedStyle(str(style))
    assert loaded, message
    template = layer.mapTipTemplate()
    assert template == _tip(style)
    for name in names:
        feature = QgsFeature(layer.fields())
        feature[name] = HOSTILE
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(
            layer))
        context.setFeature(feature)
        tip = QgsExpression.replaceExpressionText(template, context)
        assert "<img" not in tip and "onerror=alert(1)><" not in tip, (name, tip)
        # Shown, escaped, where the field is shown as text at all (numbers and dates are
        # formatted, and text in them is no number).
        assert "&lt;img src=x onerror=alert(1)&gt;&amp;&lt;b&gt;" in tip or \
            "onerror" not in tip, (name, tip)


@pytest.mark.parametrize("style", STYLES, ids=lambda s: s.stem)
def test_no_label_is_drawn_as_html(style):
    root = ET.parse(style).getroot()
    html = [node.get("fieldName") for node in root.iter("text-style")
            if node.get("allowHtml") not in (None, "0")]
    assert not html, f"{style.name}: labels drawn as HTML: {html}"
