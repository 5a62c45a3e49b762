"""DCAT-AP.de 3.0 metadata of a publication: one catalogue, one dataset per published dataset,
one distribution per file, and the OGC API – Features service that serves them.

Resources are named by fragments of the publication's landing page (``<base>/#dataset-…``),
so every IRI leads somewhere a person can read. Every controlled-vocabulary concept is stated
with its ``skos:inScheme``: validators (GovData's among them) check the scheme of each
concept, and stating it makes the catalogue checkable without the EU authority tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .rdf import IRI, XSD, BNode, Graph, Literal

PREFIXES = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "dcatde": "http://dcat-ap.de/def/dcatde/",
    "dcatap": "http://data.europa.eu/r5r/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "adms": "http://www.w3.org/ns/adms#",
    "spdx": "http://spdx.org/rdf/terms#",
    "locn": "http://www.w3.org/ns/locn#",
    "gsp": "http://www.opengis.net/ont/geosparql#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": XSD,
}
EU = "http://publications.europa.eu/resource/authority/"
LICENCE_SCHEME = "http://dcat-ap.de/def/licenses"
CONTRIBUTOR_SCHEME = "http://dcat-ap.de/def/contributors"
LEVEL_SCHEME = "http://dcat-ap.de/def/politicalGeocoding/Level"
MUNICIPALITY_SCHEME = "http://dcat-ap.de/def/politicalGeocoding/municipalityKey"
# Heilbronn's Gemeindeschlüssel (Amtlicher Gemeindeschlüssel), a Stadtkreis.
HEILBRONN_KEY = "08121000"
OGC_API_FEATURES = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"


@dataclass(frozen=True)
class Licence:
    identifier: str
    name: str
    url: str


LICENCES = {
    "dl-by-de/2.0": Licence("dl-by-de/2.0",
                            "Datenlizenz Deutschland – Namensnennung – Version 2.0",
                            "https://www.govdata.de/dl-de/by-2-0"),
    "cc-by/4.0": Licence("cc-by/4.0", "Creative Commons Namensnennung – 4.0 International "
                         "(CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/"),
    "cc-zero": Licence("cc-zero", "Creative Commons CC Zero License (CC0 1.0)",
                       "https://creativecommons.org/publicdomain/zero/1.0/"),
}
DEFAULT_LICENCE = "dl-by-de/2.0"

# File type (EU authority table) and IANA media type per format.
FILE_TYPES = {
    "geojson": ("GEOJSON", "application/geo+json", "GeoJSON (RFC 7946, WGS 84)"),
    "csv": ("CSV", "text/csv", "CSV (UTF-8, WGS 84)"),
    "gpkg": ("GPKG", "application/geopackage+sqlite3", "GeoPackage (ETRS89 / UTM 32N)"),
}


@dataclass(frozen=True)
class Metadata:
    """Who publishes, under which licence, and where the publication folder is reachable
    (``base_url``: the folder's files are at the same paths under it, the API is at
    ``<base_url>/wfs3``)."""

    base_url: str = "http://127.0.0.1:8000"
    publisher_name: str = "Stadt Heilbronn"
    publisher_url: str = "https://www.heilbronn.de"
    contributor_id: str = f"{CONTRIBUTOR_SCHEME}/datenBW"
    contact_name: str = "Stadt Heilbronn, Open Data"
    contact_email: str = ""
    contact_url: str = "https://www.heilbronn.de"
    licence: str = DEFAULT_LICENCE

    @property
    def base(self) -> str:
        return self.base_url.rstrip("/")

    def attribution(self, year: int) -> str | None:
        """The credit line a re-user must show (none for CC0)."""
        licence = LICENCES[self.licence]
        if self.licence == "cc-zero":
            return None
        if self.licence == "dl-by-de/2.0":
            return f"{self.publisher_name} ({year}), dl-de/by-2-0, {licence.url}"
        return f"{self.publisher_name} ({year}), CC BY 4.0, {licence.url}"


@dataclass(frozen=True)
class Distribution:
    """One published file: ``path`` relative to the publication folder."""

    path: str
    fmt: str
    table: str
    title_de: str
    title_en: str
    byte_size: int
    sha256: str


@dataclass
class Dataset:
    name: str
    title_de: str
    title_en: str
    description_de: str
    description_en: str
    keywords_de: tuple[str, ...]
    keywords_en: tuple[str, ...]
    themes: tuple[str, ...]
    issued: datetime
    modified: datetime
    temporal: tuple[date, date] | None
    bbox_wgs84: tuple[float, float, float, float] | None
    provenance_de: str
    provenance_en: str
    collections: tuple[str, ...]
    distributions: list[Distribution] = field(default_factory=list)


def catalogue(meta: Metadata, datasets: list[Dataset], issued: datetime,
              modified: datetime) -> Graph:
    """The DCAT-AP.de graph of a publication."""
    graph = Graph(PREFIXES)
    base = meta.base
    catalog = IRI(f"{base}/#catalog")
    publisher = IRI(f"{base}/#publisher")
    contact = IRI(f"{base}/#contact")
    service = IRI(f"{base}/#api")
    licence = _concept(graph, f"{LICENCE_SCHEME}/{meta.licence}", LICENCE_SCHEME)
    german = _concept(graph, f"{EU}language/DEU", f"{EU}language")
    english = _concept(graph, f"{EU}language/ENG", f"{EU}language")
    public = _concept(graph, f"{EU}access-right/PUBLIC", f"{EU}access-right")
    available = _concept(graph, f"{EU}planned-availability/AVAILABLE",
                         f"{EU}planned-availability")
    level = _concept(graph, f"{LEVEL_SCHEME}/municipality", LEVEL_SCHEME)
    municipality = _concept(graph, f"{MUNICIPALITY_SCHEME}/{HEILBRONN_KEY}",
                            MUNICIPALITY_SCHEME)
    # The Gemeindeschlüssel is the place itself: a Location named by a controlled vocabulary.
    graph.add(municipality, "a", "dct:Location")
    graph.add(municipality, "skos:prefLabel", Literal("Heilbronn", "de"))
    contributor = _concept(graph, meta.contributor_id, CONTRIBUTOR_SCHEME)

    graph.add(catalog, "a", "dcat:Catalog")
    _texts(graph, catalog, "dct:title", f"Offene Daten: {meta.publisher_name}",
           f"Open data: {meta.publisher_name}")
    _texts(graph, catalog, "dct:description",
           "Bürgeranliegen, Parkdaten und barrierefreie Gebäudepläne, datenschutzgerecht "
           "generalisiert, als GeoJSON, CSV und GeoPackage und über OGC API – Features.",
           "Citizen reports, parking data and barrier-free floorplans, generalised to protect "
           "privacy, as GeoJSON, CSV and GeoPackage and through OGC API – Features.")
    graph.add(catalog, "dct:publisher", publisher)
    graph.add(catalog, "foaf:homepage", IRI(f"{base}/"))
    for language in (german, english):
        graph.add(catalog, "dct:language", language)
    graph.add(catalog, "dct:license", licence)
    graph.add(catalog, "dct:issued", _datetime(issued))
    graph.add(catalog, "dct:modified", _datetime(modified))
    graph.add(catalog, "dct:spatial", municipality)
    for dataset in datasets:
        graph.add(catalog, "dcat:dataset", IRI(f"{base}/#dataset-{dataset.name}"))
    graph.add(catalog, "dcat:service", service)

    graph.add(publisher, "a", "foaf:Organization")
    graph.add(publisher, "a", "foaf:Agent")
    graph.add(publisher, "foaf:name", Literal(meta.publisher_name, "de"))
    if meta.publisher_url:
        graph.add(publisher, "foaf:homepage", IRI(meta.publisher_url))
    publisher_type = _concept(graph, "http://purl.org/adms/publishertype/LocalAuthority",
                              "http://purl.org/adms/publishertype/1.0")
    graph.add(publisher, "dct:type", publisher_type)

    graph.add(contact, "a", "vcard:Organization")
    graph.add(contact, "a", "vcard:Kind")
    graph.add(contact, "vcard:fn", Literal(meta.contact_name))
    if meta.contact_email:
        graph.add(contact, "vcard:hasEmail", IRI(f"mailto:{meta.contact_email}"))
    if meta.contact_url:
        graph.add(contact, "vcard:hasURL", IRI(meta.contact_url))

    graph.add(service, "a", "dcat:DataService")
    _texts(graph, service, "dct:title", "OGC API – Features der offenen Daten",
           "OGC API – Features of the open data")
    _texts(graph, service, "dct:description",
           "Sammlungen (collections) mit Filtern nach Ausschnitt (bbox), Zeit (datetime) und "
           "Blättern (limit, offset); Antworten als GeoJSON und HTML.",
           "Collections with filters by area (bbox), time (datetime) and paging (limit, "
           "offset); answers as GeoJSON and HTML.")
    graph.add(service, "dcat:endpointURL", IRI(f"{base}/wfs3"))
    graph.add(service, "dcat:endpointDescription", IRI(f"{base}/wfs3/api"))
    graph.add(service, "dct:conformsTo", IRI(OGC_API_FEATURES))
    graph.add(service, "dct:publisher", publisher)
    graph.add(service, "dct:license", licence)
    graph.add(service, "dct:accessRights", public)
    for dataset in datasets:
        graph.add(service, "dcat:servesDataset", IRI(f"{base}/#dataset-{dataset.name}"))

    attribution = meta.attribution(modified.year)
    for dataset in datasets:
        _dataset(graph, meta, dataset, publisher, contact, licence, attribution, service,
                 languages=(german,), public=public, available=available, level=level,
                 municipality=municipality, contributor=contributor)
    return graph


def _dataset(graph: Graph, meta: Metadata, dataset: Dataset, publisher: IRI, contact: IRI,
             licence: IRI, attribution: str | None, service: IRI, *, languages: tuple,
             public: IRI, available: IRI, level: IRI, municipality: IRI,
             contributor: IRI) -> None:
    base = meta.base
    node = IRI(f"{base}/#dataset-{dataset.name}")
    graph.add(node, "a", "dcat:Dataset")
    _texts(graph, node, "dct:title", dataset.title_de, dataset.title_en)
    _texts(graph, node, "dct:description", dataset.description_de, dataset.description_en)
    graph.add(node, "dct:identifier", Literal(node.value))
    for word in dataset.keywords_de:
        graph.add(node, "dcat:keyword", Literal(word, "de"))
    for word in dataset.keywords_en:
        graph.add(node, "dcat:keyword", Literal(word, "en"))
    for theme in dataset.themes:
        graph.add(node, "dcat:theme",
                  _concept(graph, f"{EU}data-theme/{theme}", f"{EU}data-theme"))
    graph.add(node, "dct:publisher", publisher)
    graph.add(node, "dcat:contactPoint", contact)
    graph.add(node, "dcatde:contributorID", contributor)
    graph.add(node, "dcatde:politicalGeocodingURI", municipality)
    graph.add(node, "dcatde:politicalGeocodingLevelURI", level)
    graph.add(node, "dct:issued", _datetime(dataset.issued))
    graph.add(node, "dct:modified", _datetime(dataset.modified))
    for language in languages:
        graph.add(node, "dct:language", language)
    graph.add(node, "dct:accessRights", public)
    graph.add(node, "dcatap:availability", available)
    graph.add(node, "dct:accrualPeriodicity",
              _concept(graph, f"{EU}frequency/IRREG", f"{EU}frequency"))
    graph.add(node, "dcat:landingPage", IRI(f"{base}/#dataset-{dataset.name}"))
    graph.add(node, "foaf:page", IRI(f"{base}/{dataset.name}/README.md"))
    graph.add(node, "dct:spatial", municipality)
    if dataset.bbox_wgs84 is not None:
        location = graph.bnode()
        graph.add(node, "dct:spatial", location)
        graph.add(location, "a", "dct:Location")
        graph.add(location, "dcat:bbox", Literal(_wkt_box(dataset.bbox_wgs84),
                                                 datatype=PREFIXES["gsp"] + "wktLiteral"))
    if dataset.temporal is not None:
        period = graph.bnode()
        graph.add(node, "dct:temporal", period)
        graph.add(period, "a", "dct:PeriodOfTime")
        graph.add(period, "dcat:startDate", Literal(dataset.temporal[0].isoformat(),
                                                    datatype=XSD + "date"))
        graph.add(period, "dcat:endDate", Literal(dataset.temporal[1].isoformat(),
                                                  datatype=XSD + "date"))
    provenance = graph.bnode()
    graph.add(node, "dct:provenance", provenance)
    graph.add(provenance, "a", "dct:ProvenanceStatement")
    _texts(graph, provenance, "rdfs:label", dataset.provenance_de, dataset.provenance_en)
    for distribution in dataset.distributions:
        _distribution(graph, meta, node, dataset, distribution, licence, attribution,
                      languages, available)
    for collection in dataset.collections:
        _api_distribution(graph, meta, node, dataset, collection, licence, attribution,
                          service)


def _distribution(graph: Graph, meta: Metadata, dataset_node: IRI, dataset: Dataset,
                  distribution: Distribution, licence: IRI, attribution: str | None,
                  languages: tuple, available: IRI) -> None:
    file_type, media_type, label = FILE_TYPES[distribution.fmt]
    node = IRI(f"{meta.base}/#distribution-{dataset.name}-{distribution.table}-"
               f"{distribution.fmt}")
    url = IRI(f"{meta.base}/{distribution.path}")
    graph.add(dataset_node, "dcat:distribution", node)
    graph.add(node, "a", "dcat:Distribution")
    _texts(graph, node, "dct:title", f"{distribution.title_de} – {label}",
           f"{distribution.title_en} – {label}")
    graph.add(node, "dcat:accessURL", url)
    graph.add(node, "dcat:downloadURL", url)
    graph.add(node, "dct:format", _concept(graph, f"{EU}file-type/{file_type}",
                                           f"{EU}file-type"))
    graph.add(node, "dcat:mediaType",
              IRI(f"https://www.iana.org/assignments/media-types/{media_type}"))
    graph.add(node, "dct:license", licence)
    if attribution:
        graph.add(node, "dcatde:licenseAttributionByText", Literal(attribution, "de"))
    graph.add(node, "dct:issued", _datetime(dataset.issued))
    graph.add(node, "dct:modified", _datetime(dataset.modified))
    graph.add(node, "dcat:byteSize", Literal(str(distribution.byte_size),
                                             datatype=XSD + "nonNegativeInteger"))
    checksum = graph.bnode()
    graph.add(node, "spdx:checksum", checksum)
    graph.add(checksum, "a", "spdx:Checksum")
    sha256 = graph.iri("spdx:checksumAlgorithm_sha256")
    graph.add(checksum, "spdx:algorithm", sha256)
    graph.add(sha256, "a", "spdx:ChecksumAlgorithm")
    graph.add(checksum, "spdx:checksumValue", Literal(distribution.sha256,
                                                      datatype=XSD + "hexBinary"))
    for language in languages:
        graph.add(node, "dct:language", language)
    graph.add(node, "dcatap:availability", available)
    graph.add(node, "adms:status", _concept(graph, f"{EU}distribution-status/COMPLETED",
                                            f"{EU}distribution-status"))
    graph.add(node, "foaf:page", IRI(f"{meta.base}/{dataset.name}/README.md"))


def _api_distribution(graph: Graph, meta: Metadata, dataset_node: IRI, dataset: Dataset,
                      collection: str, licence: IRI, attribution: str | None,
                      service: IRI) -> None:
    node = IRI(f"{meta.base}/#distribution-{dataset.name}-{collection}-api")
    graph.add(dataset_node, "dcat:distribution", node)
    graph.add(node, "a", "dcat:Distribution")
    _texts(graph, node, "dct:title", f"{collection} – OGC API – Features",
           f"{collection} – OGC API – Features")
    graph.add(node, "dcat:accessURL", IRI(f"{meta.base}/wfs3/collections/{collection}"))
    graph.add(node, "dcat:accessService", service)
    graph.add(node, "dct:format", _concept(graph, f"{EU}file-type/GEOJSON", f"{EU}file-type"))
    graph.add(node, "dcat:mediaType",
              IRI("https://www.iana.org/assignments/media-types/application/geo+json"))
    graph.add(node, "dct:license", licence)
    if attribution:
        graph.add(node, "dcatde:licenseAttributionByText", Literal(attribution, "de"))


def _concept(graph: Graph, iri: str, scheme: str) -> IRI:
    node = IRI(iri)
    graph.add(node, "a", "skos:Concept")
    graph.add(node, "skos:inScheme", IRI(scheme))
    return node


def _texts(graph: Graph, node: IRI | BNode, predicate: str, german: str, english: str) -> None:
    graph.add(node, predicate, Literal(german, "de"))
    graph.add(node, predicate, Literal(english, "en"))


def _datetime(moment: datetime) -> Literal:
    return Literal(moment.isoformat(timespec="seconds"), datatype=XSD + "dateTime")


def _wkt_box(box: tuple[float, float, float, float]) -> str:
    west, south, east, north = (round(v, 6) for v in box)
    return (f"POLYGON(({west} {south}, {east} {south}, {east} {north}, {west} {north}, "
            f"{west} {south}))")
