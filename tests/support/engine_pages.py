"""Reading and driving a Streamlit page that shows the widget, through a three-engine ``PageDriver``.

The counterpart of :mod:`tests.support.streamlit_page` (Playwright's locators, Chromium only) for
:mod:`tests.support.engines`: everything is JavaScript run in the top page, which reaches the
widget's same-origin iframe through ``contentDocument``, and real input at viewport coordinates.

What the widget's document dispatched is recorded by :func:`record`: a listener for
``openChatEvent`` added to the widget's document once the widget is drawn (a Playwright init
script has no equivalent in the other engines). The iframe is never reloaded by a call or a rerun,
so the listener sees every later dispatch; :func:`dispatched` fails loudly if the document it
listened to was replaced.
"""

from __future__ import annotations

import json
import time
from typing import Any

from tests.support.engines import PageDriver
from tests.support.streamlit_page import WIDGET_IFRAME

#: JavaScript: ``doc``, the widget iframe's document (``null`` until the iframe is there).
_DOC = f"""
const frame = document.querySelector({json.dumps(WIDGET_IFRAME)});
const doc = frame && frame.contentDocument;
"""

_RECORD = (
    _DOC
    + """
if (!doc || !doc.querySelector(".oc-root")) return null;
const win = doc.defaultView;
if (!win.__seen) {
  win.__seen = [];
  doc.addEventListener("openChatEvent", (e) => {
    win.__seen.push(JSON.parse(JSON.stringify({ type: e.type, detail: e.detail })));
  });
}
return "recording";
"""
)


def wait_ready(driver: PageDriver) -> None:
    """The app finished its first run and the widget is drawn."""
    driver.wait_js(
        _DOC + "return document.body.textContent.includes('script-finished') && !!doc"
        " && !!doc.querySelector('.oc-root');"
    )


def record(driver: PageDriver) -> None:
    """Start recording the widget document's ``openChatEvent`` dispatches (see the module's note)."""
    driver.wait_js(_RECORD)


def dispatched(driver: PageDriver) -> list[dict[str, Any]]:
    """Every ``openChatEvent`` dispatched since :func:`record`, in order."""
    seen = driver.run_js(_DOC + "return doc && doc.defaultView.__seen ? doc.defaultView.__seen : null;")
    if seen is None:
        raise AssertionError(f"[{driver.engine}] the widget's document was replaced since record()")
    return list(seen)


def wait_dispatched(driver: PageDriver, count: int, settle: float = 0.6) -> list[dict[str, Any]]:
    """Wait for ``count`` dispatches, then a moment more to catch any extra."""
    deadline = time.monotonic() + 20
    while len(dispatched(driver)) < count:
        if time.monotonic() > deadline:
            raise AssertionError(f"[{driver.engine}] {count} dispatches, have {dispatched(driver)}")
        time.sleep(0.05)
    time.sleep(settle)
    return dispatched(driver)


def runs(driver: PageDriver) -> int:
    """The app's run counter (its ``runs: N`` caption); -1 while there is none."""
    return int(
        driver.run_js(
            """
            for (const el of document.querySelectorAll('[data-testid="stCaptionContainer"]')) {
              const m = /runs: (\\d+)/.exec(el.textContent);
              if (m) return Number(m[1]);
            }
            return -1;
            """
        )
    )


def button_center(driver: PageDriver, name: str) -> tuple[float, float]:
    """The centre, in the viewport, of the app's button named ``name`` (scrolled into view)."""
    x, y = driver.wait_js(
        """
        for (const button of document.querySelectorAll("button")) {
          if (button.textContent.trim() !== arguments[0] || button.disabled) continue;
          button.scrollIntoView({ block: "center" });
          const r = button.getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2];
        }
        return null;
        """,
        name,
    )
    return float(x), float(y)


def click_button(driver: PageDriver, name: str) -> None:
    """A real mouse click on the app's button named ``name``."""
    driver.click_at(*button_center(driver, name))


def click_and_wait_run(driver: PageDriver, name: str) -> None:
    """Click the app's button ``name`` and wait until the rerun it causes has finished."""
    before = runs(driver)
    click_button(driver, name)
    deadline = time.monotonic() + 20
    while runs(driver) <= before:
        if time.monotonic() > deadline:
            raise AssertionError(f"[{driver.engine}] no rerun after clicking {name!r}")
        time.sleep(0.05)
    wait_ready(driver)


def widget_center(driver: PageDriver, selector: str) -> tuple[float, float]:
    """The centre, in the top page's viewport, of the widget's element matching ``selector``.

    Waits until a person could click it there: the point is inside the viewport, the top page's
    hit testing gives it to the widget's iframe, and it reads the same twice in a row (the frame
    is placed and no longer moving).
    """
    body = (
        _DOC
        + """
        const el = doc && doc.querySelector(arguments[0]);
        if (!el || el.getClientRects().length === 0) return null;
        const f = frame.getBoundingClientRect(), r = el.getBoundingClientRect();
        const left = f.left + frame.clientLeft, top = f.top + frame.clientTop;
        const x = left + r.left + r.width / 2, y = top + r.top + r.height / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return null;
        return document.elementFromPoint(x, y) === frame ? [x, y] : null;
        """
    )
    last = driver.wait_js(body, selector)
    for _ in range(100):
        now = driver.wait_js(body, selector)
        if now == last:
            break
        last = now
    return float(last[0]), float(last[1])


def click_widget(driver: PageDriver, selector: str) -> None:
    """A real mouse click on the widget's element matching ``selector``."""
    driver.click_at(*widget_center(driver, selector))


def panel_open(driver: PageDriver) -> bool:
    """Whether the preview widget's chat panel (its dialog) is shown."""
    return bool(
        driver.run_js(
            _DOC
            + "const p = doc.querySelector('.oc-panel'); return !p.hidden && p.getClientRects().length > 0;"
        )
    )


def launcher_state(driver: PageDriver) -> list[str | None]:
    """The launcher's ``aria-label`` and ``aria-expanded``."""
    return list(
        driver.run_js(
            _DOC + "const l = doc.querySelector('.oc-launcher');"
            " return [l.getAttribute('aria-label'), l.getAttribute('aria-expanded')];"
        )
    )


def focused(driver: PageDriver) -> str:
    """Where focus is: ``page:<TAG>`` outside the widget, else the focused widget element's class."""
    return str(
        driver.run_js(
            _DOC
            + """
            if (document.activeElement !== frame) return "page:" + document.activeElement.tagName;
            const el = doc.activeElement;
            return el === doc.body || el === null ? "body" : el.className;
            """
        )
    )


def bubbles(driver: PageDriver, role: str = "customer") -> list[str]:
    """The texts of the preview widget's message bubbles of ``role``, in order."""
    return list(
        driver.run_js(
            _DOC + "const found = doc.querySelectorAll(`.oc-msg--${arguments[0]} .oc-msg-text`);"
            " return [...found].map((e) => e.textContent);",
            role,
        )
    )


def page_text(driver: PageDriver) -> str:
    """The top page's visible text."""
    return str(driver.run_js("return document.body.innerText;"))
