"""What a planner reads as the header of a field: the store's and the algorithms' field names
(``free_latest``, ``search_veh_h``, ``gi_z``, …) in the user's language, set as field aliases.

One list for every store layer and every output, so a field is called the same everywhere.
Aliases are set when a layer comes into the project (add_store_layers, an algorithm's output,
a project read), in the language QGIS runs in; the field names stay as they are for
expressions and scripts.
"""

from __future__ import annotations

from qgis.core import QgsMapLayer, QgsVectorLayer

from .i18n import tr


def field_aliases() -> dict[str, str]:
    """Field name → alias, in the user's language."""
    return {
        # The store: shared fields
        "name": tr("Name"),
        "source": tr("Source"),
        "address": tr("Address"),
        "status": tr("Status"),
        "quality": tr("Data quality"),
        "extra_json": tr("Further source fields (JSON)"),
        # City
        "municipality_key": tr("Municipality key"),
        "district_code": tr("District code"),
        "population": tr("Population"),
        "water_hardness": tr("Water hardness"),
        # Citizen reports
        "service_request_id": tr("Report id"),
        "service_code": tr("Service code"),
        "service_name": tr("Category of report"),
        "status_notes": tr("Status notes"),
        "description": tr("Description"),
        "agency_responsible": tr("Agency responsible"),
        "requested_datetime": tr("Reported (UTC)"),
        "updated_datetime": tr("Updated (UTC)"),
        "expected_datetime": tr("Expected (UTC)"),
        # Parking
        "site_id": tr("Site id"),
        "site_type": tr("Site type"),
        "capacity": tr("Capacity"),
        "site_capacity": tr("Capacity of the site"),
        "operator": tr("Operator"),
        "free_latest": tr("Free spaces (latest)"),
        "occupancy_latest": tr("Occupancy (latest, 0–1)"),
        "observed_latest": tr("Latest reading (UTC)"),
        "observed_at": tr("Reading time (UTC)"),
        "free": tr("Free spaces"),
        "occupied": tr("Occupied spaces"),
        # Indoor
        "building_id": tr("Building id"),
        "level_id": tr("Level id"),
        "ordinal": tr("Level (ordinal)"),
        "short_name": tr("Short name"),
        "space_id": tr("Room id"),
        "category": tr("Category"),
        "accessible": tr("Barrier-free (1/0)"),
        "opening_id": tr("Door id"),
        "width_m": tr("Width (m)"),
        "connector_id": tr("Connector id"),
        "kind": tr("Kind"),
        "shaft_id": tr("Shaft id"),
        "amenity_id": tr("Amenity id"),
        "hazard_id": tr("Hazard id"),
        "buffer_m": tr("Buffer (m)"),
        # Indoor route
        "leg": tr("Leg"),
        "length_m": tr("Length (m)"),
        "time_s": tr("Time (s)"),
        "step": tr("Step"),
        "text_de": tr("Instruction (German)"),
        "text_en": tr("Instruction (English)"),
        # Hot spots and emerging hot spots
        "cell_id": tr("Cell id"),
        "count": tr("Count"),
        "weight": tr("Weight"),
        "neighbours": tr("Neighbours"),
        "gi_z": tr("Gi* z-score"),
        "gi_p": tr("Gi* p-value"),
        "gi_bin": tr("Hot/cold spot (confidence −3 … 3)"),
        "lisa_i": tr("Local Moran's I"),
        "lisa_p": tr("Local Moran's I p-value"),
        "lisa_cluster": tr("LISA cluster"),
        "category_label": tr("Pattern"),
        "trend_z": tr("Trend z-score"),
        "trend_p": tr("Trend p-value"),
        "hot_steps": tr("Time steps as hot spot"),
        "cold_steps": tr("Time steps as cold spot"),
        # Parking search traffic
        "segment_id": tr("Segment id"),
        "network_part": tr("Network part"),
        "sites": tr("Parking sites"),
        "p_free": tr("Chance of a free space (0–1)"),
        "p_source": tr("Chance from"),
        "search_veh_h": tr("Searching vehicles per hour"),
        "search_vkm_h": tr("Search traffic (vehicle-km/h)"),
        "scenario_veh_h": tr("Searching vehicles per hour, scenario"),
        "scenario_vkm_h": tr("Search traffic, scenario (vehicle-km/h)"),
        "diff_veh_h": tr("Change in searching vehicles per hour"),
        "diff_vkm_h": tr("Change in search traffic (vehicle-km/h)"),
        "measure": tr("Measure (key)"),
        "label": tr("Measure"),
        "unit": tr("Unit"),
        "baseline": tr("Baseline"),
        "scenario": tr("Scenario"),
        "difference": tr("Difference"),
    }


def set_field_aliases(layer: QgsMapLayer) -> None:
    """Give every known field of ``layer`` its alias in the user's language."""
    if not isinstance(layer, QgsVectorLayer):
        return
    aliases = field_aliases()
    for index, field in enumerate(layer.fields()):
        alias = aliases.get(field.name())
        if alias is not None:
            layer.setFieldAlias(index, alias)
