"""Fixtures of the reliability suite: one Chromium, servers per app, pages with guards.

Every page opened here is a guarded page (:func:`tests.support.pages.open_guarded_page`):
it records what the widget dispatched, traps ``alert``/``confirm``/``prompt`` in the page
and the widget iframe, keeps every console message, and aborts any request that leaves
127.0.0.1 (hostile or generated image URLs must never reach the network).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.support.pages import PageOpener, open_guarded_page, page_opener
from tests.support.servers import StreamlitServer

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
def servers(batch_dir: Path) -> Iterator[Callable[[str], StreamlitServer]]:
    """Start ``apps/<name>`` once for the session."""
    running: dict[str, StreamlitServer] = {}

    def start(app: str) -> StreamlitServer:
        if app not in running:
            running[app] = StreamlitServer(
                APPS / app, extra_env={"OCTOCOM_RELIABILITY_BATCHES": str(batch_dir)}
            )
        return running[app]

    yield start
    for server in running.values():
        server.stop()


@pytest.fixture
def open_page(browser: Browser, servers: Callable[[str], StreamlitServer]) -> Iterator[PageOpener]:
    """Open ``app`` (with an optional query string) in a new browser session."""

    def open_one(app: str, query: str = "", **context_args: object) -> Page:
        return open_guarded_page(browser, f"{servers(app).url}/{query}", **context_args)

    with page_opener(open_one) as opener:
        yield opener
