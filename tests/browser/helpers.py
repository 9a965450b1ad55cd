"""Browser helpers: find where an X is drawn, click it, read what the figure shows; wait for a quiz question."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import expect
from shapely.geometry import Polygon

from components import ids
from triggerpoints.figure import POINTS_TRACE
from triggerpoints.figure_shapes import (
    ESSENTIAL_SHAPE,
    HIDDEN_PATH,
    MARKED_FILL_SHAPE,
    SELECTED_SHAPE,
    SKIN_SHAPE,
    SPILLOVER_SHAPE,
    shape_outlines,
)

__all__ = ["ESSENTIAL_SHAPE", "HIDDEN_PATH", "MARKED_FILL_SHAPE", "SELECTED_SHAPE", "SKIN_SHAPE", "SPILLOVER_SHAPE"]
FIGURE = "document.querySelector('#body-map .js-plotly-plot')"

_X_POSITION = f"""([pointId, side]) => {{
  const gd = {FIGURE};
  const trace = gd.data[{POINTS_TRACE}];
  const i = trace.customdata.findIndex(c => c[0] === pointId && c[1] === side);
  const box = gd.getBoundingClientRect();
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  return [box.left + xa._offset + xa.l2p(trace.x[i]), box.top + ya._offset + ya.l2p(trace.y[i])];
}}"""

_DATA_TO_PAGE = f"""([x, y]) => {{
  const gd = {FIGURE};
  const box = gd.getBoundingClientRect();
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  return [box.left + xa._offset + xa.l2p(x), box.top + ya._offset + ya.l2p(y)];
}}"""


def open_app(page, url: str) -> None:
    """Opens a page of the app and waits until the figure is drawn."""
    page.goto(url)
    page.wait_for_selector("#body-map .js-plotly-plot .scatterlayer")
    page.wait_for_function(f"() => {FIGURE}._fullLayout !== undefined")


def click_x(page, point_id: str, side: str) -> None:
    """Hovers and clicks the X of a point as a user would."""
    x, y = page.evaluate(_X_POSITION, [point_id, side])
    page.mouse.move(x, y - 6)
    page.mouse.move(x, y)
    # Plotly must be hovering this very X (not a neighbour, not mid-redraw) before the click counts.
    page.wait_for_function(
        f"""([pointId, side]) => {{
          const hover = {FIGURE}._hoverdata || [];
          return hover.length > 0 && hover[0].customdata && hover[0].customdata[0] === pointId
                 && hover[0].customdata[1] === side;
        }}""",
        arg=[point_id, side],
        timeout=5000,
    )
    page.mouse.click(x, y)


def shape_xs(page, slot: int) -> list[float]:
    """The x values a shape slot draws now (none when hidden; the selected X's position for the ring)."""
    shape = page.evaluate(f"{FIGURE}.layout.shapes[{slot}]")
    if shape["path"] == HIDDEN_PATH:
        return []
    if slot == SELECTED_SHAPE:
        return [shape["xanchor"]]
    return [x for outline in shape_outlines(shape["path"]) for x, _ in outline]


def shape_shown(page, slot: int) -> None:
    """Waits until a shape slot is drawn."""
    page.wait_for_function(f"() => {FIGURE}.layout.shapes[{slot}].path !== '{HIDDEN_PATH}'")


def zone_sides(page, slot: int = ESSENTIAL_SHAPE) -> set[str]:
    """The person's sides a zone is drawn on (front view centre 170, back view centre 510)."""
    xs = [x for x in shape_xs(page, slot) if abs(x - 170) > 0.2 and abs(x - 510) > 0.2]  # midline is shared
    return {"right" if x < 170 or x > 510 else "left" for x in xs}


def zoom_to(page, option: str) -> None:
    """Chooses an area in the zoom control and waits for the figure to move there."""
    before = page.evaluate("document.querySelector('#body-map .js-plotly-plot')._fullLayout.xaxis.range.join()")
    page.locator("#zoom").click()
    page.get_by_role("option", name=option, exact=True).click()
    page.wait_for_function(f"() => {FIGURE}._fullLayout.xaxis.range.join() !== '{before}'")


def region_spot(dataset, region_id: str, view: str | None = None) -> tuple[float, float]:
    """A point well inside a region on a view (by default the first it is drawn on), in figure coordinates."""
    region = dataset.regions[region_id]
    return Polygon(region.outline(view or region.views[0])).representative_point().coords[0]


def hover_region(page, dataset, region_id: str, view: str | None = None) -> tuple[float, float]:
    """Moves the pointer over a region of the figure (on a view it is drawn on); returns the page position."""
    x, y = page.evaluate(_DATA_TO_PAGE, list(region_spot(dataset, region_id, view)))
    page.mouse.move(x - 3, y)
    page.mouse.move(x, y)
    return x, y


def click_region(page, dataset, region_id: str, view: str | None = None) -> None:
    """Points at a region until its name shows, then clicks it, as a user would (in the pain finder this toggles it)."""
    region = dataset.regions[region_id]
    x, y = hover_region(page, dataset, region_id, view)
    expect(page.locator(".region-tooltip")).to_contain_text(dataset.area_label(region.area, region.side))
    page.mouse.click(x, y)


def figure_ready(page) -> None:
    """Waits until Plotly has finished drawing the latest figure update."""
    page.wait_for_function(f"() => !{FIGURE}.classList.contains('dash-graph--pending')")


def callbacks_settled(page) -> None:
    """Waits until Dash has no callback requested, running or waiting to apply (as dash.testing checks)."""
    page.wait_for_function(
        """() => {
          const callbacks = Object.assign({}, window.store.getState().callbacks);
          delete callbacks.stored;
          delete callbacks.completed;
          return Object.values(callbacks).every((list) => list.length === 0);
        }"""
    )


def page_settled(page) -> None:
    """Waits until the page is still: no callback pending, the figure drawn, and no transition or animation running
    (a colour half-way through a fade would be scanned as it looks at that moment)."""
    callbacks_settled(page)
    figure_ready(page)
    page.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')")


def hover_at(page, x: float, y: float) -> None:
    """Moves the pointer to (x, y) and waits until Plotly has handled the hover there: with clickanywhere, a click
    reports the figure coordinates the last hover found (`_hoverXVals`), so it must be this one."""
    page.evaluate(f"() => {{ {FIGURE}._hoverXVals = undefined; }}")
    page.mouse.move(x, y)
    page.wait_for_function(f"() => {FIGURE}._hoverXVals !== undefined")


# The quiz's question as Dash holds it (the STUDY_QUESTION store): each answer from the server is a new object, so
# a question asked again that reads exactly like the last one is still told apart from it.
_QUIZ = f"window.dash_component_api.getLayout('{ids.STUDY_QUESTION}').props.data"
# Whether the quiz's question is drawn as it stands (its answers, enabled until answered, or the map cursor); with
# `fresh`, also that it is unanswered and not the one noted before the last `new_question`.
_QUESTION_DRAWN = f"""(fresh) => {{
  const quiz = {_QUIZ};
  if (!quiz || !quiz.question) return false;
  if (fresh && (quiz.answered || quiz === window.tpxQuestionBefore)) return false;
  const buttons = [...document.querySelectorAll('#{ids.STUDY_OPTIONS} .study-option')];
  const options = quiz.question.options, answered = Boolean(quiz.answered);
  if (options.length === 0) {{
    return buttons.length === 0 && (document.getElementById('{ids.STUDY_KEYS}') !== null) === !answered;
  }}
  return buttons.length === options.length
    && buttons.every((b, i) => b.disabled === answered && b.textContent === options[i]);
}}"""


def question_shown(page) -> None:
    """Waits until the quiz's question is drawn (study mode asks one as it opens)."""
    page.wait_for_function(_QUESTION_DRAWN, arg=False)
    callbacks_settled(page)


def new_question(page, ask: Callable[[], None]) -> None:
    """Does what asks a quiz question (Next, another kind or area) and waits until that very question is drawn,
    ready to answer: not the one shown before, whose buttons may still be on screen, or look the same.

    The question shown first is waited for, so the one study mode asks as it opens is not taken for the new one."""
    question_shown(page)
    page.evaluate(f"() => {{ window.tpxQuestionBefore = {_QUIZ}; }}")
    ask()
    page.wait_for_function(_QUESTION_DRAWN, arg=True)
    callbacks_settled(page)


def choose_question_kind(page, label: str) -> None:
    """Chooses another kind of question (not the one chosen now) and waits until its question is drawn."""

    def choose() -> None:
        page.locator(f"#{ids.STUDY_KIND}").click()
        page.get_by_role("option", name=label).click()

    new_question(page, choose)


# The guided session's step as the page shows it: the title of the step in progress, or the stepper's class when the
# session has ended early (no step is in progress then).
_GUIDED_STEP = ("() => { const s = document.querySelector('#guided-stepper');"
                " const p = s && s.querySelector('.mantine-Stepper-step[data-progress]');"
                " return (p ? p.textContent : '') + '|' + (s ? s.className : ''); }")  # fmt: skip


def guided_next(page, times: int = 1) -> None:
    """Presses the guided session's Next, each time waiting for the step to change: Next reads the step it leaves
    from the page, so a second press before the first one's answer would move one step, not two."""
    for _ in range(times):
        before = page.evaluate(_GUIDED_STEP)
        page.locator("#guided-next").click()
        page.wait_for_function(f"before => ({_GUIDED_STEP})() !== before", arg=before)


# The guided session's two pain scales, by their names as a screen reader reads them.
BEFORE, AFTER = "How strong is the pain right now?", "How strong is the pain now?"


def rate_pain(page, scale: str, value: int) -> None:
    """Ticks a value on one of the guided session's pain scales (BEFORE or AFTER)."""
    page.get_by_role("radiogroup", name=scale).get_by_role("radio", name=str(value), exact=True).check()
