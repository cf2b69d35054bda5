"""Figures 2 and 5: script reruns per call, iframe loads, and JS heap over 500 calls.

One page of ``bench/apps/calls_app.py`` makes 500 calls: the first 100 one per click
("Call"), the rest ten per click ("Call x10"). Reruns come from the app's own run
counter; iframe loads are the frame navigations Playwright sees (the widget's
iframe, and the ``components.html`` iframes of the naive approach); dispatches are
counted by a listener on the widget's document. Memory is read through the Chrome
DevTools Protocol: ``HeapProfiler.collectGarbage`` twice, then
``Performance.getMetrics`` (the renderer's V8 heap holds the page and its
same-origin iframes).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from playwright.sync_api import Browser, CDPSession, Frame, Page

from bench.browser import wait_for_runs
from tests.support.streamlit_page import WIDGET_IFRAME

CHECKPOINTS = (10, 100, 500)
METRICS = ("JSHeapUsedSize", "Nodes", "JSEventListeners", "Documents", "Frames")

INSTALL_COUNTER = """
() => {
  const doc = document.querySelector('iframe[title*="octocom_widget"]').contentDocument;
  window.__benchDispatches = 0;
  doc.addEventListener("openChatEvent", () => { window.__benchDispatches += 1; });
}
"""

CURRENT_RUNS = """
() => {
  const caption = [...document.querySelectorAll('[data-testid="stCaptionContainer"]')]
    .map((c) => c.textContent || "").find((t) => t.includes("script-finished")) || "";
  const match = /runs: (\\d+)/.exec(caption);
  return match ? Number(match[1]) : -1;
}
"""


@dataclass
class Checkpoint:
    """State of the page after ``calls`` calls."""

    calls: int
    runs: int
    widget_loads: int
    html_loads: int
    dispatches: int
    metrics: dict[str, float]


@dataclass
class CallLoopResult:
    """The checkpoints of one 500-call loop (``variant``, with or without a message)."""

    variant: str
    message: bool
    start: Checkpoint | None = None
    checkpoints: list[Checkpoint] = field(default_factory=list)

    def at(self, calls: int) -> Checkpoint:
        """The checkpoint after ``calls`` calls.

        Examples
        --------
        >>> result.at(100).runs  # doctest: +SKIP
        101
        """
        return next(point for point in self.checkpoints if point.calls == calls)


def heap_metrics(cdp: CDPSession) -> dict[str, float]:
    """Collect garbage twice, then read the renderer's performance metrics.

    Examples
    --------
    >>> heap_metrics(page.context.new_cdp_session(page))["JSHeapUsedSize"]  # doctest: +SKIP
    3145728.0
    """
    for _ in range(2):
        cdp.send("HeapProfiler.collectGarbage")
    reply = cdp.send("Performance.getMetrics")
    values = {item["name"]: float(item["value"]) for item in reply["metrics"]}
    return {name: values.get(name, float("nan")) for name in METRICS}


def _wait_dispatches(page: Page, count: int, timeout: float = 30.0) -> int:
    if page.evaluate("() => window.__benchDispatches") < 0:  # no widget (floor)
        time.sleep(0.5)
        return -1
    deadline = time.monotonic() + timeout
    seen = 0
    while time.monotonic() < deadline:
        seen = int(page.evaluate("() => window.__benchDispatches"))
        if seen >= count:
            break
        time.sleep(0.05)
    time.sleep(0.5)  # anything extra (a duplicate, a late rerun) shows up here
    return int(page.evaluate("() => window.__benchDispatches"))


def run_call_loop(
    browser: Browser, url: str, *, variant: str, message: bool, total: int = 500
) -> CallLoopResult:
    """Make ``total`` calls and record :data:`CHECKPOINTS`.

    Examples
    --------
    >>> result = run_call_loop(browser, server.url, variant="open_chat", message=True)  # doctest: +SKIP
    >>> result.at(100).widget_loads  # doctest: +SKIP
    1
    """
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    loads = {"widget": 0, "html": 0}

    def on_navigated(frame: Frame) -> None:
        if "octocom_widget" in frame.url:
            loads["widget"] += 1
        elif frame.url == "about:srcdoc":
            loads["html"] += 1

    page.on("framenavigated", on_navigated)
    page.goto(f"{url}/?variant={variant}&message={int(message)}")
    wait_for_runs(page, 1)
    if variant == "floor":
        page.evaluate("() => { window.__benchDispatches = -1; }")
    else:
        page.frame_locator(WIDGET_IFRAME).locator(".oc-launcher").wait_for()
        page.evaluate(INSTALL_COUNTER)
    time.sleep(0.5)
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    result = CallLoopResult(variant=variant, message=message)

    def checkpoint(calls: int) -> Checkpoint:
        dispatches = _wait_dispatches(page, calls)
        return Checkpoint(
            calls=calls,
            runs=int(page.evaluate(CURRENT_RUNS)),
            widget_loads=loads["widget"],
            html_loads=loads["html"],
            dispatches=dispatches,
            metrics=heap_metrics(cdp),
        )

    result.start = checkpoint(0)
    runs = result.start.runs
    calls = 0
    while calls < total:
        label, batch = ("Call", 1) if calls < 100 else ("Call x10", 10)
        page.get_by_role("button", name=label, exact=True).click()
        runs += 1
        wait_for_runs(page, runs)
        calls += batch
        if calls in CHECKPOINTS:
            result.checkpoints.append(checkpoint(calls))
    context.close()
    return result
