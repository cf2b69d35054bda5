"""End-to-end harness: a real `streamlit run` server and Debian's headless Chromium.

Servers bind 127.0.0.1 on a free port and are stopped in the fixture teardown.
Every page gets an init script (in every frame) that records what the widget's
document really dispatched, counts widget iframe loads, and traps `alert`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, FrameLocator, Page, Route

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("OCTOCOM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WIDGET_IFRAME = 'iframe[title*="octocom_widget"]'

ALERT_TRAP = """
(() => {
  const top = window.top;
  if (window === top) { window.__alerts = []; window.__frameLoads = 0; }
  const trap = (m) => { try { top.__alerts.push(String(m)); } catch (e) {} };
  window.alert = trap; window.confirm = trap; window.prompt = trap;
})();
"""

# Injected at the top of the widget iframe's HTML (Playwright init scripts do not reach
# that sandboxed iframe's document): it runs before the widget's own module script.
FRAME_RECORDER = """
(() => {
  const top = window.top;
  const trap = (m) => { try { top.__alerts.push(String(m)); } catch (e) {} };
  window.alert = trap; window.confirm = trap; window.prompt = trap;
  try { top.__frameLoads = (top.__frameLoads || 0) + 1; } catch (e) {}
  window.__seen = [];
  document.addEventListener("openChatEvent", (e) => {
    window.__seen.push(JSON.parse(JSON.stringify({ type: e.type, detail: e.detail })));
  });
})();
"""


def screenshot_path(folder: str, name: str) -> str:
    """Where a test's screenshot goes: ``docs/<folder>/`` when OCTOCOM_UPDATE_SCREENSHOTS=1
    (to refresh the README's pictures), else a temporary folder (still taken, not kept)."""
    if os.environ.get("OCTOCOM_UPDATE_SCREENSHOTS") == "1":
        target = ROOT / "docs" / folder
    else:
        target = Path(os.environ.get("TMPDIR", "/tmp")) / "octocom-screenshots" / folder
    target.mkdir(parents=True, exist_ok=True)
    return str(target / f"{name}.png")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """A server started by ``command`` that answers ``/_stcore/health`` on 127.0.0.1:``port``."""

    def __init__(self, command: list[str], port: int, *, cwd: Path, env: dict[str, str], name: str) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = Path(os.environ.get("TMPDIR", "/tmp")) / f"streamlit-{name}-{self.port}.log"
        self._log_file = self.log.open("w")
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=self._log_file, stderr=subprocess.STDOUT
        )
        self._wait_healthy()

    def _wait_healthy(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited early:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(f"streamlit did not become healthy:\n{self.log.read_text()}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log_file.close()


#: Options every test server gets: headless, loopback, no file watcher, no usage statistics.
SERVER_OPTIONS = [
    "--server.headless", "true",
    "--server.fileWatcherType", "none",
    "--server.runOnSave", "false",
    "--browser.gatherUsageStats", "false",
    "--global.developmentMode", "false",
]  # fmt: skip


class StreamlitServer(ServerProcess):
    """`streamlit run <app>` on 127.0.0.1; `stop()` ends it."""

    def __init__(self, app: Path, extra_env: dict[str, str] | None = None, port: int | None = None) -> None:
        """Start ``app``; ``port`` reuses a port (to restart a stopped server in place)."""
        self.app = app
        port = port or free_port()
        env = {**os.environ, "PYTHONPATH": str(ROOT), **(extra_env or {})}
        command = [
            sys.executable, "-m", "streamlit", "run", str(app),
            "--server.address", "127.0.0.1",
            "--server.port", str(port),
            *SERVER_OPTIONS,
        ]  # fmt: skip
        super().__init__(command, port, cwd=app.parent, env=env, name=app.stem)


def new_page(
    browser: Browser,
    url: str,
    *,
    record: bool = True,
    offline: bool = False,
    before_goto: Callable[[Page], None] | None = None,
    **context_args: Any,
) -> Page:
    """Open ``url`` in a fresh context (a new Streamlit session).

    ``record=False`` skips the recorder injection: Playwright's request interception
    keeps the sandboxed widget iframe from loading cross-origin scripts, which the
    loader tests need (they read what the stand-in widget itself recorded).
    ``offline=True`` fails every request that leaves 127.0.0.1 (as with no network).
    ``before_goto`` gets the page before it loads (to listen to its requests).
    """
    context = browser.new_context(**context_args)
    context.add_init_script(ALERT_TRAP)
    if offline:
        context.route(lambda url: not _is_loopback(url), lambda route: route.abort("internetdisconnected"))
    if record:
        context.route("**/component/*octocom_widget/index.html*", _inject_recorder)
    page = context.new_page()
    if before_goto is not None:
        before_goto(page)
    page.on(
        "dialog",
        lambda dialog: (page.evaluate("m => window.__alerts.push(m)", dialog.message), dialog.dismiss()),
    )
    page.goto(url)
    return page


def _is_loopback(url: str) -> bool:
    return urllib.parse.urlsplit(url).hostname in ("127.0.0.1", "localhost")


@contextmanager
def page_opener(open_one: Callable[..., Page]) -> Iterator[Callable[..., Page]]:
    """Yield ``open_one`` wrapped so that every page it opens has its context closed on exit."""
    pages: list[Page] = []

    def opener(*args: Any, **kwargs: Any) -> Page:
        page = open_one(*args, **kwargs)
        pages.append(page)
        return page

    try:
        yield opener
    finally:
        for page in pages:
            page.context.close()


def _inject_recorder(route: Route) -> None:
    response = route.fetch()
    body = response.text().replace("<head>", f"<head><script>{FRAME_RECORDER}</script>", 1)
    route.fulfill(response=response, body=body)


def widget(page: Page) -> FrameLocator:
    return page.frame_locator(WIDGET_IFRAME)


def widget_frame_eval(page: Page, expression: str) -> Any:
    return page.locator(WIDGET_IFRAME).element_handle().content_frame().evaluate(expression)  # type: ignore[union-attr]


def wait_ready(page: Page) -> None:
    """The app finished its first run and the widget rendered."""
    page.get_by_text("script-finished").wait_for(state="attached")
    widget(page).locator(".oc-root").wait_for(state="attached")


def dispatched(page: Page) -> list[dict[str, Any]]:
    """Every `openChatEvent` the widget's document dispatched, in order."""
    return widget_frame_eval(page, "window.__seen")  # type: ignore[no-any-return]


def wait_until(predicate: Callable[[], bool], timeout: float = 20.0, message: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting: {message}")


def wait_dispatched(page: Page, count: int, settle: float = 0.6) -> list[dict[str, Any]]:
    """Wait for `count` dispatches, then a moment more to catch any extra."""
    wait_until(lambda: len(dispatched(page)) >= count, message=f"{count} dispatches, have {dispatched(page)}")
    time.sleep(settle)
    return dispatched(page)


def bubbles(page: Page, role: str = "customer") -> list[str]:
    return widget(page).locator(f".oc-msg--{role} .oc-msg-text").all_inner_texts()


def runs(page: Page) -> int:
    """The app's run counter (its last caption); -1 while the script shows an exception."""
    caption = page.get_by_test_id("stCaptionContainer").filter(has_text="runs:")
    if caption.count() == 0:
        return -1
    text = caption.first.inner_text()
    return int(text.split("runs:")[1].split()[0])


def click_and_wait_run(page: Page, name: str) -> None:
    """Click a Streamlit button and wait until the rerun it causes has finished."""
    before = runs(page)
    page.get_by_role("button", name=name, exact=True).click()
    wait_until(lambda: runs(page) > before, message=f"rerun after {name!r}")
    page.get_by_text("script-finished").wait_for(state="attached")
