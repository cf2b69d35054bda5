"""Issue #11: the preview widget as a person meets it.

axe-core (WCAG 2.0/2.1 A and AA, best-practice) inside the widget iframe in every
state a visitor sees, brand colours kept legible (contrast from rendered colours),
keyboard use and live-region announcements driven by Playwright, reduced motion, and
shadows that fit the iframe while the page beside it stays clickable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Frame, Page, expect

from tests.a11y import axe_violations, describe, rendered_contrast
from tests.e2e.harness import (
    WIDGET_IFRAME,
    StreamlitServer,
    new_page,
    runs,
    wait_dispatched,
    wait_ready,
    wait_until,
    widget,
)

APP = "features_app.py"
Opener = Callable[..., Page]


@pytest.fixture(scope="module")
def dark_server() -> Iterator[StreamlitServer]:
    server = StreamlitServer(Path(__file__).parent / "apps" / APP, extra_env={"STREAMLIT_THEME_BASE": "dark"})
    yield server
    server.stop()


@pytest.fixture
def open_dark(browser: Browser, dark_server: StreamlitServer) -> Iterator[Opener]:
    pages: list[Page] = []

    def opener(app: str, path: str = "", **context_args: object) -> Page:
        assert app == APP
        page = new_page(browser, f"{dark_server.url}/{path}", **context_args)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.context.close()


def frame_of(page: Page) -> Frame:
    frame = page.locator(WIDGET_IFRAME).element_handle().content_frame()
    assert frame is not None
    return frame


def press_and_wait_run(page: Page, name: str) -> None:
    """Activate a Streamlit button from the keyboard (the open panel may cover it at 375 px)."""
    before = runs(page)
    page.get_by_role("button", name=name, exact=True).press("Enter")
    wait_until(lambda: runs(page) > before, message=f"rerun after {name!r}")
    page.get_by_text("script-finished").wait_for(state="attached")


def with_conversation(page: Page) -> None:
    """Open the panel with a customer message, an agent reply and a customer image."""
    press_and_wait_run(page, "Bot reply")
    press_and_wait_run(page, "Send a photo")
    wait_dispatched(page, 2, settle=0.3)
    expect(widget(page).locator(".oc-msg--customer img")).to_be_visible()
    expect(widget(page).locator(".oc-msg--agent")).to_have_count(2)  # greeting and reply


def assert_axe_clean(page: Page) -> None:
    violations = axe_violations(frame_of(page))
    assert violations == [], describe(violations)


@pytest.mark.parametrize(
    ("state", "path", "viewport"),
    [
        ("closed", "", (1280, 800)),
        ("open with messages and an image", "", (1280, 800)),
        ("inline layout", "?layout=inline", (1280, 900)),
        ("375 px wide", "", (375, 667)),
    ],
)
def test_axe_finds_nothing(open_app: Opener, state: str, path: str, viewport: tuple[int, int]) -> None:
    page = open_app(APP, path, viewport={"width": viewport[0], "height": viewport[1]})
    wait_ready(page)
    if state != "closed":
        with_conversation(page)
    assert_axe_clean(page)


def test_axe_finds_nothing_in_the_dark_theme(open_dark: Opener) -> None:
    page = open_dark(APP, viewport={"width": 1280, "height": 800})
    wait_ready(page)
    assert_axe_clean(page)
    with_conversation(page)
    assert_axe_clean(page)
