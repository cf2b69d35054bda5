"""Chromium's :class:`~tests.support.engines.protocol.PageDriver`: a Playwright page in a fresh context.

The browser is the suite's one headless Debian Chromium (``tests/support/chromium.py``; Playwright's
sync API allows one per thread, so the ``browser`` fixture is shared with the Chromium-only suites).
Each driver is a new browser context: its own cookies, sessionStorage and Streamlit session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.support.engines.protocol import check_key, wait_truthy

if TYPE_CHECKING:
    from playwright.sync_api import Browser

#: Playwright's names for :data:`~tests.support.engines.protocol.KEYS`.
_KEYS = {"Tab": "Tab", "Shift+Tab": "Shift+Tab", "Enter": "Enter", "Space": " ", "Escape": "Escape"}


class ChromiumDriver:
    engine = "chromium"

    def __init__(self, browser: Browser, width: int = 1280, height: int = 800) -> None:
        self._context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self._context.new_page()

    def close(self) -> None:
        self._context.close()

    def goto(self, url: str) -> None:
        self.page.goto(url, wait_until="load")

    def activate(self) -> None:
        self.page.bring_to_front()

    def run_js(self, body: str, *args: object) -> Any:
        return self.page.evaluate(
            "(__args) => (function () {\n" + body + "\n}).apply(window, __args)", list(args)
        )

    def wait_js(self, body: str, *args: object, timeout: float = 20.0) -> Any:
        return wait_truthy(self, body, args, timeout)

    def set_viewport(self, width: int, height: int) -> None:
        self.page.set_viewport_size({"width": width, "height": height})

    def click_at(self, x: float, y: float) -> None:
        self.page.mouse.click(x, y)

    def move_to(self, x: float, y: float) -> None:
        self.page.mouse.move(x, y)

    def press(self, key: str) -> None:
        self.page.keyboard.press(_KEYS[check_key(key)])

    def type_text(self, text: str) -> None:
        self.page.keyboard.type(text)

    def screenshot(self, path: Path) -> None:
        self.page.screenshot(path=str(path))
