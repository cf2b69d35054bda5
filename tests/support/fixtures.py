"""The fixtures the browser suites share (a pytest plugin: ``tests/conftest.py`` registers it).

- ``browser``: one headless Chromium for the whole session. Playwright's sync API allows
  one running instance per thread, so the e2e, Jupyter and reliability suites share it.
- ``streamlit_servers``: ``start(app, extra_env)`` runs ``streamlit run app`` once for the
  session (the same app and environment reuse the running server); all are stopped at the
  end. Each suite's ``servers`` fixture binds it to that suite's ``apps/`` folder.
- ``loader_site``: the stand-in Octocom loader scripts (``tests/support/loader_site/``) on
  127.0.0.1, for the loader tests of every suite; stopped at the end.

Nothing here imports Playwright until a test asks for ``browser``: the unit tests load this
plugin too, and they must run where Playwright is not installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.support.chromium import running_chromium
from tests.support.loader_server import LoaderServer
from tests.support.servers import StreamlitServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser

#: ``start(app, extra_env=None)``: the running server of ``app`` (started on first use).
StartServer = Callable[..., StreamlitServer]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with running_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="session")
def streamlit_servers() -> Iterator[StartServer]:
    running: dict[tuple[Path, tuple[tuple[str, str], ...]], StreamlitServer] = {}

    def start(app: Path, extra_env: dict[str, str] | None = None) -> StreamlitServer:
        key = (app, tuple(sorted((extra_env or {}).items())))
        if key not in running:
            running[key] = StreamlitServer(app, extra_env=extra_env)
        return running[key]

    yield start
    for server in running.values():
        server.stop()


@pytest.fixture(scope="session")
def loader_site() -> Iterator[LoaderServer]:
    site = LoaderServer()
    yield site
    site.stop()
