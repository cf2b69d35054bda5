"""Faults: the server restarts, the tab reloads, the widget iframe reloads, the loader fails.

Every time: no event is dispatched twice, no event the user can still expect is
lost, and the user sees a clear message while something is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.reliability.driving import click_and_wait, details, wait_all_dispatched
from tests.support.loader_server import LoaderServer
from tests.support.pages import new_page, open_guarded_page
from tests.support.servers import StreamlitServer
from tests.support.streamlit_page import dispatched, wait_ready, wait_until, widget

APP = Path(__file__).parent / "apps" / "faults_app.py"


def contents(seen: list[dict[str, Any]]) -> list[str]:
    return [detail["message"]["content"] for detail in details(seen)]


def session_of(page: Page) -> str:
    text = page.get_by_test_id("stCaptionContainer").filter(has_text="session:").inner_text()
    return text.split("session: ")[1].split()[0]


@pytest.fixture
def own_server() -> Iterator[list[StreamlitServer]]:
    """A server of the faults app for one test (a list: a restart replaces it)."""
    running = [StreamlitServer(APP, extra_env={"OCTOCOM_GENERATION": "1"})]
    yield running
    running[-1].stop()


def test_server_restart_mid_session(browser: Browser, own_server: list[StreamlitServer]) -> None:
    page = open_guarded_page(browser, own_server[0].url)
    try:
        wait_ready(page)
        first = session_of(page)
        click_and_wait(page, "Call", "calls: 1 runs")
        click_and_wait(page, "Call x3", "calls: 4 runs")
        before = [f"gen1 {first} #{n}" for n in range(1, 5)]
        assert contents(wait_all_dispatched(page, 4, settle=0.5)) == before

        own_server[0].stop()
        # A clear message while the server is away, and no way to make a call that cannot arrive.
        expect(page.get_by_text("Connection error")).to_be_visible(timeout=20_000)
        expect(page.get_by_role("button", name="Call", exact=True)).to_be_disabled()

        own_server.append(
            StreamlitServer(APP, extra_env={"OCTOCOM_GENERATION": "2"}, port=own_server[0].port)
        )
        expect(page.get_by_text("Connection error")).to_be_hidden(timeout=60_000)
        expect(page.get_by_role("button", name="Call", exact=True)).to_be_enabled(timeout=20_000)
        page.wait_for_timeout(1000)
        assert contents(dispatched(page)) == before  # nothing replayed by the new server

        click_and_wait(page, "Call", "gen: 2 session:")
        second = session_of(page)
        assert second != first  # the restart started a new Streamlit session
        click_and_wait(page, "Call in fragment", "fragment calls: 2 fragment-finished")
        after = [f"gen2 {second} #1", f"gen2 {second} #2"]
        assert contents(wait_all_dispatched(page, 6)) == before + after
        assert page.evaluate("window.__frameLoads") == 1
    finally:
        page.context.close()


def test_tab_reload_replays_nothing_and_keeps_working(
    browser: Browser, own_server: list[StreamlitServer]
) -> None:
    page = open_guarded_page(browser, own_server[0].url)
    try:
        wait_ready(page)
        click_and_wait(page, "Call x3", "calls: 3 runs")
        assert len(wait_all_dispatched(page, 3, settle=0.3)) == 3
        old = session_of(page)
        page.reload()
        wait_ready(page)
        page.wait_for_timeout(1500)
        assert dispatched(page) == []  # a new page: nothing from before is dispatched again
        new = session_of(page)
        click_and_wait(page, "Call", "calls: 1 runs")
        click_and_wait(page, "Call", "calls: 2 runs")
        assert contents(wait_all_dispatched(page, 2)) == [f"gen1 {new} #1", f"gen1 {new} #2"]
        assert new != old
    finally:
        page.context.close()


RELOAD_WIDGET = (
    """() => document.querySelector('iframe[title*="octocom_widget"]').contentWindow.location.reload()"""
)


def test_widget_iframe_reload_repeats_nothing(browser: Browser, own_server: list[StreamlitServer]) -> None:
    """The widget's iframe reloads mid-session (same Streamlit session): what was dispatched
    is not dispatched again, and calls after the reload arrive once."""
    page = open_guarded_page(browser, own_server[0].url)
    try:
        wait_ready(page)
        session = session_of(page)
        click_and_wait(page, "Call x3", "calls: 3 runs")
        assert len(wait_all_dispatched(page, 3, settle=0.3)) == 3
        page.evaluate(RELOAD_WIDGET)
        wait_until(lambda: page.evaluate("window.__frameLoads") == 2, message="the iframe reloaded")
        widget(page).locator(".oc-launcher").wait_for()
        click_and_wait(page, "Call", "calls: 4 runs")  # its window replays #1-#3 to the new iframe
        click_and_wait(page, "Call in fragment", "fragment calls: 5 fragment-finished")
        assert contents(wait_all_dispatched(page, 2)) == [f"gen1 {session} #4", f"gen1 {session} #5"]
    finally:
        page.context.close()


def test_call_while_the_widget_iframe_reloads_is_not_lost(
    browser: Browser, own_server: list[StreamlitServer]
) -> None:
    """Deterministic: the reloaded iframe's request is held (CDP Fetch) until the call's run ended."""
    page = new_page(browser, own_server[0].url, record=False)
    try:
        wait_ready(page)
        session = session_of(page)
        cdp = page.context.new_cdp_session(page)
        paused: list[str] = []
        cdp.on("Fetch.requestPaused", lambda event: paused.append(event["requestId"]))
        cdp.send("Fetch.enable", {"patterns": [{"urlPattern": "*octocom_widget/index.html*"}]})
        page.evaluate(RELOAD_WIDGET)
        for _ in range(200):  # Playwright delivers CDP events while the page is waited on
            if paused:
                break
            page.wait_for_timeout(50)
        assert paused, "the reload request was not held"
        click_and_wait(page, "Call", "calls: 1 runs")  # the old document is still there, unloading
        cdp.send("Fetch.continueRequest", {"requestId": paused[0]})
        cdp.send("Fetch.disable")
        widget(page).locator(".oc-launcher").wait_for()
        page.wait_for_timeout(1500)
        assert widget(page).locator(".oc-msg--customer").all_inner_texts() == [f"gen1 {session} #1"]
    finally:
        page.context.close()


@pytest.fixture
def flaky_loader() -> Iterator[tuple[LoaderServer, StreamlitServer]]:
    site = LoaderServer()
    server = StreamlitServer(APP, extra_env={"OCTOCOM_TEST_LOADER_BASE": site.url})
    yield site, server
    server.stop()
    site.stop()


def standin_messages(page: Page) -> list[str]:
    return widget(page).locator(".standin-message").all_inner_texts()


def test_loader_fails_then_recovers(
    browser: Browser, flaky_loader: tuple[LoaderServer, StreamlitServer]
) -> None:
    site, server = flaky_loader
    # No request interception on this page: it would keep the sandboxed iframe from loading
    # the loader's cross-origin script (see tests/support/pages.py, new_page(record=False)).
    page = new_page(browser, server.url, record=False)
    try:
        page.get_by_text("script-finished").wait_for()
        session = session_of(page)
        status = widget(page).locator(".oc-loader-status")
        expect(status).to_contain_text("could not be fetched", timeout=15_000)
        expect(status).to_contain_text("Open requests are kept")
        expect(page.get_by_text("could not be loaded")).to_be_visible(timeout=15_000)  # Python's warning
        click_and_wait(page, "Call", "calls: 1 runs")
        click_and_wait(page, "Call x3", "calls: 4 runs")
        click_and_wait(page, "Call in fragment", "fragment calls: 5 fragment-finished")
        page.wait_for_timeout(500)
        assert standin_messages(page) == []  # nothing to deliver to yet, nothing dropped either
        sent = [f"gen1 {session} #{n}" for n in range(1, 6)]

        site.heal()
        widget(page).get_by_role("button", name="Retry").click()
        wait_until(lambda: len(standin_messages(page)) >= len(sent), message="queued calls after recovery")
        click_and_wait(page, "Call", f"calls: {len(sent) + 1} runs")  # a rerun after the recovery
        sent.append(f"gen1 {session} #{len(sent) + 1}")
        wait_until(lambda: len(standin_messages(page)) >= len(sent), message="the call after recovery")
        page.wait_for_timeout(800)
        assert standin_messages(page) == sent  # each once, in order
        expect(page.get_by_text("could not be loaded")).to_have_count(0)
        expect(page.get_by_text("loader error: None")).to_be_visible()
        assert widget(page).locator("html").get_attribute("data-standin-loads") == "1"
        assert page.evaluate("window.__alerts") == []
    finally:
        page.context.close()


def test_loader_outage_longer_than_the_replay_window_loses_nothing(
    browser: Browser, flaky_loader: tuple[LoaderServer, StreamlitServer], heavy: bool
) -> None:
    """The widget promises "Open requests are kept and will be delivered once it loads", however
    long the outage. The default run shortens the replay window to 2 s (``?replay=2``);
    ``--heavy`` outlasts the real 30 s window."""
    site, server = flaky_loader
    page = new_page(browser, server.url + ("/" if heavy else "/?replay=2"), record=False)
    try:
        page.get_by_text("script-finished").wait_for()
        session = session_of(page)
        expect(widget(page).locator(".oc-loader-status")).to_contain_text(
            "could not be fetched", timeout=15_000
        )
        click_and_wait(page, "Call x3", "calls: 3 runs")
        click_and_wait(page, "Call", "calls: 4 runs")  # this run hands #1-#3 to the widget
        page.wait_for_timeout(32_000 if heavy else 3_000)  # #1-#3 leave the args window
        click_and_wait(page, "Call", "calls: 5 runs")
        site.heal()
        widget(page).get_by_role("button", name="Retry").click()
        expect(widget(page).locator(".standin-message")).to_have_count(5, timeout=10_000)
        page.wait_for_timeout(500)
        assert standin_messages(page) == [f"gen1 {session} #{n}" for n in range(1, 6)]
    finally:
        page.context.close()
