"""Articles are untrusted: markup in their text, titles, actors and places shows as text in
every view and never runs."""

from __future__ import annotations

import pytest

from .conftest import XSS_IMG, XSS_SCRIPT

pytestmark = pytest.mark.slow

VIEWS = [
    ("events", "/events"),
    ("events_dyad", "/events?a=Russia&b=Taliban"),
    ("timeline", "/timeline?a=Russia&b=Taliban"),
    ("network", "/network?window=all"),
    ("map", "/map"),
    ("documents", "/reader"),
    ("reader", "/reader/hostile_0002"),
    ("conflicts", "/conflicts"),
]


@pytest.mark.parametrize(("name", "path"), VIEWS)
def test_markup_in_articles_renders_as_text(page, synthetic_server, artifacts, name, path):
    page.goto(synthetic_server.url + path)
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    page.wait_for_timeout(300)
    if name in ("events", "events_dyad"):
        page.locator("tr.event-row", has_text="attacked").first.click()  # detail view too
    assert page.evaluate("window.__xss") is None, "article script ran"
    # no element came from article markup
    assert page.evaluate("document.querySelectorAll('img[onerror], img[src=x]').length") == 0
    assert page.evaluate(
        "[...document.scripts].filter(s => !s.src).length") == 0, "inline script in DOM"
    body = page.locator("main").inner_text()
    if name in ("events", "events_dyad", "reader", "conflicts"):
        assert XSS_IMG in body  # shown, literally, as text
    if name in ("events", "reader", "documents"):
        assert "<script>" in body
    assert page.js_errors == []
    page.screenshot(path=str(artifacts / f"xss_{name}.png"), full_page=True)


def test_tooltips_and_titles_stay_text(page, synthetic_server):
    page.goto(synthetic_server.url + "/reader/hostile_0002")
    page.wait_for_selector("body[data-ready=true]")
    assert XSS_SCRIPT in page.locator("main h2").inner_text()
    assert page.evaluate("document.querySelectorAll('main script, main img').length") == 0


def test_chart_tooltips_escape_markup(page, synthetic_server):
    """Vega's tooltip handler (used by the map and the timeline) gets an article place name."""
    page.goto(synthetic_server.url + "/map")
    page.wait_for_selector("#map-chart[data-rendered=true] svg", timeout=30_000)
    shown = page.evaluate("""(payload) => {
      const v = window.__mapView;
      v.tooltip().call(v, v, new MouseEvent('mousemove', {clientX: 200, clientY: 200}), {},
                       {place: payload});
      const t = document.getElementById('vg-tooltip-element');
      return {text: t.textContent, elements: t.querySelectorAll('img, script').length};
    }""", XSS_IMG + XSS_SCRIPT)
    assert shown["elements"] == 0
    assert XSS_IMG in shown["text"]
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss") is None
