"""The plugin's own Turtle and JSON-LD writers give the same graph rdflib reads."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.compare import isomorphic

from heilbronn_digital.heilbronn_digital_plugin.publish.rdf import IRI, XSD, Literal
from heilbronn_digital.heilbronn_digital_plugin.publish.rdf import Graph as Model


def test_turtle_and_json_ld_are_one_graph_with_awkward_literals_and_iris():
    model = Model({"dct": "http://purl.org/dc/terms/", "ex": "http://example.org/"})
    thing = IRI("http://example.org/a b/ümlaut#x")
    blank = model.bnode()
    model.add(thing, "a", "ex:Thing")
    model.add(thing, "dct:title", Literal('Zeile 1\nZeile "2" \\ Ende', "de"))
    model.add(thing, "dct:title", Literal("Title", "en"))
    model.add(thing, "dct:issued", Literal("2025-03-02", datatype=XSD + "date"))
    model.add(thing, "dct:temporal", blank)
    model.add(blank, "ex:count", Literal("3", datatype=XSD + "integer"))
    model.add(thing, "ex:x.y", IRI("http://example.org/x.y"))
    turtle = Graph().parse(data=model.turtle(), format="turtle")
    jsonld = Graph().parse(data=model.jsonld_text(), format="json-ld")
    assert len(turtle) == 7
    assert isomorphic(turtle, jsonld)
    subject = URIRef("http://example.org/a%20b/ümlaut#x")
    assert RdfLiteral('Zeile 1\nZeile "2" \\ Ende', lang="de") in set(
        turtle.objects(subject, URIRef("http://purl.org/dc/terms/title")))
