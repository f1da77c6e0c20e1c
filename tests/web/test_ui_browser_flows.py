"""The web UI in headless Debian Chromium (Playwright): filter a dyad, see the timeline chart
and the network, click an event through to its evidence sentence and its document."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _ready(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)


def _filter_dyad(page, base: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/events")
    _ready(page)
    page.fill("input[name=a]", a)
    page.fill("input[name=b]", b)
    page.click("#apply")
    page.wait_for_url("**/events?a=*")
    _ready(page)


def walk_dyad(page, base: str, a: str, b: str, artifacts, prefix: str) -> None:  # type: ignore[no-untyped-def]
    """The analyst's path, with a screenshot at every step."""
    _filter_dyad(page, base, a, b)
    rows = page.locator("#events-table tbody tr.event-row")
    assert rows.count() > 0, "no events for the dyad"
    page.screenshot(path=str(artifacts / f"{prefix}_1_events.png"), full_page=True)

    # click an event through to its evidence sentence
    row = rows.first
    event_id = row.get_attribute("data-event-id")
    row.click()
    detail = page.locator("#event-detail")
    detail.wait_for()
    assert detail.get_attribute("data-event-id") == event_id
    assert detail.locator(".evidence mark.trigger").count() == 1
    evidence = detail.locator(".evidence").inner_text()
    page.screenshot(path=str(artifacts / f"{prefix}_2_event_detail.png"), full_page=True)

    detail.locator("a.reader-link").click()
    page.wait_for_url("**/reader/**")
    _ready(page)
    selected = page.locator("#reader .sentence-span.selected")
    selected.wait_for()
    assert selected.inner_text().strip() == evidence.strip()
    page.screenshot(path=str(artifacts / f"{prefix}_3_reader.png"), full_page=False)

    # the dyad timeline chart renders
    page.click("#nav a[data-page=timeline]")
    _ready(page)
    page.wait_for_selector("#timeline-chart[data-rendered=true] svg", timeout=30_000)
    assert page.locator("#timeline-chart svg .mark-rect path, #timeline-chart svg path").count() > 0
    assert page.locator("#periods-table tbody tr").count() > 0
    page.screenshot(path=str(artifacts / f"{prefix}_4_timeline.png"), full_page=True)

    # the network draws
    page.click("#nav a[data-page=network]")
    _ready(page)
    page.wait_for_selector("#cy canvas")
    assert int(page.get_attribute("#cy", "data-nodes") or 0) >= 2
    assert int(page.get_attribute("#cy", "data-edges") or 0) >= 1
    assert page.evaluate("window.__cy.nodes().length") >= 2
    page.screenshot(path=str(artifacts / f"{prefix}_5_network.png"), full_page=True)

    # the map answers with the same filters
    page.click("#nav a[data-page=map]")
    _ready(page)
    page.wait_for_selector("#map-chart[data-rendered=true] svg", timeout=30_000)
    page.screenshot(path=str(artifacts / f"{prefix}_6_map.png"), full_page=True)
    assert page.js_errors == []


def test_ui_walks_a_dyad_on_a_store(page, synthetic_server, artifacts):
    walk_dyad(page, synthetic_server.url, "Russia", "Taliban", artifacts, "ui_synthetic")
    # the timeline marks the turn from hostility to cooperation
    page.goto(synthetic_server.url + "/timeline?a=Russia&b=Taliban")
    _ready(page)
    first_shift = page.locator("#shifts .shift").first.inner_text()
    assert "2003 hostile" in first_shift and "2007 cooperative" in first_shift


def test_network_slider_moves_through_windows(page, synthetic_server, artifacts):
    page.goto(synthetic_server.url + "/network?window=5y")
    _ready(page)
    page.wait_for_selector("#cy canvas")
    slider = page.locator("#window-slider")
    labels = set()
    for i in range(int(slider.get_attribute("max")) + 1):
        slider.fill(str(i))
        labels.add(page.locator("#window-label").inner_text().split(" ")[0])
    assert {"1995-1999", "2005-2009", "2020-2024"} <= labels
    colours = page.evaluate("window.__cy.edges().map(e => e.data('colour'))")
    assert colours and set(colours) <= {"#2e7d32", "#c62828", "#9e9e9e"}
    page.screenshot(path=str(artifacts / "ui_network_last_window.png"), full_page=True)


def test_ui_walks_russia_taliban_on_the_seeds(page, seeds_server, artifacts):
    """The acceptance path on the seeds through the real pipeline (needs coded events)."""
    walk_dyad(page, seeds_server.url, "Russia", "Taliban", artifacts, "ui_seeds")
