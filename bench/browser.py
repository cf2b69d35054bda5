"""A real ``streamlit run`` server and Debian's headless Chromium for the benchmarks.

Reuses the tests' support library (``tests/support/``): the same server launcher
(127.0.0.1, free port, stopped on exit) and the same Chromium, launched the same way
(:func:`tests.support.chromium.running_chromium`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page

from tests.support.servers import StreamlitServer

APPS = Path(__file__).resolve().parent / "apps"

#: In-page JavaScript shared by the latency figures: ``timeToVisible(root, found, start)``
#: takes the time origin, calls ``start()``, and resolves with ``{dom, frame}``: the
#: milliseconds until ``found()`` holds after a DOM change under ``root``, and until the
#: first animation frame after that (when the message is on screen).
#:
#: It starts after a random wait of up to one frame (16.7 ms at 60 Hz), before the time
#: origin: trials that follow each other at a steady pace can otherwise meet the
#: display's frames at the same phase for a whole run, which moves one variant's
#: "visible" median by several milliseconds against the others (seen on this machine).
TIME_TO_VISIBLE = """
const FRAME_MS = 1000 / 60;
const randomPhase = () => new Promise((wait) => setTimeout(wait, Math.random() * FRAME_MS));
const timeToVisible = (root, found, start) => randomPhase().then(() => new Promise((resolve, reject) => {
  let t0 = 0;
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error("timeout")); }, 15000);
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    clearTimeout(timer);
    const dom = performance.now() - t0;
    requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  t0 = performance.now();
  start();
}));
"""


@contextmanager
def streamlit_app(name: str) -> Iterator[StreamlitServer]:
    """Run ``bench/apps/<name>`` with ``streamlit run``; stopped on exit.

    Examples
    --------
    >>> with streamlit_app("latency_app.py") as server:  # doctest: +SKIP
    ...     print(server.url)
    """
    server = StreamlitServer(APPS / name)
    try:
        yield server
    finally:
        server.stop()


def wait_for_runs(page: Page, runs: int, timeout_ms: float = 20_000) -> None:
    """Wait until the app's ``runs: N script-finished`` caption shows at least ``runs``.

    Examples
    --------
    >>> wait_for_runs(page, 1)  # doctest: +SKIP
    """
    page.wait_for_function(
        """(runs) => {
          const caption = [...document.querySelectorAll('[data-testid="stCaptionContainer"]')]
            .map((c) => c.textContent || "").find((t) => t.includes("script-finished"));
          if (!caption) return false;
          const match = /runs: (\\d+)/.exec(caption);
          return match !== null && Number(match[1]) >= runs;
        }""",
        arg=runs,
        timeout=timeout_ms,
    )
