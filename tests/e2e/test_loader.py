"""Issue #3 end to end: the real Octocom loader in the iframe, its failures and a retry."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.support.a11y import axe_violations, describe
from tests.support.loader_server import LoaderServer
from tests.support.pages import new_page
from tests.support.paths import screenshot_path
from tests.support.servers import StreamlitServer
from tests.support.streamlit_page import WIDGET_IFRAME, click_and_wait_run, wait_until, widget

APP = Path(__file__).parent / "apps" / "loader_app.py"


@pytest.fixture(scope="module")
def loader_site() -> Iterator[LoaderServer]:
    site = LoaderServer()
    yield site
    site.stop()


@pytest.fixture(scope="module")
def server(loader_site: LoaderServer) -> Iterator[StreamlitServer]:
    app = StreamlitServer(APP, extra_env={"OCTOCOM_TEST_LOADER_BASE": loader_site.url})
    yield app
    app.stop()


@pytest.fixture
def open_loader_app(browser: Browser, server: StreamlitServer) -> Iterator[Callable[[str], Page]]:
    pages: list[Page] = []

    def opener(script: str) -> Page:
        page = new_page(browser, f"{server.url}/?script={script}", record=False)
        page.get_by_text("script-finished").wait_for()
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.context.close()


def standin_messages(page: Page) -> list[str]:
    return widget(page).locator(".standin-message").all_inner_texts()


def test_events_reach_the_real_widget_script(open_loader_app: Callable[[str], Page]) -> None:
    page = open_loader_app("loader.js")
    standin = widget(page).locator("#standin-widget")
    expect(standin).to_be_attached()
    assert standin.get_attribute("data-bot-id") == "demo-bot"  # attributes of the snippet are kept
    expect(widget(page).locator(".oc-root")).to_have_count(0)  # no preview widget
    click_and_wait_run(page, "Order help")
    expect(widget(page).locator(".standin-message")).to_have_text(["Hello, I need help with my order."])
    time.sleep(0.5)
    assert standin_messages(page) == ["Hello, I need help with my order."]
    page.screenshot(path=screenshot_path("screenshots", "loader"))


@pytest.mark.parametrize(
    ("script", "reason"),
    [
        ("missing.js", "could not be fetched"),
        ("throws.js", "failed while running"),
        ("slow.js", "did not load within 2 s"),
    ],
)
def test_load_failures_are_shown_and_reported(
    open_loader_app: Callable[[str], Page], script: str, reason: str
) -> None:
    page = open_loader_app(script)
    expect(widget(page).locator(".oc-loader-status")).to_contain_text(reason, timeout=10_000)
    expect(page.get_by_text("could not be loaded")).to_be_visible(timeout=10_000)  # st.warning from Python
    expect(page.get_by_text("loader error:")).to_contain_text(reason)
    click_and_wait_run(page, "Order help")
    time.sleep(0.5)
    assert standin_messages(page) == []  # kept, not lost: nothing to deliver it to yet


def test_retry_after_failure_delivers_queued_events_once(
    open_loader_app: Callable[[str], Page], loader_site: LoaderServer
) -> None:
    page = open_loader_app("flaky.js")
    expect(widget(page).locator(".oc-loader-status")).to_contain_text("could not be fetched", timeout=10_000)
    click_and_wait_run(page, "Order help")
    click_and_wait_run(page, "Order help")
    loader_site.heal()
    widget(page).get_by_role("button", name="Retry").click()
    wait_until(lambda: len(standin_messages(page)) == 2, message="queued events after retry")
    time.sleep(0.8)
    assert standin_messages(page) == ["Hello, I need help with my order."] * 2
    expect(page.get_by_text("loader error:")).to_contain_text("None")
    expect(page.get_by_text("could not be loaded")).to_have_count(0)


def test_retry_view_is_clean_under_axe(open_loader_app: Callable[[str], Page]) -> None:
    page = open_loader_app("missing.js")
    expect(widget(page).get_by_role("button", name="Retry")).to_be_visible(timeout=10_000)
    frame = page.locator(WIDGET_IFRAME).element_handle().content_frame()
    assert frame is not None
    violations = axe_violations(frame)
    assert violations == [], describe(violations)
