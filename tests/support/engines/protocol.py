"""The page driver every three-engine test uses: one small interface over three browsers.

A test gets a :class:`PageDriver` from the ``driver`` fixture (``tests/support/engines/fixtures.py``)
and never learns which automation library is underneath: Playwright for Chromium, Mozilla's
Marionette for Firefox, WebKitWebDriver (through Selenium) for WebKitGTK's MiniBrowser. Pages are
read and driven from the top document by JavaScript (:meth:`PageDriver.run_js`); the widget's
iframe is same-origin, so ``document.querySelector('iframe[title="..."]').contentDocument`` reaches
it. Input is real: clicks, hovers and keys go through each engine's native input pipeline, so they
are trusted events that hit-test and follow focus as a person's would.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Protocol

#: The engines the ``driver`` fixture runs every test in (its test ids: ``[chromium]`` ...).
ENGINES: tuple[str, ...] = ("chromium", "firefox", "webkit")

#: The keys :meth:`PageDriver.press` accepts.
KEYS: tuple[str, ...] = ("Tab", "Shift+Tab", "Enter", "Space", "Escape")


class PageDriver(Protocol):
    """One browser tab of one engine, fresh for each test (its own sessionStorage, its own session)."""

    engine: str

    def goto(self, url: str) -> None:
        """Navigate this tab to ``url`` and wait for its load event."""

    def activate(self) -> None:
        """Make this tab the one in front that later calls drive (when one program holds several)."""

    def run_js(self, body: str, *args: object) -> Any:
        """Run the function body ``body`` in the top page (``arguments[i]`` is ``args[i]``).

        Returns what the body ``return``s: JSON-able (numbers, strings, lists, dicts, null).
        """

    def wait_js(self, body: str, *args: object, timeout: float = 20.0) -> Any:
        """Poll :meth:`run_js` until its value is truthy and return it.

        On timeout, raise AssertionError naming ``body``.
        """

    def set_viewport(self, width: int, height: int) -> None:
        """Resize so that the top page's ``innerWidth``, ``innerHeight`` are exactly ``width``, ``height``."""

    def click_at(self, x: float, y: float) -> None:
        """A real, trusted mouse click at viewport coordinates."""

    def move_to(self, x: float, y: float) -> None:
        """A real mouse move (hover) to viewport coordinates."""

    def press(self, key: str) -> None:
        """A real key press to the focused element: one of :data:`KEYS`."""

    def type_text(self, text: str) -> None:
        """Real typing of ``text`` into the focused element."""

    def screenshot(self, path: Path) -> None:
        """Write a PNG of the viewport to ``path``."""


#: A function body that returns once the page has run two animation frames: every change made
#: before it has gone through a rendering update (WebKitGTK's screenshots otherwise may show an
#: older frame, seconds old on a busy machine).
NEXT_FRAMES = (
    "return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));"
)


def check_key(key: str) -> str:
    """Return ``key`` if :meth:`PageDriver.press` knows it, else raise ValueError naming the known keys."""
    if key not in KEYS:
        raise ValueError(f"press(key={key!r}): key must be one of {', '.join(KEYS)}")
    return key


def wait_truthy(driver: PageDriver, body: str, args: tuple[object, ...], timeout: float) -> Any:
    """The shared :meth:`PageDriver.wait_js`: poll every 50 ms, raise AssertionError naming ``body``."""
    deadline = time.monotonic() + timeout
    value: Any = None
    while True:
        value = driver.run_js(body, *args)
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(
                f"[{driver.engine}] timed out after {timeout:g} s waiting for a truthy value of:\n"
                f"{body.strip()}\nlast value: {value!r}"
            )
        time.sleep(0.05)
