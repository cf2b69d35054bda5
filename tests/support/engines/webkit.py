"""WebKit's :class:`~tests.support.engines.protocol.PageDriver`: WebKitGTK's MiniBrowser over WebKitWebDriver.

Debian's ``webkit2gtk-driver`` ships ``WebKitWebDriver``; it starts WebKitGTK's MiniBrowser in
automation mode and Selenium (PyPI ``selenium``) speaks WebDriver to it. This MiniBrowser (GTK 3)
has no headless mode, so :func:`running_webkit` starts a virtual X display of its own
(:mod:`.x11`: ``Xvfb`` on a display number it picks) and stops it, the driver and the browser at
the end; each new window gets the keyboard focus, as a window manager would give it. GTK's
settings come from a fresh folder (its stylesheet lets the window shrink to phone widths). Each
driver is a new window (its own sessionStorage and Streamlit session), closed in teardown.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from tests.support.engines import w3c
from tests.support.engines.x11 import focus_topmost, virtual_display
from tests.support.servers import free_port

#: GTK's user stylesheet for MiniBrowser's own window (its toolbar; WebKit draws the page's controls
#: itself): the toolbar's buttons and address entry keep the window at least 447 px wide, too wide
#: for phone-sized viewports, unless they shrink to nothing.
GTK_CSS = "* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n"

WEBKIT_DRIVER = os.environ.get("OCTOCOM_WEBKIT_DRIVER", "/usr/bin/WebKitWebDriver")


def minibrowser() -> str:
    """The MiniBrowser of the installed WebKitGTK (``OCTOCOM_MINIBROWSER`` names another)."""
    if "OCTOCOM_MINIBROWSER" in os.environ:
        return os.environ["OCTOCOM_MINIBROWSER"]
    found = sorted(glob.glob("/usr/lib/*/webkit2gtk-4.*/MiniBrowser"))
    if not found:
        raise FileNotFoundError("no WebKitGTK MiniBrowser: install Debian's webkit2gtk-driver")
    return found[-1]


class WebKitDriver(w3c.WebDriverPage):
    engine = "webkit"

    def __init__(self, webkit: WebKit) -> None:
        self._webkit = webkit
        self._session = webkit.session
        self._session.switch_to.new_window("window")
        self._handle: str = self._session.current_window_handle
        # No window manager gives the new window the keyboard focus: do what one would.
        focus_topmost(webkit.display)
        self.wait_js("return document.hasFocus();", timeout=10)

    def close(self) -> None:
        self._session.switch_to.window(self._handle)
        self._session.close()
        self._session.switch_to.window(self._webkit.home)

    def goto(self, url: str) -> None:
        self._session.get(url)

    def activate(self) -> None:
        self._session.switch_to.window(self._handle)

    def run_js(self, body: str, *args: object) -> Any:
        return self._session.execute_script(body, *args)

    def _outer(self) -> tuple[int, int]:
        rect = self._session.get_window_rect()
        return int(rect["width"]), int(rect["height"])

    def _perform(self, actions: w3c.Actions) -> None:
        self._session.execute("actions", {"actions": actions})
        self._session.execute("clearActionState")

    def _resize(self, width: int, height: int) -> None:
        self._session.set_window_rect(width=width, height=height)

    def _png(self) -> bytes:
        return bytes(self._session.get_screenshot_as_png())


class WebKit:
    """A running MiniBrowser and its WebDriver session; :meth:`new_driver` opens a window."""

    def __init__(self, session: Any, home: str, display: str) -> None:
        self.session = session
        self.home = home
        self.display = display

    def new_driver(self) -> WebKitDriver:
        return WebKitDriver(self)


@contextmanager
def running_webkit() -> Iterator[WebKit]:
    """Start MiniBrowser under WebKitWebDriver on a virtual display; quit all three on exit."""
    from selenium import webdriver
    from selenium.webdriver.webkitgtk.options import Options
    from selenium.webdriver.webkitgtk.service import Service

    with virtual_display() as display:
        options = Options()
        options.binary_location = minibrowser()
        options.add_argument("--automation")
        log = Path(tempfile.gettempdir()) / f"octocom-webkitwebdriver-{os.getpid()}.log"
        home = Path(tempfile.mkdtemp(prefix="octocom-webkit-"))
        (home / "config" / "gtk-3.0").mkdir(parents=True)
        (home / "config" / "gtk-3.0" / "gtk.css").write_text(GTK_CSS)
        env = {
            **os.environ,
            "DISPLAY": display,
            "GDK_BACKEND": "x11",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        env.pop("WAYLAND_DISPLAY", None)
        service = Service(executable_path=WEBKIT_DRIVER, port=free_port(), log_output=str(log), env=env)
        session = webdriver.WebKitGTK(options=options, service=service)
        try:
            yield WebKit(session, session.current_window_handle, display)
        finally:
            with suppress(Exception):
                session.quit()
            shutil.rmtree(home, ignore_errors=True)
