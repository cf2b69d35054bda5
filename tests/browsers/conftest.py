"""The three-engine suite: every test takes the ``driver`` fixture (Chromium, Firefox, WebKit).

The Streamlit apps are the end-to-end suite's (``tests/e2e/apps/``); ``page_server`` serves the
driver tests' small static page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.e2e.conftest import APPS
from tests.support.fixtures import StartServer
from tests.support.servers import StreamlitServer


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/browsers/" in str(item.path):
            item.add_marker(pytest.mark.browsers)


@pytest.fixture(scope="session")
def servers(streamlit_servers: StartServer) -> Callable[[str], StreamlitServer]:
    """``servers("core_app.py")``: the running server of ``tests/e2e/apps/core_app.py``."""
    return lambda app: streamlit_servers(APPS / app)


@pytest.fixture(scope="session")
def page_server() -> Iterator[Callable[[str], str]]:
    """``page_server(html)``: a URL on 127.0.0.1 that serves ``html`` (stopped at the end)."""
    pages: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body = pages.get(self.path.split("?")[0])
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body or b"not found")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def serve(html: str) -> str:
        path = f"/page{len(pages)}.html"
        pages[path] = html.encode()
        return f"http://127.0.0.1:{server.server_address[1]}{path}"

    yield serve
    server.shutdown()
    server.server_close()
