"""Validation of DCAT-AP.de metadata with pySHACL against the official DCAT-AP.de 3.0 shapes,
combined as GovData's validator combines them (see ../shared/reference/dcat-ap-de/README.md),
offline."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "reference" / "dcat-ap-de"
SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES = ("dcat-ap_3_shacl_shapes.ttl", "dcat-ap-SHACL-DE.ttl",
          "dcat-ap-spec-german-additions.ttl", "dcat-ap-de-deprecated.ttl",
          "dcat-ap-de-controlledvocabularies.ttl")
# The owl:imports of dcat-ap-de-imports.ttl that are in the offline copy.
ONTOLOGIES = (("foaf_0_1.rdf", "xml"), ("vcard.ttl", "turtle"), ("org.ttl", "turtle"),
              ("dcat-ap-de-licenses-open.rdf", "xml"), ("dcat-ap-de-contributors.rdf", "xml"))


@dataclass(frozen=True)
class Result:
    severity: str
    message: str
    focus: str
    path: str


@lru_cache(maxsize=1)
def _shapes() -> tuple[Graph, Graph]:
    if not REFERENCE.is_dir():
        pytest.fail(f"The DCAT-AP.de shapes are missing: expected them at {REFERENCE}")
    shapes = Graph()
    for name in SHAPES:
        shapes.parse(REFERENCE / name, format="turtle")
    ontologies = Graph()
    for name, fmt in ONTOLOGIES:
        ontologies.parse(REFERENCE / name, format=fmt)
    return shapes, ontologies


def shacl_results(data: Graph) -> tuple[bool, list[Result]]:
    """Whether ``data`` conforms, and every result (violations and warnings)."""
    shapes, ontologies = _shapes()
    conforms, report, _ = validate(data, shacl_graph=shapes, ont_graph=ontologies,
                                   inference="none", allow_warnings=True)
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        results.append(Result(
            str(report.value(node, SH.resultSeverity)).rsplit("#", 1)[-1],
            str(report.value(node, SH.resultMessage)), str(report.value(node, SH.focusNode)),
            str(report.value(node, SH.resultPath))))
    return conforms, results
