"""Fixtures of the reliability suite: one Chromium, servers per app, pages with guards.

Every page opened here records what the widget dispatched (the e2e harness's
recorder), traps ``alert``/``confirm``/``prompt`` in the page and the widget iframe,
keeps every console message, and aborts any request that leaves 127.0.0.1 (hostile
or generated image URLs must never reach the network).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Route

from tests.e2e.harness import StreamlitServer, new_page, page_opener

APPS = Path(__file__).parent / "apps"
OFF_MACHINE = re.compile(r"^(?!https?://(127\.0\.0\.1|localhost)[:/])[a-z][a-z0-9+.-]*://", re.I)
PageOpener = Callable[..., Page]
_CONSOLE: dict[int, list[str]] = {}


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


def _abort(route: Route) -> None:
    route.abort()


def open_guarded_page(browser: Browser, url: str, **context_args: object) -> Page:
    """A page with the e2e recorder and traps, a console log and no off-machine requests.

    :func:`console_log` returns ``"type: text"`` of every console message of the page
    and its frames.
    """
    page = new_page(browser, "about:blank", **context_args)  # type: ignore[arg-type]
    page.context.route(OFF_MACHINE, _abort)
    messages = _CONSOLE.setdefault(id(page), [])
    page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
    page.goto(url)
    return page


def console_log(page: Page) -> list[str]:
    """Every console message of a page opened by :func:`open_guarded_page`, so far."""
    return _CONSOLE[id(page)]


@pytest.fixture
def open_page(browser: Browser, servers: Callable[[str], StreamlitServer]) -> Iterator[PageOpener]:
    """Open ``app`` (with an optional query string) in a new browser session."""

    def open_one(app: str, query: str = "", **context_args: object) -> Page:
        return open_guarded_page(browser, f"{servers(app).url}/{query}", **context_args)

    with page_opener(open_one) as opener:
        yield opener
