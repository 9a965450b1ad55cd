"""The search box and "Browse all trigger points": points found by muscle, synonym, body area, complaint or a word of
their text (`triggerpoints.search`), one entry per muscle with a button for each of its points, a page of muscles at
a time ("Show more" adds the next), and a link that opens a place or complaint the query names in the pain finder."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import ALL, Input, Output, Patch, State, dcc, html, no_update

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.search import MuscleHit, PainOffer, SearchResult, search
from triggerpoints.untrusted import MAX_SEARCH, bounded_text

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

BROWSE_OPEN = "all"
PAGE = 8  # muscles shown at first, and added by each "Show more"
MORE_ID = {"type": ids.SEARCH_MORE, "of": ids.SEARCH_RESULTS}  # a pattern id: the button comes and goes with results
LIST_AT, MORE_AT = 1, 2  # where the list of muscles and "Show more" stand among the results' children


def create_search() -> html.Div:
    """The search input and its (initially empty) results."""
    return html.Div(
        [
            dmc.TextInput(
                id=ids.SEARCH,
                placeholder="Search a muscle, body area or complaint (e.g. SCM, headache, IT band)",
                label="Search trigger points",
                debounce=150,
                leftSection=html.Span("⌕", className="search-icon", **{"aria-hidden": "true"}),
                className="search-input",
                size="md",
            ),
            html.Div(id=ids.SEARCH_RESULTS, className="search-results", **{"aria-live": "polite"}),
        ],
        className="search",
    )


def create_browse_list() -> dmc.Accordion:
    """ "Browse all trigger points", closed: its buttons are drawn only while it is open (see show_browse_list)."""
    return dmc.Accordion(
        dmc.AccordionItem(
            [
                dmc.AccordionControl("Browse all trigger points"),
                dmc.AccordionPanel(html.Div(id=ids.BROWSE_GROUPS)),
            ],
            value=BROWSE_OPEN,
        ),
        id=ids.BROWSE_LIST,
        variant="contained",
        className="browse-list",
    )


def _browse_button(point_id: str, label: str) -> html.Button:
    return html.Button(label, id={"type": ids.BROWSE_ITEM, "point": point_id}, n_clicks=0, className="browse-item")


def _browse_muscle(dataset: Dataset, muscle: str, points: list[str]) -> html.Div | html.Button:
    """A muscle's points in one body area: one button named after the muscle when it has a single point, else the
    muscle's name with a button per point."""
    if len(dataset.muscle_points(muscle)) == 1:
        return _browse_button(points[0], dataset.point_name(points[0]))
    buttons = [_browse_button(p, dataset.point_label(p)) for p in points]
    return html.Div([html.Span(dataset.muscles[muscle].name, className="browse-muscle"), *buttons],
                    className="browse-muscle-group")  # fmt: skip


def browse_groups(dataset: Dataset) -> list:
    """Every trigger point as a button, grouped by body area and within it by muscle: the whole map without using
    the figure."""
    groups = []
    for nav, label in NAV_AREAS.items():
        muscles: dict[str, list[str]] = {}
        for point_id, point in dataset.points.items():
            if point.nav_area == nav:
                muscles.setdefault(point.muscle, []).append(point_id)
        entries = [
            _browse_muscle(dataset, key, muscles[key]) for key in sorted(muscles, key=lambda k: dataset.muscles[k].name)
        ]
        groups.append(
            html.Div([dmc.Text(label, fw=600, size="sm", mt="xs"), html.Div(entries, className="browse-group")])
        )
    return groups


@callbacks.callback(Output(ids.BROWSE_GROUPS, "children"), Input(ids.BROWSE_LIST, "value"), prevent_initial_call=True)
def show_browse_list(opened: object) -> list:
    """Draws the buttons when the list opens and removes them when it closes.

    Every mounted Dash component adds to the cost of every update in the browser, so a list of every point (128
    buttons, or thousands on a larger dataset) is only kept while someone is reading it.
    """
    return browse_groups(current_dataset()) if opened == BROWSE_OPEN else []


def _result_button(point_id: str, children: list | str, class_name: str = "search-result") -> html.Button:
    return html.Button(children, id={"type": ids.SEARCH_RESULT, "point": point_id}, className=class_name, n_clicks=0)


def _why(detail: str) -> list:
    """Where a point's pattern meets the place searched, as a line of its button (nothing when no place was)."""
    return [html.Span(detail, className="result-why")] if detail else []


def result_entry(dataset: Dataset, hit: MuscleHit) -> html.Div:
    """One muscle among the results: a single button when the muscle has one point, else its name and why it
    matched, with a button for each matching point beneath (its label, and where its pattern meets the place
    searched), so that no two lines read alike."""
    head = [html.Span(hit.name, className="result-muscle"), html.Span(hit.reason, className="result-reason")]
    if len(dataset.muscle_points(hit.muscle)) == 1:
        [point] = hit.points
        head[0] = html.Span(dataset.point_name(point.point_id), className="result-muscle")
        return html.Div(_result_button(point.point_id, head + _why(point.detail)), className="result-group",
                        role="listitem")  # fmt: skip
    buttons = [_result_button(p.point_id, [p.label, *_why(p.detail)] if p.detail else p.label,
                              "search-result result-point") for p in hit.points]  # fmt: skip
    return html.Div([html.Div(head, className="result-head"), *buttons], className="result-group", role="listitem")


def pain_offer_link(offer: PainOffer) -> dcc.Link:
    """ "Show where it hurts: headache": opens the pain finder with the place marked (a link like any other view)."""
    return dcc.Link(
        ["Show where it hurts: ", html.B(offer.label)],
        href=f"/{offer.query}",
        className="search-offer",
        title="Open the pain finder with these areas marked, to see which points may cause the pain",
    )


def _lead(found: SearchResult) -> list:
    """What comes before the muscles: the query as corrected, and the pain-finder offers."""
    lead = [dmc.Text(["Showing results for ", html.B(found.corrected)], size="sm", className="search-corrected")]
    offers = [pain_offer_link(offer) for offer in found.offers]
    return (lead if found.corrected else []) + ([html.Div(offers, className="search-offers")] if offers else [])


def _more_text(found: SearchResult, shown: int) -> tuple[str, bool]:
    """What "Show more" says with `shown` muscles listed, and whether it is hidden (every muscle is shown)."""
    left = len(found.muscles) - shown
    return f"Show more ({left} more muscle{'s' if left != 1 else ''})", left <= 0


def more_button(found: SearchResult, shown: int) -> html.Button:
    """ "Show more (n more muscles)", hidden once every muscle is shown. Drawn afresh with each query's results, so
    its clicks count the pages added to them."""
    text, hidden = _more_text(found, shown)
    return html.Button(text, id=MORE_ID, n_clicks=0, hidden=hidden, className="search-more")


def _search(query: object) -> SearchResult:
    return search(current_dataset(), bounded_text(query, MAX_SEARCH))


@callbacks.callback(Output(ids.SEARCH_RESULTS, "children"), Input(ids.SEARCH, "value"))
def show_results(query: object) -> list:
    """Lists the first muscles that match what the user typed (its first MAX_SEARCH characters: anything may be
    sent): the query as corrected and the pain-finder offers, a page of muscles, and "Show more"; a gentle note
    when nothing matches."""
    found = _search(query)
    if not found.muscles:
        typed = isinstance(query, str) and query[:MAX_SEARCH].strip()
        return [dmc.Text("No trigger point matches that yet.", size="sm", c="dimmed")] if typed else []
    dataset = current_dataset()
    entries = [result_entry(dataset, hit) for hit in found.muscles[:PAGE]]
    return [
        html.Div(_lead(found), className="search-lead"),
        html.Div(entries, role="list", className="search-list", **{"aria-label": "Search results"}),
        more_button(found, len(entries)),
    ]


@callbacks.callback(
    Output(ids.SEARCH_RESULTS, "children", allow_duplicate=True),
    Input(MORE_ID | {"of": ALL}, "n_clicks"),
    State(ids.SEARCH, "value"),
    prevent_initial_call=True,
)
def show_more(clicks: list | None, query: object) -> Patch:
    """Adds the next page of muscles below those shown, and updates "Show more" (only the new entries are sent: the
    results may be long). The button's clicks since the results were drawn say how many pages are shown."""
    pages = clicks[0] if isinstance(clicks, list) and len(clicks) == 1 else None
    if not isinstance(pages, int) or isinstance(pages, bool) or pages < 1:
        return no_update  # drawn with the results, not clicked
    found = _search(query)
    shown = min(PAGE * (pages + 1), len(found.muscles))
    dataset = current_dataset()
    added = Patch()
    added[LIST_AT]["props"]["children"].extend(
        [result_entry(dataset, hit) for hit in found.muscles[PAGE * pages : shown]]
    )
    # Only the button's text and visibility change: it keeps its clicks, which count the pages shown.
    added[MORE_AT]["props"]["children"], added[MORE_AT]["props"]["hidden"] = _more_text(found, shown)
    return added
