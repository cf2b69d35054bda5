"""Options and fixtures for the whole test suite (pytest reads this top-level conftest).

One headless Chromium serves every browser test: Playwright's sync API allows one
running instance per thread, so the e2e, Jupyter and reliability suites share it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.support.chromium import CHROMIUM, CHROMIUM_ARGS


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--heavy",
        action="store_true",
        default=False,
        help="run the heavier variants of the reliability suite (more calls, sessions, examples)",
    )


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()
