"""Fixtures of the reliability suite: servers of its apps, pages with guards, ``--heavy``.

Every page opened here is a guarded page (:func:`tests.support.pages.open_guarded_page`):
it records what the widget dispatched, traps ``alert``/``confirm``/``prompt`` in the page
and the widget iframe, keeps every console message, and aborts any request that leaves
127.0.0.1 (hostile or generated image URLs must never reach the network).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.support.fixtures import StartServer
from tests.support.pages import PageOpener, open_guarded_page, page_opener
from tests.support.servers import StreamlitServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

APPS = Path(__file__).parent / "apps"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/reliability/" in str(item.path):
            item.add_marker(pytest.mark.reliability)


@pytest.fixture(scope="session")
def heavy(request: pytest.FixtureRequest) -> bool:
    """True with ``--heavy``: run the larger variants."""
    return bool(request.config.getoption("--heavy"))


@pytest.fixture(scope="session")
def batch_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where tests hand call batches to ``apps/batch_app.py`` (``?batch=<name>``)."""
    return tmp_path_factory.mktemp("batches")


@pytest.fixture(scope="session")
def servers(streamlit_servers: StartServer, batch_dir: Path) -> Callable[[str], StreamlitServer]:
    """``servers("batch_app.py")``: the running server of ``apps/batch_app.py``."""
    env = {"OCTOCOM_RELIABILITY_BATCHES": str(batch_dir)}
    return lambda app: streamlit_servers(APPS / app, env)


@pytest.fixture
def open_page(browser: Browser, servers: Callable[[str], StreamlitServer]) -> Iterator[PageOpener]:
    """Open ``app`` (with an optional query string) in a new browser session."""

    def open_one(app: str, query: str = "", **context_args: object) -> Page:
        return open_guarded_page(browser, f"{servers(app).url}/{query}", **context_args)

    with page_opener(open_one) as opener:
        yield opener
