"""What the Firefox (Marionette) and WebKit (WebKitWebDriver) drivers share: WebDriver (W3C) input.

Both engines take the standard "Perform Actions" payload: a pointer source for clicks and hovers at
viewport coordinates, a key source for presses and typing. The browser turns them into native,
trusted input (hit testing, focus navigation, default actions), unlike ``element.click()`` in JS.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.support.engines.protocol import NEXT_FRAMES, check_key, wait_truthy

#: WebDriver's key codes for the keys :meth:`PageDriver.press` accepts.
_CODES = {"Tab": "\ue004", "Shift": "\ue008", "Enter": "\ue007", "Space": "\ue00d", "Escape": "\ue00c"}

Actions = list[dict[str, Any]]


def _pointer(*steps: dict[str, Any]) -> Actions:
    mouse = {"pointerType": "mouse"}
    return [{"type": "pointer", "id": "mouse", "parameters": mouse, "actions": list(steps)}]


def _move(x: float, y: float) -> dict[str, Any]:
    return {"type": "pointerMove", "duration": 0, "origin": "viewport", "x": round(x), "y": round(y)}


def click(x: float, y: float) -> Actions:
    """Move the mouse to (x, y) in the viewport, press and release the left button."""
    return _pointer(_move(x, y), {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0})


def move(x: float, y: float) -> Actions:
    """Move the mouse to (x, y) in the viewport."""
    return _pointer(_move(x, y))


def _keys(*steps: dict[str, Any]) -> Actions:
    return [{"type": "key", "id": "keyboard", "actions": list(steps)}]


def press(key: str) -> Actions:
    """Press and release ``key`` (``"Shift+Tab"`` holds Shift around the Tab)."""
    names = check_key(key).split("+")
    down = [{"type": "keyDown", "value": _CODES[name]} for name in names]
    up = [{"type": "keyUp", "value": _CODES[name]} for name in reversed(names)]
    return _keys(*down, *up)


def type_text(text: str) -> Actions:
    """Press and release each character of ``text`` in turn."""
    steps: list[dict[str, Any]] = []
    for char in text:
        steps += [{"type": "keyDown", "value": char}, {"type": "keyUp", "value": char}]
    return _keys(*steps)


def fit_window(
    inner: Callable[[], tuple[int, int]],
    outer: Callable[[], tuple[int, int]],
    resize: Callable[[int, int], None],
    width: int,
    height: int,
) -> None:
    """Resize the window (WebDriver's "Set Window Rect") until the page's inner size is width x height.

    WebDriver sizes the outer window; the toolbars and borders around the page differ per engine
    and platform, so measure the difference and correct (a few rounds: a window manager may round).
    A resize reaches the page a little later than the client returns, so each round waits for the
    page's inner size to settle before it measures again (a stale size would ask for a wrong, even
    negative, window size).
    """
    for _ in range(6):
        have = inner()
        if have == (width, height):
            return
        out_w, out_h = outer()
        resize(max(1, out_w + width - have[0]), max(1, out_h + height - have[1]))
        _settle(inner, have)
    raise AssertionError(f"set_viewport({width}, {height}): the page's inner size stays {inner()}")


def _settle(inner: Callable[[], tuple[int, int]], before: tuple[int, int], timeout: float = 2.0) -> None:
    """Wait until the page's inner size has left ``before`` and reads the same twice in a row."""
    deadline = time.monotonic() + timeout
    last = inner()
    while time.monotonic() < deadline:
        time.sleep(0.05)
        now = inner()
        if now == last and now != before:
            return
        last = now


class WebDriverPage(ABC):
    """A :class:`~tests.support.engines.protocol.PageDriver` over a WebDriver-speaking client.

    Everything but the transport is the same for Firefox and WebKit: a subclass says how to run a
    script, read and set the outer window's size, perform input actions and take a PNG.
    """

    engine: str

    @abstractmethod
    def run_js(self, body: str, *args: object) -> Any:
        """Run the function body ``body`` in the top page (``arguments[i]`` is ``args[i]``)."""

    @abstractmethod
    def _outer(self) -> tuple[int, int]:
        """The browser window's outer width and height."""

    @abstractmethod
    def _resize(self, width: int, height: int) -> None:
        """Set the browser window's outer size (WebDriver's "Set Window Rect")."""

    @abstractmethod
    def _perform(self, actions: Actions) -> None:
        """Perform ``actions`` ("Perform Actions"), then release every key and button."""

    @abstractmethod
    def _png(self) -> bytes:
        """A PNG of the viewport."""

    def wait_js(self, body: str, *args: object, timeout: float = 20.0) -> Any:
        return wait_truthy(self, body, args, timeout)

    def _inner(self) -> tuple[int, int]:
        width, height = self.run_js("return [window.innerWidth, window.innerHeight];")
        return int(width), int(height)

    def set_viewport(self, width: int, height: int) -> None:
        fit_window(self._inner, self._outer, self._resize, width, height)

    def click_at(self, x: float, y: float) -> None:
        self._perform(click(x, y))

    def move_to(self, x: float, y: float) -> None:
        self._perform(move(x, y))

    def press(self, key: str) -> None:
        self._perform(press(key))

    def type_text(self, text: str) -> None:
        self._perform(type_text(text))

    def screenshot(self, path: Path) -> None:
        self.run_js(NEXT_FRAMES)  # every change so far has gone through a rendering update
        path.write_bytes(self._png())
