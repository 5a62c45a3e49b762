"""Step-by-step instructions for a route, room to room, in German and English at once.

A small phrase table rather than Qt's translator: every route carries both languages side by
side (a table with ``text_de`` and ``text_en``), whatever language QGIS runs in.
"""

from __future__ import annotations

from dataclasses import dataclass

from .indoor_graph import OUTDOOR, RIDE, Graph
from .indoor_route import Route

LANGUAGES = ("de", "en")
PHRASES = {
    "start": {"de": "Start: {place} (Ebene {ordinal}).",
              "en": "Start: {place} (level {ordinal})."},
    "walk": {"de": "Gehen Sie durch {place} bis {next} ({metres} m).",
             "en": "Go through {place} to {next} ({metres} m)."},
    "walk_last": {"de": "Gehen Sie durch {place} zum Ziel ({metres} m).",
                  "en": "Go through {place} to the destination ({metres} m)."},
    "elevator": {"de": "Nehmen Sie den Aufzug nach Ebene {ordinal}.",
                 "en": "Take the elevator to level {ordinal}."},
    "stairs": {"de": "Nehmen Sie die Treppe nach Ebene {ordinal}.",
               "en": "Take the stairs to level {ordinal}."},
    "escalator": {"de": "Nehmen Sie die Rolltreppe nach Ebene {ordinal}.",
                  "en": "Take the escalator to level {ordinal}."},
    "ramp": {"de": "Nehmen Sie die Rampe nach Ebene {ordinal}.",
             "en": "Take the ramp to level {ordinal}."},
    "outdoor": {"de": "Gehen Sie im Freien zum Gebäude {building} ({metres} m).",
                "en": "Walk outdoors to building {building} ({metres} m)."},
    "arrive": {"de": "Ziel erreicht: {place} (Ebene {ordinal}).",
               "en": "You have arrived: {place} (level {ordinal})."},
}
QUOTES = {"de": "„{}“", "en": "“{}”"}
# Names for spaces that have none, by the store's categories.
CATEGORY_NAMES = {
    "room": {"de": "Raum", "en": "room"},
    "corridor": {"de": "Flur", "en": "corridor"},
    "stairs": {"de": "Treppenhaus", "en": "stairwell"},
    "elevator": {"de": "Aufzug", "en": "elevator"},
    "escalator": {"de": "Rolltreppe", "en": "escalator"},
    "ramp": {"de": "Rampe", "en": "ramp"},
    "restroom": {"de": "WC", "en": "restroom"},
    "lobby": {"de": "Foyer", "en": "lobby"},
    "office": {"de": "Büro", "en": "office"},
}


@dataclass(frozen=True)
class Step:
    number: int
    ordinal: int
    building: str | None
    metres: float
    seconds: float
    text: dict[str, str]


def space_label(graph: Graph, space: int, language: str) -> str:
    """A space's name in quotes, else its category's word, else its id."""
    spaces = graph.plan.spaces
    name = (spaces.names[space] or "").strip()
    if name:
        return QUOTES[language].format(name)
    category = CATEGORY_NAMES.get(spaces.categories[space] or "")
    return category[language] if category else QUOTES[language].format(spaces.ids[space])


def instructions(graph: Graph, route: Route) -> list[Step]:
    """Start, one step per space walked through, per ride and per walk outdoors, arrival."""
    spaces = graph.plan.spaces
    connectors = graph.plan.connectors
    walks = [i for i, part in enumerate(route.parts) if part.kind not in (RIDE, OUTDOOR)]
    steps: list[Step] = []

    def add(key: str, ordinal: int, where: str | None, length: float, seconds: float,
            **values) -> None:
        """``values`` are texts, or functions of the language that give one."""
        text = {}
        for language in LANGUAGES:
            filled = {name: value(language) if callable(value) else value
                      for name, value in values.items()}
            text[language] = PHRASES[key][language].format(ordinal=ordinal,
                                                           metres=round(length), **filled)
        steps.append(Step(len(steps) + 1, ordinal, where, length, seconds, text))

    start, end = route.start, route.end
    add("start", start.ordinal, spaces.building[start.space], 0.0, 0.0,
        place=lambda lang: space_label(graph, start.space, lang))
    folded = _folded_into_rides(graph, route)
    for index, part in enumerate(route.parts):
        if index in folded:
            continue
        if part.kind == RIDE:
            kind = connectors.kinds[part.ref]
            around = [route.parts[i] for i in (index - 1, index + 1) if i in folded]
            add(kind if kind in PHRASES else "stairs", part.to_ordinal, part.to_building,
                part.length + sum(p.length for p in around),
                part.seconds + sum(p.seconds for p in around))
        elif part.kind == OUTDOOR:
            add("outdoor", part.to_ordinal, part.to_building, part.length, part.seconds,
                building=lambda lang, b=part.to_building: QUOTES[lang].format(b))
        elif walks and index == walks[-1]:
            add("walk_last", part.to_ordinal, spaces.building[part.ref], part.length,
                part.seconds, place=lambda lang, s=part.ref: space_label(graph, s, lang))
        else:
            following = _next_space(route, index)
            add("walk", part.to_ordinal, spaces.building[part.ref], part.length, part.seconds,
                place=lambda lang, s=part.ref: space_label(graph, s, lang),
                next=lambda lang, s=following: space_label(graph, s, lang))
    add("arrive", end.ordinal, spaces.building[end.space], 0.0, 0.0,
        place=lambda lang: space_label(graph, end.space, lang))
    return steps


def _folded_into_rides(graph: Graph, route: Route) -> set[int]:
    """Walks into and out of an elevator cabin or a stairwell, just before or after the ride,
    belong to the ride's step ("Go through “Aufzug” to “Aufzug”" says nothing)."""
    door_count = len(graph.plan.openings.ids)
    shafts = {int(graph.node_space[door_count + c]) for c in route.connectors}
    folded = set()
    for index, part in enumerate(route.parts):
        if part.kind != RIDE:
            continue
        for near in (index - 1, index + 1):
            if 0 <= near < len(route.parts) and route.parts[near].kind not in (RIDE, OUTDOOR) \
                    and route.parts[near].ref in shafts:
                folded.add(near)
    return folded


def _next_space(route: Route, index: int) -> int:
    """The next space walked through after part ``index`` (the destination's at the end)."""
    for part in route.parts[index + 1:]:
        if part.kind not in (RIDE, OUTDOOR):
            return part.ref
    return route.end.space
