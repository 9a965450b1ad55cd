"""Serves the app and saves the documentation screenshots (desktop 1280x800, phone 390x844) to docs/screenshots/.

Usage: python scripts/take_screenshots.py [--only FILE ...]   (needs Debian's chromium and the dev requirements)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from tests.browser.helpers import open_app, zoom_to  # noqa: E402
from triggerpoints.study_schedule import empty_progress, record_answer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SHOTS = [
    # (file, width, height, query, zoom option or None, element to scroll into view ("click:" + a button to
    # press first, for a dialog) or False)
    ("explorer-desktop.png", 1280, 800, "?point=infraspinatus-1", None, False),
    ("explorer-desktop-zoom-neck.png", 1280, 800, "?point=sternocleidomastoid-sternal-1", "Head & neck (front)", False),
    ("explorer-desktop-gluteus-minimus.png", 1280, 800, "?point=gluteus-minimus-2", None, False),
    ("explorer-desktop-pattern-temporalis.png", 1280, 800, "?point=temporalis-1&zoom=pattern", None, False),
    ("explorer-desktop-not-found.png", 1280, 800, "?point=no-such-muscle", None, False),
    (
        "pain-finder-desktop.png",
        1280,
        800,
        "?pain=temple-right,back-of-neck-right,side-of-neck-right&point=upper-trapezius-1",
        None,
        False,
    ),
    (
        "pain-finder-sciatica-desktop.png",
        1280,
        800,
        "?pain=buttock-right,back-of-thigh-right,calf-right&point=gluteus-minimus-2",
        None,
        False,
    ),
    ("pain-finder-phone.png", 390, 844, "?pain=heel-left,sole-left&point=soleus-1&side=left", None, False),
    (
        "pain-finder-phone-candidates.png",
        390,
        844,
        "?pain=temple-right,back-of-neck-right,side-of-neck-right&point=upper-trapezius-1",
        None,
        "#candidate-list > li:nth-child(3)",
    ),
    ("explorer-phone.png", 390, 844, "?point=upper-trapezius-1", None, False),
    ("patient-view-tablet.png", 1024, 768, "?point=upper-trapezius-1&view=patient", None, False),
    ("patient-view-phone.png", 390, 844, "?point=upper-trapezius-1&view=patient", None, "#point-details"),
    ("study-desktop.png", 1280, 800, "?mode=study", None, False),
    ("study-phone.png", 390, 844, "?mode=study", None, "#study-panel"),
    ("guided-check-desktop.png", 1280, 800, "?mode=self-care&point=quadratus-lumborum-1", None, "#guided-precautions"),
    ("guided-check-phone.png", 390, 844, "?mode=self-care&point=quadratus-lumborum-1", None, "#guided-precautions"),
    ("guided-stop-desktop.png", 1280, 800, "?mode=self-care&point=pectoralis-minor-1&side=left", None, "#guided-end"),
    ("guided-stop-phone.png", 390, 844, "?mode=self-care&point=pectoralis-minor-1&side=left", None, "#guided-end"),
    ("dark-mode-desktop.png", 1280, 800, "?pain=heel-left,sole-left&point=soleus-1&side=left#dark", None, False),
    ("dark-mode-phone.png", 390, 844, "?point=infraspinatus-1#dark", None, False),
    ("explorer-phone-details.png", 390, 844, "?point=upper-trapezius-1", None, "#point-details"),
    ("technique-dialog-desktop.png", 1280, 800, "?point=upper-trapezius-1", None, "click:.technique-open"),
    ("technique-dialog-phone.png", 390, 844, "?point=upper-trapezius-1", None, "click:.technique-open"),
    ("muscle-selected-desktop.png", 1280, 800, "?point=infraspinatus-1", "Shoulder & upper arm (back)", False),
    ("muscle-selected-phone.png", 390, 844, "?point=tibialis-anterior-1&zoom=pattern", None, False),
    (
        "muscles-layer-desktop.png",
        1280,
        800,
        "?point=infraspinatus-1&layers=muscles",
        "Shoulder & upper arm (back)",
        False,
    ),
    ("search-desktop.png", 1280, 800, "?mode=explore", None, False),
    ("search-phone.png", 390, 844, "?mode=explore", None, False),
    ("self-care-history-desktop.png", 1280, 800, "?mode=self-care&point=upper-trapezius-1&side=left", None, False),
    ("self-care-history-phone.png", 390, 844, "?mode=self-care&point=upper-trapezius-1&side=left", None, False),
    ("record-export-import-desktop.png", 1280, 800, "?mode=self-care&point=upper-trapezius-1&side=left", None, False),
    ("record-export-import-phone.png", 390, 844, "?mode=self-care&point=upper-trapezius-1&side=left", None, False),
]


# One point from each body area, to look at the X and the zones against the charts (docs/content-review.md).
CONTENT_CHECK = [
    ("temporalis-1", "Head & neck (front)"),
    ("levator-scapulae-1", "Shoulder & upper arm (back)"),
    ("supinator-1", None),
    ("pectoralis-major-1", "Chest & abdomen (front)"),
    ("quadratus-lumborum-1", "Back & buttocks (back)"),
    ("gluteus-minimus-1", None),
    ("vastus-medialis-1", "Hip, thigh & knee (front)"),
    ("soleus-1", "Lower leg, ankle & foot (back)"),
]


def _stop_for_tingling(page) -> None:
    """A guided session stopped during the hold: rated, found, pressed, then "Stop: it tingles"."""
    page.locator("#guided-next").click()
    page.get_by_role("radiogroup", name="How strong is the pain right now?").get_by_role("radio", name="5").check()
    for _ in range(2):
        page.locator("#guided-next").click()
    page.locator("#guided-start").click()
    page.get_by_role("button", name="Stop: it tingles, goes numb or shoots").click()
    page.wait_for_selector("#guided-end .guided-stop")


def _search_headache(page) -> None:
    """ "headache" typed in the search box: its pain-finder offer and the first page of muscles."""
    page.locator("#search").fill("headache")
    page.wait_for_selector(".search-list .result-group")


def _search_headache_on_a_phone(page) -> None:
    """The same, scrolled so that the search box stands at the top of the screen (below the map on a phone)."""
    _search_headache(page)
    page.locator(".search").evaluate("box => box.scrollIntoView({block: 'start'})")


# Three weeks of sessions on the upper trapezius (pain easing) and two on the soleus, as the browser keeps them.
SESSIONS = [
    {"when": f"2026-11-{day:02d} {hour}", "point": point, "side": side, "before": before, "after": after,
     "session": f"s{n}"}
    for n, (day, hour, point, side, before, after) in enumerate([
        (9, "08:10", "upper-trapezius-1", "left", 7, 5), (12, "19:30", "upper-trapezius-1", "left", 7, 4),
        (14, "18:05", "soleus-1", "right", 5, 3), (16, "07:50", "upper-trapezius-1", "left", 6, 4),
        (19, "20:15", "upper-trapezius-1", "left", 6, 3), (21, "18:40", "soleus-1", "right", 4, 2),
        (23, "08:00", "upper-trapezius-1", "left", 5, 3), (27, "19:10", "upper-trapezius-1", "left", 4, 2),
        (30, "18:30", "upper-trapezius-1", "left", 4, 1)])
]  # fmt: skip


def _with_sessions(page) -> None:
    """The sessions above kept in the browser, the page opened again, the history and its chart in view."""
    page.evaluate("(h) => localStorage.setItem('guided-history', JSON.stringify(h))", SESSIONS)
    page.reload()
    page.wait_for_selector("#self-care-chart .scatterlayer .trace")
    page.locator(".self-care-chart").evaluate("chart => chart.scrollIntoView({block: 'end'})")


def _export_and_import(page) -> None:
    """The record downloaded, the browser cleared, the file uploaded again: the message says what came back."""
    progress, now = empty_progress(), datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    for card in ("upper-trapezius-1", "soleus-1", "muscle:trapezius", "infraspinatus-1"):
        progress, now = record_answer(progress, card, True, now), now + timedelta(minutes=3)
    page.evaluate("([h, p]) => { localStorage.setItem('guided-history', JSON.stringify(h));"
                  " localStorage.setItem('study-progress', JSON.stringify(p)); }", [SESSIONS, progress])  # fmt: skip
    page.reload()
    page.wait_for_selector("#self-care-chart .scatterlayer .trace")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my record").click()
    with tempfile.TemporaryDirectory() as folder:
        saved = Path(folder) / download.value.suggested_filename
        download.value.save_as(saved)
        page.evaluate("() => localStorage.clear()")
        page.reload()
        page.wait_for_selector("#guided-history-view")
        page.locator("#record-upload input[type=file]").set_input_files(saved)
        page.wait_for_selector("#record-note .record-parts")
    page.locator(".user-record").evaluate("record => record.scrollIntoView({block: 'end'})")


# Screenshots that need the page used first.
ACTIONS = {"guided-stop-desktop.png": _stop_for_tingling, "guided-stop-phone.png": _stop_for_tingling,
           "search-desktop.png": _search_headache, "search-phone.png": _search_headache_on_a_phone,
           "self-care-history-desktop.png": _with_sessions, "self-care-history-phone.png": _with_sessions,
           "record-export-import-desktop.png": _export_and_import,
           "record-export-import-phone.png": _export_and_import}  # fmt: skip


def main() -> None:
    """Takes every screenshot in SHOTS and the content-check pictures of the map, or only the files named."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="FILE", help="take only these screenshots of SHOTS")
    only = parser.parse_args().only
    OUT.mkdir(parents=True, exist_ok=True)
    process, url = serve(["app.py"])
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, width, height, query, zoom, scroll in SHOTS:
                if only and name not in only:
                    continue
                page = browser.new_page(viewport={"width": width, "height": height})
                dark = query.endswith("#dark")
                open_app(page, f"{url}/{query.removesuffix('#dark')}")
                if dark:
                    page.locator("#theme-switch + .mantine-Switch-track").click()
                    page.wait_for_timeout(500)
                if "mode=" not in query:
                    page.wait_for_selector("#point-details h2")
                if zoom:
                    zoom_to(page, zoom)
                if name in ACTIONS:
                    ACTIONS[name](page)
                if scroll and scroll.startswith("click:"):
                    page.locator(scroll.removeprefix("click:")).first.click()
                    page.wait_for_selector("[role=dialog] .steps")
                elif scroll:
                    page.locator(scroll).scroll_into_view_if_needed()
                page.wait_for_timeout(600)
                page.screenshot(path=str(OUT / name))
                page.close()
                print(f"wrote docs/screenshots/{name}")
            (OUT / "content-check").mkdir(exist_ok=True)
            for point_id, zoom in () if only else CONTENT_CHECK:
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                open_app(page, f"{url}/?point={point_id}")
                page.wait_for_selector("#point-details h2")
                if zoom:
                    zoom_to(page, zoom)
                page.wait_for_timeout(600)
                page.locator(".map-column").screenshot(path=str(OUT / "content-check" / f"{point_id}.png"))
                page.close()
                print(f"wrote docs/screenshots/content-check/{point_id}.png")
            browser.close()
    finally:
        process.terminate()


if __name__ == "__main__":
    main()
