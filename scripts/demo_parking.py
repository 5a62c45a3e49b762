"""The Smart Parking part of `make demo`: heilbronn:parkingsearchtraffic on the demo data at the
weekday peak (Tuesday 18 November 2025, 11–12 h in Heilbronn) rendered as a map, the effect of
parking guidance at the peak (printed, and a curve over the guidance share), the whole day per
quarter hour with half the drivers guided (chart, table, time-enabled layer), and the
simulation against the analytical estimate over occupancy (theory plot).

Called by scripts/demo.py inside its running QGIS; writes into its output folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

PEAK = ("2025-11-18T10:00:00Z", "2025-11-18T11:00:00Z")
# The sample streets carry names only: these are its pedestrian zones and alleys, where
# drivers do not search (they still count for walking).
SEARCH_STREETS = ("\"name\" NOT IN ('Fleiner Straße', 'Sülmerstraße', 'Kaiserstraße', "
                  "'Marktplatz', 'Kiliansplatz') "
                  "AND NOT regexp_match(\"name\", '(gasse|hof|weg|steg|brücke)$')")
GUIDANCE_SHARES = np.arange(0, 101, 10)
DAY_GUIDANCE = 50.0
OCCUPANCIES = np.array([0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99])
# Published figures, beside the demo's as a plausibility check (not a calibration).
PUBLISHED = {
    "de": [("start2park Frankfurt am Main: mittlere Suche 2 min 7 s, 34 % länger als 2 min, "
            "10 % länger als 5 min"),
           "Shoup (2006), Übersicht: mittlere Suchzeit 3,5–13,9 min",
           "SFpark San Francisco: Suchzeit −43 % mit Nachfragepreisen und Parkleitsystem"],
    "en": [("start2park Frankfurt am Main: mean search 2 min 7 s, 34 % longer than 2 min, "
            "10 % longer than 5 min"),
           "Shoup (2006), review: mean search time 3.5–13.9 min",
           "SFpark San Francisco: search time −43 % with demand-based pricing and guidance"],
}
TEXT = {
    "de": {
        "demo": "Parksuchverkehr 18.11.2025 11–12 Uhr (Ziele mit Tagesganglinien, Simulation)",
        "published": "Zum Vergleich (Plausibilität, keine Kalibrierung):",
        "runs": "({runs} Simulationsläufe)",
        "guidance": "Parkleitsystem zur Spitzenstunde",
        "guided": "{share:.0f} % der Fahrer mit Parkleitsystem: {vkm:.0f} Fz-km/h ({change} %)",
        "curve_title": "Parksuchverkehr und Parkleitsystem, 18.11.2025 11–12 Uhr",
        "curve_x": "Anteil der Fahrer mit Parkleitsystem (%)",
        "curve_y": "Parksuchverkehr (Fz-km pro Stunde)",
        "curve_series": "Simulation",
        "theory_title": "Suchzeit über Belegung: Simulation und analytische Schätzung",
        "theory_subtitle": ("Demo-Netz, synthetische Sensorwerte je Belegung, Nachfrage der "
                            "Spitzenstunde"),
        "theory_x": "Belegung der Stellplätze (%)",
        "theory_y": "Mittlere Suchzeit je Ankunft (min)",
        "analytical": "Analytische Schätzung",
        "simulated": "Simulation, {share:.0%} der Nachfrage",
        "day": "Ganzer Tag je Viertelstunde, {share:.0f} % mit Parkleitsystem im Szenario",
    },
    "en": {
        "demo": "Parking search traffic 18.11.2025 11–12 h (destinations with profiles, "
                "simulation)",
        "published": "Beside published figures (a plausibility check, not a calibration):",
        "runs": "({runs} simulation runs)",
        "guidance": "Parking guidance at the peak hour",
        "guided": "{share:.0f} % of drivers guided: {vkm:.0f} vehicle-km/h ({change} %)",
        "curve_title": "Parking search traffic and parking guidance, 18.11.2025 11–12 h",
        "curve_x": "Drivers using parking guidance (%)",
        "curve_y": "Search traffic (vehicle-km per hour)",
        "curve_series": "Simulation",
        "theory_title": "Search time over occupancy: simulation and analytical estimate",
        "theory_subtitle": ("Demo network, synthetic sensor readings per occupancy, demand of "
                            "the peak hour"),
        "theory_x": "Occupancy of the spaces (%)",
        "theory_y": "Mean search time per arrival (min)",
        "analytical": "Analytical estimate",
        "simulated": "Simulation, {share:.0%} of the demand",
        "day": "Whole day per quarter hour, {share:.0f} % guided in the scenario",
    },
}


def language() -> str:
    return "de" if os.environ.get("HEILBRONN_DEMO_LANG", "de") == "de" else "en"


def peak_parameters(gpkg: Path) -> dict:
    return {"STREETS": f"{gpkg}|layername=streets", "SEARCH_STREETS": SEARCH_STREETS,
            "SITES": f"{gpkg}|layername=parking_sites",
            "OCCUPANCY": f"{gpkg}|layername=parking_occupancy",
            "TIME_START": PEAK[0], "TIME_END": PEAK[1],
            "DESTINATIONS": f"{gpkg}|layername=parking_destinations",
            "PROFILES": f"{gpkg}|layername=parking_destination_profiles"}


def parking_demo(project, gpkg: Path, base: list, out: Path, render_layout
                 ) -> list[tuple[str, Path]]:
    """Every parking output of the demo; ``render_layout`` is demo.py's map renderer."""
    import processing
    from qgis.core import QgsRasterLayer, QgsRectangle, QgsVectorLayer

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.numbers import local_number
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import style_path
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.style_language import load_style

    text = TEXT[language()]
    segments = out / "parking_search_segments.gpkg"
    heatmap = out / "parking_search_heatmap.tif"
    summary = out / "parking_search_summary.csv"
    destinations = out / "parking_search_destinations.gpkg"
    result = processing.run("heilbronn:parkingsearchtraffic", {
        **peak_parameters(gpkg), "OUTPUT": str(segments), "OUTPUT_HEATMAP": str(heatmap),
        "OUTPUT_SUMMARY": str(summary), "OUTPUT_DESTINATIONS": str(destinations)})
    heatmap_layer = QgsRasterLayer(str(heatmap), tr("Heatmap of parking search traffic"))
    segment_layer = QgsVectorLayer(str(segments), tr("Parking search traffic per segment"))
    load_style(segment_layer, style_path("parking_search_segments"))
    # The map shows where the search is: the searched segments and a margin around them.
    extent = QgsRectangle()
    for feature in segment_layer.getFeatures("search_veh_h >= 0.5"):
        extent.combineExtentWith(feature.geometry().boundingBox())
    extent.grow(300.0)
    png = out / "heilbronn_parking_search.png"
    render_layout(project, png, tr("Parking search traffic") + ", 18.11.2025 11–12 h",
                  [*base, heatmap_layer, segment_layer], [segment_layer, heatmap_layer], extent)
    print("\n" + text["demo"])
    for row in QgsVectorLayer(str(summary), "summary", "ogr").getFeatures():
        # As rounded in the table (to what a planner reads), without padding decimals.
        value = local_number(float(row["baseline"]), ".6g")
        print(f"  {row['label']:<52} {value:>10} {row['unit']}")
    print("  " + text["runs"].format(runs=result["RUNS"]))
    print("  " + text["published"])
    for line in PUBLISHED[language()]:
        print(f"    {line}")
    outputs = [(tr("parking search map"), png), (tr("parking search (GeoPackage)"), segments),
               (tr("parking search heatmap"), heatmap), (tr("parking search summary"), summary),
               (tr("search times per destination"), destinations)]
    outputs += guidance_curve(gpkg, out, text)
    outputs += day_profile(gpkg, out, text)
    outputs += theory_plot(gpkg, out, text)
    return outputs


def guidance_curve(gpkg: Path, out: Path, text: dict) -> list[tuple[str, Path]]:
    """Search vehicle-km at the peak over the share of guided drivers; prints the effect."""
    from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_model import (
        Scenario,
    )
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.line_chart import (
        BLUE,
        LineChart,
        Series,
    )
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.numbers import local_number
    from heilbronn_digital.processing_algs.parking_search_traffic import prepare_what_if

    prepared = prepare_what_if(peak_parameters(gpkg))
    totals = np.array([prepared.model.evaluate(prepared.demand,
                                               Scenario(guidance_share=share / 100.0))
                       .baseline.summary.total_vehicle_km_h for share in GUIDANCE_SHARES])
    print("\n" + text["guidance"])
    for share, total in zip(GUIDANCE_SHARES, totals):
        if share % 25 == 0 or share == 100:
            print("  " + text["guided"].format(
                share=share, vkm=total,
                change=local_number(100.0 * (total / totals[0] - 1.0), "+.0f")))
    png = out / "parking_guidance_curve.png"
    LineChart(text["curve_title"], GUIDANCE_SHARES.tolist(),
              [Series(text["curve_series"], totals.tolist(), BLUE, markers=True)],
              x_label=text["curve_x"], y_label=text["curve_y"],
              x_ticks=[(s, f"{s:.0f}") for s in GUIDANCE_SHARES]).save(png)
    return [(tr("parking guidance curve"), png)]


def day_profile(gpkg: Path, out: Path, text: dict) -> list[tuple[str, Path]]:
    """The whole Tuesday per quarter hour, baseline against half the drivers guided."""
    import processing

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr

    chart, table, layer = (out / "parking_search_day.png", out / "parking_search_day.csv",
                           out / "parking_search_day.gpkg")
    for stale in (table, layer):
        stale.unlink(missing_ok=True)
    processing.run("heilbronn:parkingsearchtraffic", {
        **peak_parameters(gpkg), "WHOLE_DAY": True,
        "SCENARIO_GUIDANCE_SHARE": DAY_GUIDANCE, "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT", "OUTPUT_DAY": str(layer),
        "OUTPUT_DAY_TABLE": str(table), "OUTPUT_DAY_CHART": str(chart)})
    print("\n" + text["day"].format(share=DAY_GUIDANCE) + f": {chart}")
    return [(tr("parking search per quarter hour"), chart), (tr("… as a table"), table),
            (tr("… as a time-enabled layer"), layer)]


def theory_plot(gpkg: Path, out: Path, text: dict) -> list[tuple[str, Path]]:
    """Mean search time over occupancy: the analytical estimate, and the simulation with a
    tenth, half and all of the peak's demand."""
    from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_model import (
        Demand,
        Settings,
    )
    from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_theory import (
        occupancy_curve,
    )
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.line_chart import (
        BLUE,
        GREEN,
        GREY,
        ORANGE,
        LineChart,
        Series,
    )
    from heilbronn_digital.processing_algs.parking_search_traffic import prepare_what_if

    prepared = prepare_what_if(peak_parameters(gpkg))
    model, demand = prepared.model, prepared.demand
    series, analytical = [], None
    for share, colour in ((0.1, GREEN), (0.5, ORANGE), (1.0, BLUE)):
        scaled = Demand(demand.edge, demand.along, demand.rates * share)
        curve = occupancy_curve(model.network, prepared.sites, scaled, model.window, OCCUPANCIES,
                                settings=Settings(tolerance=0.02, max_runs=64))
        series.append(Series(text["simulated"].format(share=share),
                             curve.simulated_min.tolist(), colour, markers=True))
        analytical = curve.analytical_min  # the estimate does not depend on how many come
    series.insert(0, Series(text["analytical"], analytical.tolist(), GREY, dashed=True,
                            markers=True))
    png = out / "parking_search_theory.png"
    percent = (OCCUPANCIES * 100).tolist()
    LineChart(text["theory_title"], percent, series, x_label=text["theory_x"],
              y_label=text["theory_y"], subtitle=text["theory_subtitle"], legend_left=True,
              x_ticks=[(p, f"{p:.0f}") for p in range(30, 101, 10)]).save(png)
    return [(tr("parking search theory plot"), png)]
