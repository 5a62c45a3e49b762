"""The Vernissage part of `make demo`: the demo tour's handout (PDF, one page per station) and
the film of its parking day (MP4 and GIF, caption and Heilbronn clock burnt in).

Called by scripts/demo.py inside its running QGIS, on the demo project as shipped (before the
demo adds its own analyses); writes into its output folder.
"""

from __future__ import annotations

from pathlib import Path


def vernissage_demo(project, out: Path, language: str) -> list[tuple[str, Path]]:
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_film import (
        EncodingError,
        FilmExport,
        FilmSettings,
    )
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_handout import (
        build_handout,
        export_handout,
    )
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_player import show_levels
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_tour import load_tour
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr

    stations = load_tour(project)
    if not stations:
        raise SystemExit("The demo project has no Vernissage tour: rebuild it with "
                         "`python sample_data/build_sample_data.py`.")
    handout = out / "vernissage_handout.pdf"
    layout = build_handout(project, stations, language)
    export_handout(layout, stations, handout, lambda station: show_levels(project, station))
    outputs = [(tr("Vernissage handout (PDF)"), handout)]
    day = next((station for station in stations if station.play and station.time), None)
    if day is None:
        return outputs
    film = out / "vernissage_parking_day.mp4"
    try:
        FilmExport(project, day, FilmSettings(mp4=film, gif=film.with_suffix(".gif")),
                   language).run_blocking()
    except EncodingError as error:
        print(f"\nVernissage film: {error}")
        return outputs
    return [*outputs, (tr("Vernissage film (MP4)"), film),
            (tr("Vernissage film (GIF)"), film.with_suffix(".gif"))]
