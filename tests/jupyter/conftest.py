from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.support.notebook_servers import JupyterServer
from tests.support.recorders import DOCUMENT_RECORDER


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/jupyter/" in str(item.path):
            item.add_marker(pytest.mark.jupyter)


@pytest.fixture(scope="module")
def jupyter_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JupyterServer]:
    server = JupyterServer(Path(tmp_path_factory.mktemp("jupyter")))
    yield server
    server.stop()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page that records every openChatEvent its document dispatches (``seen``) and the
    errors thrown from the widget's code (``page.errors``)."""
    context = browser.new_context(viewport={"width": 1280, "height": 1400})
    context.add_init_script(DOCUMENT_RECORDER)
    page = context.new_page()
    errors: list[str] = []
    # anywidget runs each widget's ESM from a blob: URL, marimo from a virtual file
    # (/@file/...): errors thrown from there are ours. (Notebook 7.6 itself throws one on
    # every page load: "reading 'schema'".)
    page.on("pageerror", lambda error: errors.append(error.stack or "") if _ours(error.stack or "") else None)
    page.errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()


def _ours(stack: str) -> bool:
    return "blob:" in stack or "/@file/" in stack
