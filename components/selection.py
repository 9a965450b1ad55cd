"""Owns the selected point: X clicks, search results and the URL all select, and the map and panel follow."""

from __future__ import annotations

from dash import ALL, Input, Output, Patch, callback, ctx, no_update

from components import ids
from components.context import current_dataset
from components.point_details import render_details, welcome
from triggerpoints.data import Dataset
from triggerpoints.figure import ESSENTIAL_TRACE, SELECTED_TRACE, SPILLOVER_TRACE, selection_zone
from triggerpoints.selection import Selection, parse_selection, selection_query


def zone_patch(dataset: Dataset, selections: list[tuple[str, str]]) -> Patch:
    """A figure patch that draws the zones and rings for the selections (nothing when the list is empty)."""
    zone = selection_zone(dataset, selections)
    patch = Patch()
    patch["data"][ESSENTIAL_TRACE]["x"] = zone.essential_x
    patch["data"][ESSENTIAL_TRACE]["y"] = zone.essential_y
    patch["data"][SPILLOVER_TRACE]["x"] = zone.spillover_x
    patch["data"][SPILLOVER_TRACE]["y"] = zone.spillover_y
    patch["data"][SELECTED_TRACE]["x"] = zone.marker_x
    patch["data"][SELECTED_TRACE]["y"] = zone.marker_y
    return patch


def _clicked(click: dict | None, dataset: Dataset) -> Selection | None:
    """The point an X click names, or None when the click was not on a known X."""
    points = (click or {}).get("points") or []
    custom = points[0].get("customdata") if points and isinstance(points[0], dict) else None
    if isinstance(custom, list) and len(custom) == 2 and custom[0] in dataset.points and custom[1] in ("right", "left"):
        return Selection(custom[0], custom[1])
    return None


def show(dataset: Dataset, selection: Selection) -> tuple[Patch, list]:
    """The figure patch and panel content for a selection."""
    if selection.point_id is None:
        return zone_patch(dataset, []), welcome(selection.note)
    return (
        zone_patch(dataset, [(selection.point_id, selection.side)]),
        render_details(dataset, selection.point_id, selection.side, selection.note),
    )


@callback(
    Output(ids.BODY_MAP, "figure"),
    Output(ids.POINT_DETAILS, "children"),
    Output(ids.URL, "search"),
    Input(ids.BODY_MAP, "clickData"),
    Input({"type": ids.SEARCH_RESULT, "point": ALL}, "n_clicks"),
    Input(ids.URL, "search"),
)
def update_selection(click: dict | None, result_clicks: list, search: str | None):
    """Selects from a click on an X, a chosen search result, or the URL (deep link, back button)."""
    dataset = current_dataset()
    trigger = ctx.triggered_id
    if trigger == ids.BODY_MAP:
        selection = _clicked(click, dataset)
    elif isinstance(trigger, dict):
        chosen = trigger.get("point")
        clicked = any(isinstance(t.get("value"), int) and t["value"] > 0 for t in ctx.triggered)
        selection = Selection(chosen, "right") if clicked and chosen in dataset.points else None
    else:
        figure, details = show(dataset, parse_selection(search if isinstance(search, str) else "", dataset))
        return figure, details, no_update
    if selection is None:
        return no_update, no_update, no_update
    figure, details = show(dataset, selection)
    return figure, details, selection_query(selection.point_id, selection.side)
