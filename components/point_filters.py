"""Filters that narrow the map in either mode: navigation area, condition, technique and self-care friendly."""

from __future__ import annotations

import dash_mantine_components as dmc

from components import ids
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset


def create_filters(dataset: Dataset) -> dmc.Accordion:
    """The filter controls, folded away until wanted."""
    conditions = sorted(dataset.conditions.values(), key=lambda c: c.name)
    techniques = sorted(dataset.techniques.values(), key=lambda t: (t.kind != "self_care", t.name))
    return dmc.Accordion(
        dmc.AccordionItem(
            [
                dmc.AccordionControl("Filter the map"),
                dmc.AccordionPanel(
                    dmc.Stack(
                        [
                            dmc.Select(id=ids.FILTER_NAV, label="Body area", placeholder="Any area", clearable=True,
                                       data=[{"value": k, "label": v} for k, v in NAV_AREAS.items()]),
                            dmc.Select(id=ids.FILTER_CONDITION, label="Condition", placeholder="Any condition",
                                       clearable=True, searchable=True,
                                       data=[{"value": c.key, "label": c.name} for c in conditions]),
                            dmc.Select(id=ids.FILTER_TECHNIQUE, label="Technique", placeholder="Any technique",
                                       clearable=True, searchable=True,
                                       data=[{"value": t.key, "label": t.name} for t in techniques]),
                            dmc.Switch(id=ids.FILTER_SELF_CARE, checked=False,
                                       label="Self-care friendly only (hide points best left to a professional)"),
                        ],
                        gap="sm",
                    )
                ),
            ],
            value="filters",
        ),
        variant="contained",
        className="filters",
    )  # fmt: skip
