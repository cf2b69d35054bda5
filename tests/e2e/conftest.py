from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.support.pages import new_page, page_opener
from tests.support.servers import StreamlitServer

APPS = Path(__file__).parent / "apps"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/e2e/" in str(item.path):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def servers() -> Iterator[Callable[[str], StreamlitServer]]:
    running: dict[str, StreamlitServer] = {}

    def start(app: str) -> StreamlitServer:
        if app not in running:
            running[app] = StreamlitServer(APPS / app)
        return running[app]

    yield start
    for server in running.values():
        server.stop()


@pytest.fixture
def open_app(browser: Browser, servers: Callable[[str], StreamlitServer]) -> Iterator[Callable[..., Page]]:
    def open_one(app: str, path: str = "", **context_args: object) -> Page:
        return new_page(browser, servers(app).url + "/" + path, **context_args)

    with page_opener(open_one) as opener:
        yield opener
