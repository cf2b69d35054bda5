"""Debian's headless Chromium: the one browser the browser suites and the benchmarks drive.

``OCTOCOM_CHROMIUM`` names another executable. Playwright is imported when a browser is
launched, not when this module is (so importing it needs no Playwright).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = os.environ.get("OCTOCOM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@contextmanager
def running_chromium() -> Iterator[Browser]:
    """Launch headless Chromium with :data:`CHROMIUM_ARGS`; closed on exit.

    Playwright's sync API allows one running instance per thread: a pytest session or a
    benchmark run launches it once and shares it.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()
