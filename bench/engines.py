"""Tabs of each engine for figure 1, outside pytest: the test suite's engine modules, started by hand.

:func:`engine_tabs` starts one browser of an engine with the functions the three-engine
fixtures use (``tests/support/engines``: ``running_firefox``, ``running_webkit``; Chromium is
the run's Playwright browser) and yields a function that opens a fresh tab of it, a
:class:`~tests.support.engines.PageDriver`. An engine that is not installed, or does not
start, is reported with the reason instead of failing the run.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

from tests.support.engines import PageDriver

if TYPE_CHECKING:
    from playwright.sync_api import Browser

NAMES = {"chromium": "Chromium", "firefox": "Firefox ESR", "webkit": "WebKitGTK"}


class EngineMissing(RuntimeError):
    """The engine cannot run here; the message says why (shown in the figure)."""


def _version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except OSError:
        return "not found"
    return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr) else "unknown"


def engine_version(engine: str) -> str:
    """The installed browser's version line (Firefox's ``--version``; WebKitGTK's Debian package).

    Examples
    --------
    >>> engine_version("firefox")  # doctest: +SKIP
    'Mozilla Firefox 128.10.0esr'
    """
    if engine == "firefox":
        from tests.support.engines.firefox import FIREFOX

        return _version([FIREFOX, "--version"])
    if engine == "webkit":
        found = _version(["dpkg-query", "-W", "-f", "${Version}", "libwebkit2gtk-4.1-0"])
        return f"WebKitGTK {found} (MiniBrowser under WebKitWebDriver, on Xvfb)"
    return engine


@contextmanager
def engine_tabs(engine: str, chromium: Browser | None = None) -> Iterator[Callable[[], PageDriver]]:
    """Start one browser of ``engine`` and yield a function that opens a fresh tab of it.

    Raises :class:`EngineMissing` when the engine is not installed or does not start.

    Examples
    --------
    >>> with engine_tabs("firefox") as new_tab:  # doctest: +SKIP
    ...     driver = new_tab()
    """
    if engine == "chromium":
        if chromium is None:
            raise EngineMissing("no Chromium browser given")
        from tests.support.engines.chromium import ChromiumDriver

        browser = chromium
        yield lambda: ChromiumDriver(browser)
        return
    if engine == "firefox":
        from tests.support.engines.firefox import FIREFOX, running_firefox

        if not os.access(FIREFOX, os.X_OK):
            raise EngineMissing(f"no {FIREFOX} (`make .make/browsers` installs firefox-esr)")
        starting = running_firefox()
    elif engine == "webkit":
        from tests.support.engines.webkit import WEBKIT_DRIVER, running_webkit

        if not os.access(WEBKIT_DRIVER, os.X_OK):
            raise EngineMissing(f"no {WEBKIT_DRIVER} (`make .make/browsers` installs webkit2gtk-driver)")
        starting = running_webkit()
    else:
        raise ValueError(f"engine must be one of {', '.join(NAMES)}, not {engine!r}")
    with ExitStack() as stack:
        try:
            started = stack.enter_context(starting)
        except Exception as error:  # reported in the figure, with the reason
            raise EngineMissing(f"{NAMES[engine]} did not start: {error}") from error
        yield started.new_driver
