"""Figure 1: click to message visible, four floors and three ways, measured in the page itself.

One page (tab) per variant of ``bench/apps/latency_app.py`` on one server, driven through
the three-engine page driver (``tests/support/engines``: Playwright for Chromium,
Marionette for Firefox, WebKitWebDriver for WebKit); trials are interleaved (variant
order shuffled per round with a fixed seed) so that drift on this shared machine hits
every variant alike. Each trial runs in the page: a ``MutationObserver`` watches the
document that will show the message, the time origin is taken just before
``button.click()``, and the message counts as visible at the first animation frame after
it entered the DOM. Nothing of the driver is inside the timed span, so the figure is the
same measure under any driver.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bench.browser import TIME_TO_VISIBLE
from tests.support.engines import PageDriver
from tests.support.streamlit_page import WIDGET_IFRAME

VARIANTS = ("floor", "iframe_floor", "component_floor", "widget_floor", "open_chat", "naive", "chat_button")

#: Figure 1's rows in Firefox and WebKit: the floors that frame the widget's cost, and the three ways.
ENGINE_VARIANTS = ("floor", "component_floor", "widget_floor", "open_chat", "naive", "chat_button")

#: Pages that only tell our costs apart (``--variants``; never in ``make bench``'s figures).
PROBE_VARIANTS = ("widget_no_placement", "component_args", "component_placement")

#: Variants whose message is a line of text in Streamlit's page (the others show it in the widget).
PAGE_VARIANTS = (
    "floor",
    "iframe_floor",
    "component_floor",
    "widget_floor",
    "widget_no_placement",
    "component_args",
    "component_placement",
)

#: Variants that draw the chat widget (their page is ready once its launcher shows).
WIDGET_VARIANTS = (
    "widget_floor",
    "widget_no_placement",
    "open_chat",
    "naive",
    "chat_button",
)

#: The viewport of every figure-1 page.
VIEWPORT = (1100, 900)

# `where`: "page" looks for the text `trial-<k>.` in the Streamlit page; "widget" counts
# customer bubbles in the chat widget's iframe. `window.__benchButtonDoc` is the document
# holding the button (FIND_BUTTON_DOC). A function body for PageDriver.run_js.
MEASURE_CLICK = (
    """
const { where, k, label } = arguments[0];"""
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
return timeToVisible(doc, found, () => button.click());
"""
)

# Where the benchmark finds the button: Streamlit's page, or (chat_button) the iframe
# that holds it when it is a component.
FIND_BUTTON_DOC = """
const label = arguments[0];
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
"""

#: The app's ``runs: N script-finished`` caption shows at least ``arguments[0]``.
RUNS_AT_LEAST = """
const caption = [...document.querySelectorAll('[data-testid="stCaptionContainer"]')]
  .map((c) => c.textContent || "").find((t) => t.includes("script-finished"));
if (!caption) return false;
const match = /runs: (\\d+)/.exec(caption);
return match !== null && Number(match[1]) >= arguments[0];
"""

LAUNCHER_SHOWN = f"""
const frame = document.querySelector({WIDGET_IFRAME!r});
const doc = frame && frame.contentDocument;
return !!doc && !!doc.querySelector(".oc-launcher");
"""

MINIMAL_SHOWN = """
const frame = document.querySelector('iframe[title*="minimal_component"]');
const doc = frame && frame.contentDocument;
return !!doc && !!doc.body && (doc.body.textContent || "").includes("A minimal component.");
"""


@dataclass
class LatencyResult:
    """Click-to-visible samples (milliseconds) per variant; ``missing`` explains absent ones."""

    samples: dict[str, list[float]] = field(default_factory=dict)
    dom_samples: dict[str, list[float]] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)
    button_location: dict[str, str] = field(default_factory=dict)
    engine: str = "chromium"


def wait_for_runs(driver: PageDriver, runs: int, timeout: float = 20.0) -> None:
    """Wait until the app's ``runs: N script-finished`` caption shows at least ``runs``.

    Examples
    --------
    >>> wait_for_runs(driver, 1)  # doctest: +SKIP
    """
    driver.wait_js(RUNS_AT_LEAST, runs, timeout=timeout)


def _open_variant(new_driver: Callable[[], PageDriver], url: str, variant: str) -> PageDriver:
    driver = new_driver()
    driver.set_viewport(*VIEWPORT)
    driver.goto(f"{url}/?variant={variant}")
    wait_for_runs(driver, 1)
    if variant in WIDGET_VARIANTS:
        driver.wait_js(LAUNCHER_SHOWN)
    elif variant in ("component_floor", "component_args", "component_placement"):
        driver.wait_js(MINIMAL_SHOWN)
    return driver


def _locate_button(driver: PageDriver, label: str) -> str | None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        where = driver.run_js(FIND_BUTTON_DOC, label)
        if where is not None:
            return str(where)
        time.sleep(0.2)
    return None


def measure_click_latency(
    new_driver: Callable[[], PageDriver],
    url: str,
    *,
    trials: int,
    variants: Sequence[str] = VARIANTS,
    warmup: int = 3,
) -> LatencyResult:
    """Median-ready click-to-visible samples for every available variant.

    ``new_driver`` opens a fresh tab of one engine (one per variant, closed at the end).

    Examples
    --------
    >>> new_tab = lambda: ChromiumDriver(browser)  # doctest: +SKIP
    >>> result = measure_click_latency(new_tab, server.url, trials=20)  # doctest: +SKIP
    >>> sorted(result.samples)  # doctest: +SKIP
    ['chat_button', 'component_floor', 'floor', 'iframe_floor', 'naive', 'open_chat', 'widget_floor']
    """
    result = LatencyResult()
    drivers: dict[str, PageDriver] = {}
    try:
        for variant in variants:
            driver = _open_variant(new_driver, url, variant)
            result.engine = driver.engine
            location = _locate_button(driver, "Send")
            if location is None:
                result.missing[variant] = "not available (no Send button on the page)"
                driver.close()
                continue
            result.button_location[variant] = location
            drivers[variant] = driver
        rng = random.Random(6)
        clicks = dict.fromkeys(drivers, 0)
        for round_index in range(warmup + trials):
            order = list(drivers)
            rng.shuffle(order)
            for variant in order:
                driver = drivers[variant]
                driver.activate()
                clicks[variant] += 1
                where = "page" if variant in PAGE_VARIANTS else "widget"
                if variant != "chat_button":
                    _locate_button(driver, "Send")  # the button element is redrawn by reruns
                timing = driver.run_js(MEASURE_CLICK, {"where": where, "k": clicks[variant], "label": "Send"})
                if variant != "chat_button":
                    wait_for_runs(driver, clicks[variant] + 1)
                time.sleep(0.15)  # let the rerun's tail (iframe resize, args) settle before the next click
                if round_index >= warmup:
                    result.samples.setdefault(variant, []).append(float(timing["frame"]))
                    result.dom_samples.setdefault(variant, []).append(float(timing["dom"]))
    finally:
        for driver in drivers.values():
            driver.close()
    return result
