"""The README of a published dataset, in German and English: what the files hold, field by
field, how the data was generalised, and under which licence it may be used."""

from __future__ import annotations

from . import tables as t
from .dcat import FILE_TYPES, LICENCES, Dataset, Metadata
from .privacy import PrivacyReport

_KINDS = {
    t.TEXT: ("Text", "text"), t.INTEGER: ("Ganzzahl", "integer"),
    t.REAL: ("Dezimalzahl", "decimal"), t.DATE: ("Datum (JJJJ-MM-TT)", "date (YYYY-MM-DD)"),
    t.DATETIME: ("Zeitpunkt (ISO 8601 mit Zeitzone)", "instant (ISO 8601 with offset)"),
}


def dataset_readme(dataset: Dataset, tables: list[t.Table], report: PrivacyReport,
                   meta: Metadata, generalisation_de: str, generalisation_en: str) -> str:
    licence = LICENCES[meta.licence]
    attribution = meta.attribution(dataset.modified.year)
    lines = [f"# {dataset.title_de} / {dataset.title_en}", ""]
    for german in (True, False):
        lines += ["## Deutsch" if german else "## English", ""]
        lines += [dataset.description_de if german else dataset.description_en, ""]
        lines += ["### Dateien" if german else "### Files", ""]
        for distribution in dataset.distributions:
            label = FILE_TYPES[distribution.fmt][2]
            title = distribution.title_de if german else distribution.title_en
            lines.append(f"- `{distribution.path.split('/')[-1]}` – {title}, {label}")
        api = f"{meta.base}/wfs3/collections/"
        lines += ["", (f"Über die Schnittstelle (OGC API – Features): `{api}<Sammlung>/items`, "
                       f"Sammlungen: " if german else
                       f"Through the API (OGC API – Features): `{api}<collection>/items`, "
                       "collections: ") + ", ".join(f"`{c}`" for c in dataset.collections), ""]
        for table in tables:
            lines += [f"### {table.name}: {table.title_de if german else table.title_en}", ""]
            lines += (["| Feld | Typ | Einheit | Bedeutung |"] if german else
                      ["| Field | Type | Unit | Meaning |"])
            lines.append("|---|---|---|---|")
            for column in table.columns:
                kind = _KINDS[column.kind][0 if german else 1]
                meaning = column.de if german else column.en
                lines.append(f"| `{column.name}` | {kind} | {column.unit or '–'} | {meaning} |")
            if table.geometry:
                lines.append(
                    f"| Geometrie | {table.geometry} | – | GeoJSON und CSV in WGS 84 (Länge, "
                    "Breite); GeoPackage in ETRS89 / UTM 32N (EPSG:25832) |" if german else
                    f"| geometry | {table.geometry} | – | GeoJSON and CSV in WGS 84 (longitude, "
                    "latitude); GeoPackage in ETRS89 / UTM 32N (EPSG:25832) |")
            lines += ["", (f"{len(table.rows)} Zeilen." if german else
                           f"{len(table.rows)} rows."), ""]
        lines += ["### Datenschutz und Generalisierung" if german else
                  "### Privacy and generalisation", ""]
        lines += [generalisation_de if german else generalisation_en, ""]
        lines += [f"- {line}" for line in report.lines("de" if german else "en")[1:]]
        lines += ["", ("Zeiten: Tage und Stunden sind Ortszeit Heilbronn (MEZ/MESZ); Zeitpunkte "
                       "tragen ihre Zeitzone: in GeoJSON und CSV die Heilbronner "
                       "(`2025-11-18T11:00:00+01:00`), im GeoPackage UTC, über die "
                       "Schnittstelle UTC mit `Z` (`2025-11-18T10:00:00Z`, derselbe Zeitpunkt). "
                       "Ein Filter `datetime=` ändert `numberMatched` der Schnittstelle nicht: "
                       "Zählen Sie die gelieferten Objekte." if german else
                       "Times: days and hours are Heilbronn local time (CET/CEST); instants "
                       "carry their offset: Heilbronn's in GeoJSON and CSV "
                       "(`2025-11-18T11:00:00+01:00`), UTC in the GeoPackage, UTC with `Z` "
                       "through the API (`2025-11-18T10:00:00Z`, the same instant). A "
                       "`datetime=` filter leaves the API's `numberMatched` unchanged: count "
                       "the features returned."), ""]
        lines += ["### Lizenz" if german else "### Licence", ""]
        lines.append(f"{licence.name} – {licence.url}")
        if attribution:
            lines += ["", (f"Quellenvermerk: {attribution}" if german else
                           f"Attribution: {attribution}")]
        lines += ["", (f"Herausgeber: {meta.publisher_name}. Veröffentlicht: "
                       f"{dataset.issued.date().isoformat()}, zuletzt geändert: "
                       f"{dataset.modified.date().isoformat()}." if german else
                       f"Publisher: {meta.publisher_name}. Issued: "
                       f"{dataset.issued.date().isoformat()}, last modified: "
                       f"{dataset.modified.date().isoformat()}."), ""]
    return "\n".join(lines)
