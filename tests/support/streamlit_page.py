"""Reading and driving a Streamlit page that shows the widget, once it is open.

The widget lives in the component's iframe (:data:`WIDGET_IFRAME`); what its document
dispatched is what :data:`~tests.support.recorders.FRAME_RECORDER` recorded there. The
test apps (and the benchmark apps) show their run counter as a ``runs: N`` caption and
end each run with ``script-finished``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import FrameLocator, Page

WIDGET_IFRAME = 'iframe[title*="octocom_widget"]'


def widget(page: Page) -> FrameLocator:
    return page.frame_locator(WIDGET_IFRAME)


def widget_frame_eval(page: Page, expression: str) -> Any:
    return page.locator(WIDGET_IFRAME).element_handle().content_frame().evaluate(expression)  # type: ignore[union-attr]


def widget_box(page: Page) -> dict[str, float]:
    """The widget iframe's bounding box in the page."""
    return page.locator(WIDGET_IFRAME).bounding_box()  # type: ignore[return-value]


def settle_frame(page: Page) -> None:
    """Wait until the iframe's size stops changing (Streamlit applies it asynchronously)."""
    last: dict[str, float] = {}
    for _ in range(40):
        now = widget_box(page)
        if now == last:
            return
        last = now
        time.sleep(0.1)


def wait_ready(page: Page) -> None:
    """The app finished its first run and the widget rendered."""
    page.get_by_text("script-finished").wait_for(state="attached")
    widget(page).locator(".oc-root").wait_for(state="attached")


def dispatched(page: Page) -> list[dict[str, Any]]:
    """Every `openChatEvent` the widget's document dispatched, in order."""
    return widget_frame_eval(page, "window.__seen")  # type: ignore[no-any-return]


def wait_until(predicate: Callable[[], bool], timeout: float = 20.0, message: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting: {message}")


def wait_dispatched(page: Page, count: int, settle: float = 0.6) -> list[dict[str, Any]]:
    """Wait for `count` dispatches, then a moment more to catch any extra."""
    wait_until(lambda: len(dispatched(page)) >= count, message=f"{count} dispatches, have {dispatched(page)}")
    time.sleep(settle)
    return dispatched(page)


def bubbles(page: Page, role: str = "customer") -> list[str]:
    return widget(page).locator(f".oc-msg--{role} .oc-msg-text").all_inner_texts()


def runs(page: Page) -> int:
    """The app's run counter (its last caption); -1 while the script shows an exception."""
    caption = page.get_by_test_id("stCaptionContainer").filter(has_text="runs:")
    if caption.count() == 0:
        return -1
    text = caption.first.inner_text()
    return int(text.split("runs:")[1].split()[0])


def click_and_wait_run(page: Page, name: str) -> None:
    """Click a Streamlit button and wait until the rerun it causes has finished."""
    before = runs(page)
    page.get_by_role("button", name=name, exact=True).click()
    wait_until(lambda: runs(page) > before, message=f"rerun after {name!r}")
    page.get_by_text("script-finished").wait_for(state="attached")
