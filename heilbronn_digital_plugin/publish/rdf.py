"""A small RDF graph and its two serialisations, Turtle and JSON-LD, written from the same
triples.

The plugin runs where QGIS runs, and rdflib is in no QGIS installation; the catalogue needs
only IRIs, literals (with language or datatype) and blank nodes, so writing both syntaxes
here is a few dozen lines. The tests read both back with rdflib, check they are the same
graph, and validate it with pySHACL.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Union

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass(frozen=True)
class IRI:
    value: str


@dataclass(frozen=True)
class Literal:
    value: str
    lang: str | None = None
    datatype: str | None = None


@dataclass(frozen=True)
class BNode:
    label: str


Term = Union[IRI, Literal, BNode]
# A prefixed name's local part that Turtle and JSON-LD read the same way.
_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


class Graph:
    """Triples in insertion order, with the prefixes the writers abbreviate IRIs by."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = dict(prefixes)
        self.triples: list[tuple[IRI | BNode, IRI, Term]] = []
        self._blank = 0

    def iri(self, name: str) -> IRI:
        """``prefix:local`` (a known prefix) or a full IRI."""
        prefix, _, local = name.partition(":")
        if prefix in self.prefixes and not local.startswith("//"):
            return IRI(self.prefixes[prefix] + local)
        return IRI(name)

    def bnode(self) -> BNode:
        self._blank += 1
        return BNode(f"b{self._blank}")

    def add(self, subject: IRI | BNode, predicate: str, obj: Term | str) -> None:
        """Add a triple; ``predicate`` is ``prefix:local`` (or ``a``), ``obj`` a term or a
        ``prefix:local`` name of an IRI."""
        predicate_iri = IRI(RDF_TYPE) if predicate == "a" else self.iri(predicate)
        if isinstance(obj, str):
            obj = self.iri(obj)
        self.triples.append((subject, predicate_iri, obj))

    def turtle(self) -> str:
        lines = [f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in
                 self.prefixes.items()]
        lines.append("")
        for subject, statements in self._by_subject().items():
            lines.append(self._ttl(subject))
            predicates = list(statements.items())
            for number, (predicate, objects) in enumerate(predicates):
                verb = "a" if predicate.value == RDF_TYPE else self._ttl(predicate)
                end = " ." if number == len(predicates) - 1 else " ;"
                lines.append(f"    {verb} {', '.join(self._ttl(o) for o in objects)}{end}")
            lines.append("")
        return "\n".join(lines)

    def jsonld(self) -> dict:
        """JSON-LD with the prefixes as its context: keys and types as compact IRIs
        (``dct:title``), node ids and datatypes in full."""
        nodes = []
        for subject, statements in self._by_subject().items():
            node: dict = {"@id": self._id(subject)}
            for predicate, objects in statements.items():
                if predicate.value == RDF_TYPE:
                    node["@type"] = [self._compact(o.value) for o in objects]
                else:
                    node[self._compact(predicate.value)] = [self._jsonld_value(o)
                                                            for o in objects]
            nodes.append(node)
        return {"@context": dict(self.prefixes), "@graph": nodes}

    def jsonld_text(self) -> str:
        return json.dumps(self.jsonld(), ensure_ascii=False, indent=1) + "\n"

    def _by_subject(self) -> dict:
        grouped: dict = {}
        for subject, predicate, obj in self.triples:
            objects = grouped.setdefault(subject, {}).setdefault(predicate, [])
            if obj not in objects:
                objects.append(obj)
        return grouped

    def _compact(self, iri: str) -> str:
        """``prefix:local`` for ``iri`` when a prefix covers it, else ``iri``."""
        for prefix, namespace in self.prefixes.items():
            local = iri[len(namespace):]
            if iri.startswith(namespace) and _LOCAL.match(local):
                return f"{prefix}:{local}"
        return _iri_text(iri)

    def _ttl(self, term: Term) -> str:
        if isinstance(term, BNode):
            return f"_:{term.label}"
        if isinstance(term, IRI):
            compact = self._compact(term.value)
            return compact if compact != _iri_text(term.value) else f"<{compact}>"
        text = '"' + _escape(term.value) + '"'
        if term.lang:
            return f"{text}@{term.lang}"
        if term.datatype:
            return f"{text}^^{self._ttl(IRI(term.datatype))}"
        return text

    @staticmethod
    def _id(term: IRI | BNode) -> str:
        return f"_:{term.label}" if isinstance(term, BNode) else _iri_text(term.value)

    def _jsonld_value(self, term: Term) -> dict:
        if isinstance(term, (IRI, BNode)):
            return {"@id": self._id(term)}
        value: dict = {"@value": term.value}
        if term.lang:
            value["@language"] = term.lang
        elif term.datatype:
            value["@type"] = _iri_text(term.datatype)
        return value


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r").replace("\t", "\\t"))


def _iri_text(value: str) -> str:
    """An IRI as Turtle allows it between angle brackets (spaces and the like escaped)."""
    return re.sub(r'[\x00-\x20<>"{}|^`\\]', lambda m: f"%{ord(m.group(0)):02X}", value)
