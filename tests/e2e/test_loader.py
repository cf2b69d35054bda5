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
# The app's captions are debug lines for the assertions: the README's screenshots leave them out.
DEBUG_LINES_HIDDEN = '[data-testid="stCaptionContainer"] { visibility: hidden; }'


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
    page.screenshot(path=screenshot_path("screenshots", "loader"), style=DEBUG_LINES_HIDDEN)


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


# The status box's look, as the browser computed it: the widget's font, a styled accent button.
STATUS_LOOK = """() => {
  const box = document.querySelector(".oc-loader-status");
  const retry = box.querySelector("button");
  const root = getComputedStyle(document.documentElement);
  const probe = document.createElement("span");
  probe.style.color = root.getPropertyValue("--oc-accent");
  document.body.appendChild(probe);
  const accent = getComputedStyle(probe).color;
  probe.remove();
  const b = getComputedStyle(retry);
  return {
    font: getComputedStyle(box).fontFamily,
    retryFont: b.fontFamily,
    accent,
    background: b.backgroundColor,
    radius: parseFloat(b.borderTopLeftRadius),
    border: b.borderTopStyle,
    weight: b.fontWeight,
  };
}"""
FOCUSED = """() => {
  const el = document.activeElement;
  return el && el.matches(".oc-loader-retry")
    ? { outline: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }
    : null;
}"""


def test_failure_view_wears_the_widget_look_and_works_by_keyboard(
    open_loader_app: Callable[[str], Page], loader_site: LoaderServer
) -> None:
    """Issue #19: the failure view was unstyled (the browser's serif font, a grey default
    button). It has the widget's font and an accent-coloured Retry button that the keyboard
    reaches, shows focus and presses."""
    page = open_loader_app("missing.js")
    expect(widget(page).get_by_role("button", name="Retry")).to_be_visible(timeout=10_000)
    frame = page.locator(WIDGET_IFRAME).element_handle().content_frame()
    assert frame is not None
    look = frame.evaluate(STATUS_LOOK)
    for font in (look["font"], look["retryFont"]):
        first = font.split(",")[0].strip().strip('"').lower()
        assert first not in ("times", "times new roman", "serif", ""), look  # not the default serif
        assert "source sans" in font.lower(), look  # Streamlit's theme font, as in the preview widget
    assert look["background"] == look["accent"], look  # the accent colour, not the grey default
    assert look["radius"] >= 8 and look["border"] == "none" and int(look["weight"]) >= 600, look
    fetches = loader_site.requests.count("/missing.js")
    for _ in range(20):  # Tab from the page into the widget's frame, to the Retry button
        page.keyboard.press("Tab")
        focused = frame.evaluate(FOCUSED)
        if focused is not None:
            break
    assert focused is not None, "Tab never reached the Retry button"
    assert focused["outline"] != "none" and focused["width"] >= 2, focused  # a visible focus ring
    page.screenshot(path=screenshot_path("screenshots", "loader-failed"), style=DEBUG_LINES_HIDDEN)
    page.keyboard.press("Enter")
    wait_until(lambda: loader_site.requests.count("/missing.js") > fetches, message="Enter retried")


def test_loading_view_is_clean_under_axe(open_loader_app: Callable[[str], Page]) -> None:
    page = open_loader_app("slow.js&timeout=30")  # the script answers after 8 s
    status = widget(page).locator(".oc-loader-status")
    expect(status).to_have_attribute("data-status", "loading")
    frame = page.locator(WIDGET_IFRAME).element_handle().content_frame()
    assert frame is not None
    violations = axe_violations(frame)
    assert status.get_attribute("data-status") == "loading"  # axe saw the loading view
    assert violations == [], describe(violations)


def test_retry_view_is_clean_under_axe(open_loader_app: Callable[[str], Page]) -> None:
    page = open_loader_app("missing.js")
    expect(widget(page).get_by_role("button", name="Retry")).to_be_visible(timeout=10_000)
    frame = page.locator(WIDGET_IFRAME).element_handle().content_frame()
    assert frame is not None
    violations = axe_violations(frame)
    assert violations == [], describe(violations)
