"""The three-engine fixtures (a pytest plugin: ``tests/conftest.py`` registers it).

- ``chromium_browser``, ``firefox_browser``, ``webkit_browser``: one browser of each engine for the
  whole session, started on first use and stopped at the end (Chromium is the shared ``browser``).
- ``driver``: a fresh :class:`~tests.support.engines.protocol.PageDriver` for one test, parametrized
  over :data:`~tests.support.engines.protocol.ENGINES` (test ids ``[chromium]``, ``[firefox]``,
  ``[webkit]``): a new context or tab, so sessionStorage and Streamlit's session start anew, with a
  1280 x 800 viewport; closed in teardown.

Nothing here imports Playwright, Marionette or Selenium until a test asks for a driver.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from tests.support.engines.protocol import ENGINES, PageDriver

if TYPE_CHECKING:
    from tests.support.engines.firefox import Firefox
    from tests.support.engines.webkit import WebKit

#: The viewport every driver starts with.
DEFAULT_VIEWPORT = (1280, 800)


@pytest.fixture(scope="session")
def chromium_browser(browser: Any) -> Any:
    """The session's headless Chromium (the Playwright ``browser`` the Chromium-only suites share)."""
    return browser


@pytest.fixture(scope="session")
def firefox_browser() -> Iterator[Firefox]:
    from tests.support.engines.firefox import running_firefox

    with running_firefox() as firefox:
        yield firefox


@pytest.fixture(scope="session")
def webkit_browser() -> Iterator[WebKit]:
    from tests.support.engines.webkit import running_webkit

    with running_webkit() as webkit:
        yield webkit


@pytest.fixture(params=ENGINES)
def driver(request: pytest.FixtureRequest) -> Iterator[PageDriver]:
    engine: str = request.param
    browser = request.getfixturevalue(f"{engine}_browser")
    if engine == "chromium":
        from tests.support.engines.chromium import ChromiumDriver

        page: Any = ChromiumDriver(browser, *DEFAULT_VIEWPORT)
    else:
        page = browser.new_driver()
        page.set_viewport(*DEFAULT_VIEWPORT)
    try:
        yield page
    finally:
        page.close()
