"""Light and dark mode: the Mantine colour scheme, the figure's colours, and the choice kept in the browser."""

from __future__ import annotations

from dash import Input, Output, State, ctx, no_update

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


# What the computer's own setting asks for ("dark" or "light"), read in the browser: it decides the first look until
# the switch is used (the switch's choice is kept and wins from then on).
callbacks.clientside_callback(
    """
    function () {
        const dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
        return dark ? 'dark' : 'light';
    }
    """,
    Output(ids.SYSTEM_THEME, "data"),
    Input(ids.URL, "pathname"),
)


@callbacks.callback(
    Output(ids.THEME_STORE, "data"),
    Output(ids.PROVIDER, "forceColorScheme"),
    Output(ids.THEME_SWITCH, "checked"),
    Output(ids.BODY_MAP, "figure", allow_duplicate=True),
    Input(ids.THEME_SWITCH, "checked"),
    Input(ids.SYSTEM_THEME, "data"),
    State(ids.THEME_STORE, "data"),
    prevent_initial_call="initial_duplicate",
)
def apply_theme(checked: object, system: object, stored: object):
    """Applies the switch, or on load the choice kept in this browser and else the computer's own setting, to the
    page and the figure; only the switch's choice is kept."""
    if ctx.triggered_id == ids.THEME_SWITCH:
        dark, keep = checked is True, True
    else:
        dark, keep = (stored == "dark") if stored in ("dark", "light") else system == "dark", False
    scheme = "dark" if dark else "light"
    return scheme if keep else no_update, scheme, dark, colors_patch(dark)
