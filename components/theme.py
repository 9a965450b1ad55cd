"""Light and dark mode: the Mantine colour scheme, the figure's colours, and the choice kept in the browser."""

from __future__ import annotations

from dash import Input, Output, State, ctx

from components import ids
from components.body_map import colors_patch
from components.callbacks import Callbacks

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

THEME = {
    "primaryColor": "indigo",
    "fontFamily": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    "headings": {"fontFamily": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"},
    "defaultRadius": "md",
    # Shade 8 keeps white text on filled buttons and the active mode above 4.5:1 contrast (WCAG AA).
    "primaryShade": {"light": 8, "dark": 8},
    # A closed picker keeps no options in the page: some list every point or region, and each one mounted is
    # re-rendered whenever its picker is (Mantine keeps them mounted by default).
    "components": {"Combobox": {"defaultProps": {"keepMounted": False}}},
}


@callbacks.callback(
    Output(ids.THEME_STORE, "data"),
    Output(ids.PROVIDER, "forceColorScheme"),
    Output(ids.THEME_SWITCH, "checked"),
    Output(ids.BODY_MAP, "figure", allow_duplicate=True),
    Input(ids.THEME_SWITCH, "checked"),
    State(ids.THEME_STORE, "data"),
    prevent_initial_call="initial_duplicate",
)
def apply_theme(checked: object, stored: object):
    """Applies the switch (or, on load, the choice kept in this browser) to the page and the figure."""
    dark = checked is True if ctx.triggered_id == ids.THEME_SWITCH else stored == "dark"
    scheme = "dark" if dark else "light"
    return scheme, scheme, dark, colors_patch(dark)
