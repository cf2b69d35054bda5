"""Figure 1: click to message visible, three floors and three ways, measured in the page itself.

One page per variant of ``bench/apps/latency_app.py`` on one server; trials are
interleaved (variant order shuffled per round with a fixed seed) so that drift on
this shared machine hits every variant alike. Each trial runs in the page: a
``MutationObserver`` watches the document that will show the message, the time
origin is taken just before ``button.click()``, and the message counts as visible at
the first animation frame after it entered the DOM.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

from playwright.sync_api import Browser, Frame, Page

from bench.browser import TIME_TO_VISIBLE, wait_for_runs
from tests.support.streamlit_page import WIDGET_IFRAME

VARIANTS = ("floor", "iframe_floor", "widget_floor", "open_chat", "naive", "chat_button")

#: Variants whose message is a line of text in Streamlit's page (the others show it in the widget).
PAGE_VARIANTS = ("floor", "iframe_floor", "widget_floor")

#: Variants that draw the chat widget (their page is ready once its launcher shows).
WIDGET_VARIANTS = ("widget_floor", "open_chat", "naive", "chat_button")

# `where`: "page" looks for the text `trial-<k>.` in the Streamlit page; "widget" counts
# customer bubbles in the chat widget's iframe. `frame` is the document holding the button.
MEASURE_CLICK = (
    """
async ({ where, k, label }) => {"""
    + TIME_TO_VISIBLE
    + """
  const widgetDoc = () => document.querySelector('iframe[title*="octocom_widget"]').contentDocument;
  const doc = where === "widget" ? widgetDoc() : document;
  const found = where === "widget"
    ? () => doc.querySelectorAll(".oc-msg--customer").length >= k
    : () => (doc.body.textContent || "").includes(`trial-${k}.`);
  const button = [...window.__benchButtonDoc.querySelectorAll("button")]
    .find((b) => (b.textContent || "").trim() === label);
  if (!button) throw new Error(`no button ${label}`);
  return await timeToVisible(doc, found, () => button.click());
}
"""
)

# Where the benchmark finds the button: Streamlit's page, or (chat_button) the iframe
# that holds it when it is a component.
FIND_BUTTON_DOC = """
(label) => {
  const has = (doc) => [...doc.querySelectorAll("button")]
    .some((b) => (b.textContent || "").trim() === label);
  if (has(document)) { window.__benchButtonDoc = document; return "page"; }
  for (const frame of document.querySelectorAll("iframe")) {
    try {
      if (frame.contentDocument && has(frame.contentDocument)) {
        window.__benchButtonDoc = frame.contentDocument;
        return frame.title || "iframe";
      }
    } catch (e) {}
  }
  return null;
}
"""


@dataclass
class LatencyResult:
    """Click-to-visible samples (milliseconds) per variant; ``missing`` explains absent ones."""

    samples: dict[str, list[float]] = field(default_factory=dict)
    dom_samples: dict[str, list[float]] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)
    button_location: dict[str, str] = field(default_factory=dict)


def _open_variant(browser: Browser, url: str, variant: str) -> Page:
    page = browser.new_context(viewport={"width": 1100, "height": 900}).new_page()
    page.goto(f"{url}/?variant={variant}")
    wait_for_runs(page, 1)
    if variant in WIDGET_VARIANTS:
        page.frame_locator(WIDGET_IFRAME).locator(".oc-launcher").wait_for()
    return page


def _locate_button(page: Page, variant: str, label: str) -> str | None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        where = page.evaluate(FIND_BUTTON_DOC, label)
        if where is not None:
            return str(where)
        time.sleep(0.2)
    return None


def measure_click_latency(browser: Browser, url: str, *, trials: int, warmup: int = 3) -> LatencyResult:
    """Median-ready click-to-visible samples for every available variant.

    Examples
    --------
    >>> result = measure_click_latency(browser, server.url, trials=20)  # doctest: +SKIP
    >>> sorted(result.samples)  # doctest: +SKIP
    ['floor', 'naive', 'open_chat']
    """
    result = LatencyResult()
    pages: dict[str, Page] = {}
    for variant in VARIANTS:
        page = _open_variant(browser, url, variant)
        location = _locate_button(page, variant, "Send")
        if location is None:
            result.missing[variant] = "not available yet (octocom_streamlit has no chat_button)"
            page.context.close()
            continue
        result.button_location[variant] = location
        pages[variant] = page
    rng = random.Random(6)
    clicks = dict.fromkeys(pages, 0)
    for round_index in range(warmup + trials):
        order = list(pages)
        rng.shuffle(order)
        for variant in order:
            page = pages[variant]
            page.bring_to_front()
            clicks[variant] += 1
            where = "page" if variant in PAGE_VARIANTS else "widget"
            if variant != "chat_button":
                _locate_button(page, variant, "Send")  # the button element is redrawn by reruns
            timing = page.evaluate(MEASURE_CLICK, {"where": where, "k": clicks[variant], "label": "Send"})
            if variant != "chat_button":
                wait_for_runs(page, clicks[variant] + 1)
            time.sleep(0.15)  # let the rerun's tail (iframe resize, args) settle before the next click
            if round_index >= warmup:
                result.samples.setdefault(variant, []).append(float(timing["frame"]))
                result.dom_samples.setdefault(variant, []).append(float(timing["dom"]))
    for page in pages.values():
        page.context.close()
    return result


def frame_of(page: Page, title_part: str) -> Frame | None:
    """The first frame of ``page`` whose iframe title contains ``title_part``.

    Examples
    --------
    >>> frame_of(page, "octocom_widget")  # doctest: +SKIP
    """
    handle = page.query_selector(f'iframe[title*="{title_part}"]')
    return handle.content_frame() if handle else None
