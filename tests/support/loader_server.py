"""A tiny HTTP server on 127.0.0.1 that serves the stand-in loader and failing variants.

- ``/loader.js``: the stand-in widget script (tests/support/loader_site/standin-loader.js)
- ``/missing.js``: 404
- ``/throws.js``: a script that throws while running
- ``/slow.js``: never answers within the tests' timeouts
- ``/flaky.js``: 503 until ``heal()`` is called, then the stand-in script
- ``/<name>``: any other file of the site as it is: the stand-in vendor widgets of several
  shapes (``doc-panel.js``, ``frame-panel.js``, ``phone-fullscreen.js``, ``bottom-left.js``)
  and ``plain.html?script=<name>``, a plain page that runs one of them (the reference the
  real-widget layout tests compare the app with)
"""

from __future__ import annotations

import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).parent / "loader_site"
SITE_FILE = re.compile(r"^/([a-z][a-z-]*\.(js|html))$")
CONTENT_TYPES = {"js": "text/javascript", "html": "text/html; charset=utf-8"}


class LoaderServer:
    def __init__(self) -> None:
        self.healthy = threading.Event()
        self.requests: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                owner.requests.append(path)
                if path == "/slow.js":
                    time.sleep(8)
                    return self._send(200, b"/* too late */")
                if path == "/flaky.js" and not owner.healthy.is_set():
                    return self._send(503, b"unavailable")
                name = {
                    "/loader.js": "standin-loader.js",
                    "/flaky.js": "standin-loader.js",
                    "/throws.js": "throws.js",
                }
                if path in name:
                    return self._send(200, (SITE / name[path]).read_bytes())
                found = SITE_FILE.match(path)
                if found is None or not (SITE / found.group(1)).is_file():
                    return self._send(404, b"not found")
                self._send(200, (SITE / found.group(1)).read_bytes(), CONTENT_TYPES[found.group(2)])

            def _send(self, status: int, body: bytes, content_type: str = "text/javascript") -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Cache-Control", "no-store")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def heal(self) -> None:
        self.healthy.set()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
