"""The Vernissage tour: an ordered list of stations, saved in the project.

A station remembers what a trainer wants the crowd to see at one stop: the map extent, which
layers are visible, the time the Temporal Controller shows (and the range it plays), the level
shown per building in the level switcher, and a caption (title and one or two sentences, in
German and English). This module holds the data and reads it from / writes it to a project
(one JSON entry, so the tour travels with the .qgz); :mod:`.vernissage` captures and shows
stations on a map canvas.

Times are kept as the Temporal Controller's own digits: the plugin's layers put the controller
on Heilbronn's wall clock (see :mod:`..toolbelt.time_expressions`), so ``2025-11-18T11:00:00Z``
there reads "11:00" in Heilbronn. The ISO text keeps the controller's time spec (``Z`` or
none), so a station restores exactly the frame it was captured on.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from qgis.core import QgsProject

from ..toolbelt.translation import ui_language

SCOPE = "heilbronn_digital"
TOUR_ENTRY = "vernissage/tour"
# Bumped when a station's fields change meaning; older tours are read field by field.
FORMAT_VERSION = 1


@dataclass
class Caption:
    """A station's words in one language."""

    title: str = ""
    text: str = ""


@dataclass
class StationTime:
    """What the Temporal Controller shows at a station: the frame (its start), the range it
    plays through and the frame length. ISO 8601 text as the controller holds it."""

    frame: str
    start: str
    end: str
    step_minutes: float = 15.0


@dataclass
class Station:
    """One stop of the tour."""

    captions: dict[str, Caption] = field(default_factory=dict)
    # xmin, ymin, xmax, ymax in ``crs`` (an authid such as EPSG:25832).
    extent: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    crs: str = ""
    # Layer id → the layer's name when captured (to say which one is missing later).
    layers: dict[str, str] = field(default_factory=dict)
    time: StationTime | None = None
    # The level shown per building (building id or None → ordinal) and the active building.
    levels: list[tuple[str | None, int]] = field(default_factory=list)
    level_building: str | None = None
    # Play the time range on arrival (the parking day).
    play: bool = False

    def caption(self, language: str | None = None) -> Caption:
        """The caption in ``language`` (default: the language QGIS shows), else the other."""
        language = language or ui_language()
        for code in (language, "de", "en"):
            caption = self.captions.get(code)
            if caption is not None and (caption.title or caption.text):
                return caption
        return Caption()

    def to_json(self) -> dict:
        data = asdict(self)
        data["levels"] = [list(pair) for pair in self.levels]
        return data

    @classmethod
    def from_json(cls, data: dict) -> Station:
        """A station from its JSON form; unknown keys (a newer plugin's) are left out."""
        known = {f.name for f in fields(cls)}
        data = {key: value for key, value in data.items() if key in known}
        data["captions"] = {code: Caption(**caption)
                            for code, caption in data.get("captions", {}).items()}
        if data.get("extent"):
            data["extent"] = tuple(float(value) for value in data["extent"])
        if data.get("time"):
            data["time"] = StationTime(**data["time"])
        data["levels"] = [(building, int(ordinal))
                          for building, ordinal in data.get("levels", [])]
        return cls(**data)


def load_tour(project: QgsProject) -> list[Station]:
    """The project's stations, in order (none when it has no tour)."""
    text, found = project.readEntry(SCOPE, TOUR_ENTRY, "")
    if not found or not text:
        return []
    data = json.loads(text)
    return [Station.from_json(station) for station in data.get("stations", [])]


def save_tour(project: QgsProject, stations: list[Station]) -> None:
    """Write the stations into the project (saved with it; marks it modified)."""
    data = {"version": FORMAT_VERSION, "stations": [station.to_json() for station in stations]}
    project.writeEntry(SCOPE, TOUR_ENTRY, json.dumps(data, ensure_ascii=False))
