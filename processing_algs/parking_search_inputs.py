"""What ``heilbronn:parkingsearchtraffic`` reads besides streets, sites and readings: the
destinations with their arrivals (per hour, or per day with a time-of-day profile table) and
the scenario table; and the sentences that say what was assumed where the input is
incomplete. The model decisions live in ``analysis/parking_search_demand.py``."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from ..heilbronn_digital_plugin.analysis.parking_search_demand import (
    ProfileRow,
    Profiles,
    Window,
    constant_rates,
    profile_rates,
)
from ..heilbronn_digital_plugin.analysis.parking_search_model import Scenario, Sites
from ..heilbronn_digital_plugin.analysis.street_graph import StreetGraph
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.numbers import local_number
from ..heilbronn_digital_plugin.toolbelt.point_arrays import number_or_nan

# How many names a message lists before it says "and N more".
LISTED = 5
# Fields that name a destination in messages and in the output, the first one present.
_NAME_FIELDS = ("name", "destination_id", "id")
# Scenario values that close a site (a CSV may say so instead of a number).
_CLOSED_WORDS = {"closed", "close", "geschlossen", "gesperrt", "zu"}
# Profile table fields.
PROFILE_FIELDS = ("profile", "hour_from", "hour_to", "share")


def destinations_title() -> str:
    """How a project names a layer of parking destinations."""
    return tr("Parking destinations")


def listed(items: list) -> str:
    shown = ", ".join(str(item) for item in items[:LISTED])
    more = len(items) - LISTED
    return shown + (tr(" and {count} more").format(count=more) if more > 0 else "")


def number(feature, name: str) -> float:
    """The field's value as a float; NaN when the field is missing, NULL or not a number."""
    if not name or feature.fields().lookupField(name) < 0:
        return np.nan
    return number_or_nan(feature[name])


def text(feature, name: str) -> str:
    if not name or feature.fields().lookupField(name) < 0:
        return ""
    value = feature[name]
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value).strip()


@dataclass
class DestinationInput:
    """Destinations snapped to the network: position, name, edge (-1: left out), position
    along it, and arrivals per hour per period of the window."""

    x: np.ndarray
    y: np.ndarray
    names: list[str]
    edge: np.ndarray
    along: np.ndarray
    rates: np.ndarray


@dataclass
class DestinationOptions:
    """Which fields carry the demand: ``arrivals_field`` (per hour), or with a ``profiles``
    table the ``daily_field`` (per day) and the ``profile_field`` naming the profile."""

    arrivals_field: str
    profile_field: str
    daily_field: str


def read_destinations(source, profiles_source, options: DestinationOptions,
                      crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext,
                      graph: StreetGraph, tolerance: float, window: Window,
                      feedback: QgsProcessingFeedback) -> DestinationInput:
    """The destinations of ``source`` with their arrivals in every period of ``window``."""
    fields = source.fields()
    name_field = next((name for name in _NAME_FIELDS if fields.lookupField(name) >= 0), "")
    profiles = read_profiles(profiles_source, feedback) if profiles_source is not None else None
    if profiles is not None:
        for name in (options.daily_field, options.profile_field):
            if not name or fields.lookupField(name) < 0:
                raise QgsProcessingException(tr(
                    "With a profile table the destinations need a field of arrivals per day "
                    "and a field naming their profile; “{field}” is not among the "
                    "destinations' fields. Choose them under 'Arrivals per day' and 'Profile "
                    "of each destination'.").format(field=name or "?"))
    elif options.arrivals_field and fields.lookupField(options.arrivals_field) < 0:
        raise QgsProcessingException(tr("The layer has no field “{field}”.").format(
            field=options.arrivals_field))
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    xs, ys, names, amounts, profile_names = [], [], [], [], []
    no_position = []
    for feature in source.getFeatures(request):
        label = text(feature, name_field) or tr("feature {fid}").format(fid=feature.id())
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            no_position.append(label)
            continue
        point = geometry.centroid().asPoint()
        xs.append(point.x())
        ys.append(point.y())
        names.append(label)
        if profiles is not None:
            amounts.append(number(feature, options.daily_field))
            profile_names.append(text(feature, options.profile_field))
        else:
            amounts.append(number(feature, options.arrivals_field)
                           if options.arrivals_field else 1.0)
    if no_position:
        feedback.pushWarning(tr("{count} destinations have no position and are left out: "
                                "{names}.").format(count=len(no_position),
                                                   names=listed(no_position)))
    amounts = np.array(amounts, dtype=float)
    missing = [names[i] for i in np.flatnonzero(~np.isfinite(amounts) | (amounts < 0))]
    if missing:
        field = options.daily_field if profiles is not None else options.arrivals_field
        feedback.pushWarning(tr(
            "{count} destinations have no arrivals in “{field}” (empty, not a number or "
            "negative) and count as 0 arrivals: {names}. Enter their arrivals to include "
            "them.").format(count=len(missing), field=field, names=listed(missing)))
    amounts = np.where(np.isfinite(amounts) & (amounts > 0), amounts, 0.0)
    if profiles is not None:
        rates, unknown = profile_rates(profiles, profile_names, amounts, window)
        if unknown:
            feedback.pushWarning(tr(
                "{count} destinations name a profile that is not in the profile table and "
                "get no arrivals: {names}. Known profiles: {profiles}.").format(
                    count=len(unknown),
                    names=listed([f"{names[i]} ({profile_names[i] or '—'})" for i in unknown]),
                    profiles=listed(sorted(profiles.profile_names()))))
    else:
        rates = constant_rates(amounts, window)
    x, y = np.array(xs, dtype=float), np.array(ys, dtype=float)
    edge, along, _ = graph.snap(x, y, tolerance)
    far = np.flatnonzero(edge < 0)
    if far.size:
        feedback.pushWarning(tr(
            "{count} of {total} destinations are farther than {tolerance} m from the "
            "street network and are left out (e.g. {where}). Check their position or "
            "raise the snap tolerance.").format(
                count=local_number(far.size, ","), total=local_number(len(names), ","),
                tolerance=local_number(tolerance, ","),
                where=listed([f"{names[i]} ({local_number(x[i], '.0f')} | "
                              f"{local_number(y[i], '.0f')})" for i in far])))
    mean_h = (rates[edge >= 0].sum() / window.period_count) if rates.size else 0.0
    feedback.pushInfo(tr("{count} destinations with {arrivals} arrivals per hour in the "
                         "time window.").format(count=local_number(int((edge >= 0).sum()), ","),
                                                arrivals=local_number(mean_h, ",")))
    return DestinationInput(x, y, names, edge, along, rates)


def read_profiles(source, feedback: QgsProcessingFeedback) -> Profiles:
    """The time-of-day profile table: ``profile``, ``hour_from``, ``hour_to``, ``share`` and
    optionally ``days``; what was assumed about its rows is said in the log."""
    fields = source.fields()
    missing = [name for name in PROFILE_FIELDS if fields.lookupField(name) < 0]
    if missing:
        raise QgsProcessingException(tr(
            "The profile table needs the fields profile, hour_from, hour_to and share (and "
            "may have days: weekday, saturday, sunday); “{field}” is missing.").format(
                field=missing[0]))
    rows = []
    for feature in source.getFeatures():
        label = tr("row {fid} ({profile})").format(fid=feature.id(),
                                                   profile=text(feature, "profile") or "—")
        rows.append(ProfileRow(text(feature, "profile"), text(feature, "days"),
                               number(feature, "hour_from"), number(feature, "hour_to"),
                               number(feature, "share"), label))
    profiles = Profiles.from_rows(rows)
    notes = profiles.notes
    if notes.unreadable:
        feedback.pushWarning(tr(
            "{count} profile rows are left out: they need a profile, hours with 0 ≤ "
            "hour_from < hour_to ≤ 24 and a share of 0 or more: {rows}.").format(
                count=len(notes.unreadable), rows=listed(notes.unreadable)))
    if notes.unknown_days:
        feedback.pushWarning(tr(
            "{count} profile rows name days other than weekday, saturday or sunday and are "
            "used for every day: {rows}.").format(count=len(notes.unknown_days),
                                                  rows=listed(notes.unknown_days)))
    for kept, trimmed in notes.overlaps:
        feedback.pushWarning(tr(
            "Profile {trimmed} overlaps {kept}: the overlapping hours are taken from "
            "{kept}, and {trimmed} keeps only its own hours (with its share per hour).")
            .format(kept=kept, trimmed=trimmed))
    for profile, day, start, stop in notes.gaps:
        feedback.pushInfo(tr(
            "Profile “{profile}” ({days}) has no row for {start}–{stop} h: no arrivals are "
            "assumed then.").format(profile=profile, days=day, start=_hours(start),
                                    stop=_hours(stop)))
    if notes.percent:
        feedback.pushInfo(tr("The shares of the profiles {profiles} add up to more than 20 "
                             "and are read as percent.").format(profiles=listed(notes.percent)))
    return profiles


def _hours(value: float) -> str:
    hours, minutes = divmod(int(round(value * 60)), 60)
    return f"{hours}:{minutes:02d}"


@dataclass
class ScenarioInput:
    """Spaces added or removed per site id and the sites closed, from the scenario table."""

    change: dict[str, float]
    closed: frozenset[str]


def read_scenario(source, site_field: str, change_field: str, sites: Sites,
                  feedback: QgsProcessingFeedback) -> ScenarioInput:
    """The scenario table: a number of spaces added (+) or removed (−) per site, or a word
    such as “closed” that closes it; rows of unknown sites are named and ignored."""
    for name in (site_field, change_field):
        if not name or source.fields().lookupField(name) < 0:
            raise QgsProcessingException(tr(
                "The scenario table needs a site id field and a capacity change field "
                "(e.g. site_id and capacity_change); “{field}” is not in it.").format(
                    field=name or "?"))
    known = set(sites.ids)
    change: dict[str, float] = {}
    closed = set()
    unknown = []
    # Not check_numeric: a CSV table holds its numbers as text, which number() reads.
    for feature in source.getFeatures():
        site = text(feature, site_field)
        value = number(feature, change_field)
        word = text(feature, change_field).lower()
        if site not in known or (value != value and word not in _CLOSED_WORDS):
            unknown.append(site or tr("row {fid}").format(fid=feature.id()))
            continue
        if word in _CLOSED_WORDS:
            closed.add(site)
        else:
            change[site] = change.get(site, 0.0) + value
    if unknown:
        feedback.pushWarning(tr(
            "{count} scenario rows name no known parking site or have no capacity change "
            "and are ignored: {sites}.").format(count=len(unknown), sites=listed(unknown)))
    capacity = dict(zip(sites.ids, sites.capacity))
    for site, value in sorted(change.items()):
        if value < 0 and np.isfinite(capacity.get(site, np.nan)) and -value >= capacity[site]:
            feedback.pushWarning(tr(
                "The scenario removes {removed} spaces from “{site}”, which has "
                "{capacity}: the site is taken as closed (no spaces).").format(
                    removed=local_number(-value, ","), site=site,
                    capacity=local_number(capacity[site], ",")))
            closed.add(site)
    change = {site: value for site, value in change.items() if site not in closed}
    added = sum(v for v in change.values() if v > 0)
    removed = -sum(v for v in change.values() if v < 0)
    feedback.pushInfo(tr("Scenario: {added} spaces added, {removed} removed, "
                         "{closed} sites closed.").format(
        added=local_number(added, "+.0f"), removed=local_number(removed, ".0f"),
        closed=len(closed)))
    return ScenarioInput(change, frozenset(closed))


def guidance_share(value: float, label: str, feedback: QgsProcessingFeedback) -> float:
    """A guidance share in percent as a share 0–1; outside 0–100 % the nearest bound, said."""
    if not np.isfinite(value):
        feedback.pushWarning(tr("{label} is not a number: 0 % is assumed.").format(label=label))
        return 0.0
    if value < 0.0 or value > 100.0:
        bound = min(max(value, 0.0), 100.0)
        feedback.pushWarning(tr(
            "{label} is {value} %, outside 0–100 %: {bound} % is assumed.").format(
                label=label, value=local_number(value, "g"), bound=local_number(bound, ".0f")))
        value = bound
    return value / 100.0


def scenario_of(input_: ScenarioInput | None, share: float) -> Scenario:
    if input_ is None:
        return Scenario(guidance_share=share)
    return Scenario(input_.change, input_.closed, share)
