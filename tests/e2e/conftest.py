from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.support.fixtures import StartServer
from tests.support.pages import PageOpener, new_page, page_opener
from tests.support.servers import StreamlitServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

APPS = Path(__file__).parent / "apps"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/e2e/" in str(item.path):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def servers(streamlit_servers: StartServer) -> Callable[[str], StreamlitServer]:
    """``servers("core_app.py")``: the running server of ``apps/core_app.py``."""
    return lambda app: streamlit_servers(APPS / app)


@pytest.fixture
def open_app(browser: Browser, servers: Callable[[str], StreamlitServer]) -> Iterator[PageOpener]:
    def open_one(app: str, path: str = "", **context_args: object) -> Page:
        return new_page(browser, servers(app).url + "/" + path, **context_args)

    with page_opener(open_one) as opener:
        yield opener
