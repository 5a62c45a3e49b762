"""The landing page of a publication (``index.html``), in German and English: the datasets
with their files, the API and the DCAT catalogue. One self-contained page (no scripts, no
fonts or styles from the internet), so it shows offline and from any plain web server."""

from __future__ import annotations

from html import escape

from .dcat import FILE_TYPES, LICENCES, Dataset, Metadata

LANDING = "index.html"
CATALOGUE_TTL = "catalog.ttl"
CATALOGUE_JSONLD = "catalog.jsonld"
_STYLE = """
body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;
line-height:1.45}h1{color:#7a1f1f}h2{border-bottom:1px solid #ccc;padding-bottom:.2em}
.en{color:#555}code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left}
"""


def landing_page(meta: Metadata, datasets: list[Dataset], sizes: dict[str, int]) -> str:
    licence = LICENCES[meta.licence]
    api = f"{meta.base}/wfs3"
    parts = [
        "<!DOCTYPE html>", '<html lang="de">', "<head>", '<meta charset="utf-8">',
        f"<title>{escape(f'Offene Daten: {meta.publisher_name}')}</title>",
        f'<link rel="alternate" type="text/turtle" href="{CATALOGUE_TTL}">',
        f'<link rel="alternate" type="application/ld+json" href="{CATALOGUE_JSONLD}">',
        f"<style>{_STYLE}</style>", "</head>", "<body>",
        f'<h1 id="catalog">Offene Daten: {escape(meta.publisher_name)}</h1>',
        f'<p class="en">Open data: {escape(meta.publisher_name)}</p>',
        "<h2>Schnittstelle <span class=\"en\">/ API</span></h2>",
        "<ul>",
        f'<li id="api">OGC API – Features: <a href="{escape(api)}">{escape(api)}</a> '
        f'(<a href="{escape(api)}.html">HTML</a>, '
        f'<a href="{escape(api)}/collections">Sammlungen / collections</a>, '
        f'<a href="{escape(api)}/api">OpenAPI</a>)</li>',
        f'<li>DCAT-AP.de: <a href="{CATALOGUE_TTL}">{CATALOGUE_TTL}</a> (Turtle), '
        f'<a href="{CATALOGUE_JSONLD}">{CATALOGUE_JSONLD}</a> (JSON-LD)</li>',
        "</ul>",
        "<p>Beispiel <span class=\"en\">/ example</span>: "
        f"<code>{escape(api)}/collections/&lt;name&gt;/items?limit=10&amp;offset=0"
        "&amp;bbox=9.20,49.13,9.23,49.15&amp;datetime=2025-11-18T00:00:00Z/"
        "2025-11-19T00:00:00Z</code></p>",
    ]
    for dataset in datasets:
        parts += [
            f'<h2 id="dataset-{escape(dataset.name)}">{escape(dataset.title_de)}'
            f' <span class="en">/ {escape(dataset.title_en)}</span></h2>',
            f"<p>{escape(dataset.description_de)}</p>",
            f'<p class="en">{escape(dataset.description_en)}</p>',
            "<table><tr><th>Datei / file</th><th>Format</th><th>Größe / size</th></tr>",
        ]
        for distribution in dataset.distributions:
            label = FILE_TYPES[distribution.fmt][2]
            size = sizes.get(distribution.path, distribution.byte_size)
            parts.append(
                f'<tr id="distribution-{escape(dataset.name)}-{escape(distribution.table)}-'
                f'{distribution.fmt}"><td><a href="{escape(distribution.path)}">'
                f"{escape(distribution.path)}</a></td><td>{escape(label)}</td>"
                f"<td>{_size(size)}</td></tr>")
        parts += [
            "</table>",
            f'<p><a href="{escape(dataset.name)}/README.md">README</a> · '
            f'<a href="{escape(dataset.name)}/privacy_report.txt">Datenschutzbericht / '
            "privacy report</a> · API: " + ", ".join(
                f'<a href="{escape(api)}/collections/{escape(c)}/items.html">{escape(c)}</a>'
                for c in dataset.collections) + "</p>",
        ]
    attribution = meta.attribution(max(d.modified for d in datasets).year) if datasets \
        else None
    parts += [
        "<h2>Lizenz <span class=\"en\">/ licence</span></h2>",
        f'<p><a href="{escape(licence.url)}">{escape(licence.name)}</a>'
        + (f"<br>Quellenvermerk / attribution: {escape(attribution)}" if attribution else "")
        + "</p>",
        "</body>", "</html>", "",
    ]
    return "\n".join(parts)


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} kB"
    return f"{size} B"
