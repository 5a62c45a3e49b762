"""QGIS 4 / Qt 6 readiness: the AST scan of every .py file (tests/qt6_scan.py), that the scan
catches each kind of break, the plugin metadata, and the compat shim on the running QGIS."""

from __future__ import annotations

import configparser
import textwrap
from pathlib import Path

import pytest
from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
)
from qt6_scan import REPO, python_files, scan_paths, scan_source

from heilbronn_digital.heilbronn_digital_plugin.toolbelt import qgis_compat
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import (
    FieldType,
    ProcessingNumberParameterType,
    ProcessingParameterFlag,
    ProcessingSourceType,
)


def test_every_python_file_is_qt6_ready(qgis_app):
    files = list(python_files())
    assert len(files) > 50 and REPO / "processing_algs" / "hotspots.py" in files
    findings = scan_paths(files)
    assert not findings, "Not ready for QGIS 4 / Qt 6:\n" + "\n".join(map(str, findings))


BAD = textwrap.dedent("""\
    from PyQt5.QtCore import QTimer
    import sip
    from qgis.core import QgsFeatureRequest, QgsFeatureSink, QgsProcessing, QgsWkbTypes, Qgis
    from qgis.PyQt.QtCore import QDateTime, Qt, QVariant
    from qgis.PyQt.QtWidgets import QDialog, QMessageBox

    label.setAlignment(Qt.AlignCenter)
    field = QgsField("n", QVariant.Int)
    sink.addFeature(feature, QgsFeatureSink.FastInsert)
    kinds = [QgsProcessing.TypeVectorPoint]
    answer = QMessageBox.Yes
    dialog.exec_()
    level = Qgis.Info
    geometry = QgsWkbTypes.Type.Polygon
    unknown = Qgis.NoSuchEnumInAnyQgis.Member
    start = QDateTime(2025, 1, 1, 0, 0, 0, 0, Qt.TimeSpec.UTC)
    kind = QgsFeatureRequest.FilterType.FilterExpression
""")


def test_the_scan_names_each_break_with_line_and_fix(qgis_app, tmp_path: Path):
    path = tmp_path / "bad.py"
    findings = [str(finding) for finding in scan_source(BAD, path)]
    text = "\n".join(findings)
    expected = {
        1: "import from qgis.PyQt.QtCore",
        2: "import sip: import from qgis.PyQt",
        7: "Qt.AlignCenter: unscoped enum (PyQt6 needs the enum's name): "
           "write Qt.AlignmentFlag.AlignCenter",
        8: "QVariant.Int: moved between QGIS 3.22 and 4 (or gone in PyQt6): use FieldType.Int",
        9: "write QgsFeatureSink.Flag.FastInsert",
        10: "use ProcessingSourceType.VectorPoint from heilbronn_digital_plugin.toolbelt."
            "qgis_compat",
        11: "write QMessageBox.StandardButton.Yes",
        12: "exec_() is gone in PyQt6: call exec()",
        13: "write Qgis.MessageLevel.Info",
        14: "use WkbType.Polygon",
        15: "Qgis has no NoSuchEnumInAnyQgis in this QGIS",
        16: "write QDateTime(QDate(year, month, day), QTime(hour, minute, …), spec)",
        17: "use FeatureRequestFilterType.Expression",
    }
    for line, message in expected.items():
        assert any(f"{path}:{line}: " in finding and message in finding
                   for finding in findings), f"line {line}: {message!r} not in\n{text}"
    assert len(findings) == len(expected), text


GOOD = textwrap.dedent("""\
    from qgis.core import QgsFeatureSink, QgsField, QgsWkbTypes, Qgis
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime
    from qgis.PyQt.QtWidgets import QMessageBox

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType

    label.setAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
    field = QgsField("n", FieldType.Int)
    sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    answer = QMessageBox.StandardButton.Yes
    dialog.exec()
    level = Qgis.MessageLevel.Info
    multi = QgsWkbTypes.isMultiType(geometry.wkbType())
    role = Qt.ItemDataRole.UserRole + 1
    loader.exec_module(module)
    start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt.TimeSpec.UTC)
""")


def test_the_scan_passes_what_qgis_4_accepts(qgis_app, tmp_path: Path):
    assert scan_source(GOOD, tmp_path / "good.py") == []


def test_metadata_declares_qgis_4_and_qt6():
    metadata = configparser.ConfigParser()
    metadata.read(REPO / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["supportsQt6"] == "True"


def test_compat_field_types_make_fields_of_that_type(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:25832", "fields", "memory")
    fields = [QgsField(name, getattr(FieldType, name)) for name in
              ("Int", "LongLong", "Double", "String", "Bool", "Date", "DateTime")]
    assert layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    for field in fields:
        stored = layer.fields().field(field.name())
        assert stored.type() == getattr(FieldType, field.name()), field.name()
    assert QgsField("x", FieldType.Double).isNumeric()
    assert QgsField("t", FieldType.DateTime).isDateOrTime()
    assert not QgsField("s", FieldType.String).isNumeric()
    assert isinstance(layer.fields(), QgsFields)


def test_compat_processing_enums_are_accepted(qgis_app):
    points = QgsProcessingParameterFeatureSource(
        "INPUT", "points", [ProcessingSourceType.VectorPoint])
    assert points.dataTypes() == [ProcessingSourceType.VectorPoint]
    number = QgsProcessingParameterNumber(
        "N", "n", ProcessingNumberParameterType.Double, 1.5)
    number.setFlags(number.flags() | ProcessingParameterFlag.Advanced)
    assert number.dataType() == ProcessingNumberParameterType.Double
    assert number.flags() & ProcessingParameterFlag.Advanced


@pytest.mark.parametrize("namespace", [
    name for name, value in vars(qgis_compat).items()
    if isinstance(value, type) and value.__module__ == qgis_compat.__name__])
def test_every_compat_member_is_an_enum_of_this_qgis(qgis_app, namespace):
    from qt6_scan import is_enum_member

    members = {name: value for name, value in vars(getattr(qgis_compat, namespace)).items()
               if not name.startswith("_")}
    assert members
    for name, value in members.items():
        assert is_enum_member(value), f"{namespace}.{name} = {value!r}"


def test_newer_qgis_gets_the_new_homes(qgis_app):
    """From QGIS 3.38 on every moved enum is in Qgis (those moved later from their ``_SINCE``)
    and fields speak QMetaType: a new name misspelt in qgis_compat would fall back to the old
    spelling, which QGIS 4 drops."""
    if qgis_compat.QGIS_VERSION_INT < 33800:
        pytest.skip(f"QGIS {qgis_compat.QGIS_VERSION_INT} keeps the old homes")
    for namespace, holder in vars(qgis_compat).items():
        if not (isinstance(holder, type) and holder.__module__ == qgis_compat.__name__):
            continue
        if getattr(holder, "_SINCE", 33800) > qgis_compat.QGIS_VERSION_INT:
            continue
        for name, value in vars(holder).items():
            if name.startswith("_"):
                continue
            if namespace == "FieldType":
                assert type(value).__qualname__ == "QMetaType.Type", f"FieldType.{name}"
            else:
                assert type(value).__qualname__.startswith("Qgis."), f"{namespace}.{name}"
