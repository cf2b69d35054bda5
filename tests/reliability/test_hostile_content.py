"""Hostile content: XSS payloads in ``content`` and ``imageUrl`` never run.

Each payload would call ``alert`` or ``console.error`` with an ``XSS-`` marker if it
ran. The pages trap ``alert``/``confirm``/``prompt`` in the page and in the widget
iframe and record every console message; no request leaves 127.0.0.1. Contents are
shown as the same text; image URLs are refused by Python with an error naming
``image_url``, or kept inert by the browser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from octocom_streamlit import OpenChatEvent
from tests.reliability.batches import bubbles, send_batch, write_batch
from tests.reliability.driving import details, wait_all_dispatched
from tests.reliability.xss_corpus import CONTENT_PAYLOADS, IMAGE_PAYLOADS
from tests.support.pages import console_log, open_guarded_page
from tests.support.servers import StreamlitServer
from tests.support.streamlit_page import dispatched, wait_ready, wait_until, widget_frame_eval

HANDLERS = "[onerror],[onload],[onfocus],[ontoggle],[onmouseover],[onclick],[onbegin]"
INJECTED = (
    "script:not([src]):not([type]), iframe:not([title]), object, embed, svg, math, details, input[autofocus]"
)
COUNT_INJECTED = f"""
() => {{
  const count = (doc) => ({{
    handlers: doc.querySelectorAll("{HANDLERS}").length,
    xssText: [...doc.querySelectorAll("script")].filter((s) => (s.textContent || "").includes("XSS-")).length,
  }});
  const frame = document.querySelector('iframe[title*="octocom_widget"]').contentDocument;
  const injected = [...frame.querySelectorAll(".oc-messages *")]
    .filter((e) => !["LI", "P", "IMG"].includes(e.tagName)).map((e) => e.tagName);
  return {{ page: count(document), widget: count(frame), injected }};
}}
"""


@pytest.fixture
def hostile_page(
    browser: Browser, servers: Callable[[str], StreamlitServer]
) -> Iterator[Callable[[str], Page]]:
    pages: list[Page] = []

    def opener(query: str) -> Page:
        page = open_guarded_page(browser, f"{servers('batch_app.py').url}/{query}")
        wait_ready(page)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.context.close()


def assert_nothing_ran(page: Page) -> None:
    page.wait_for_timeout(500)  # let any late onerror/onload fire first
    assert page.evaluate("window.__alerts") == []
    assert [m for m in console_log(page) if "XSS-" in m] == []
    found = page.evaluate(COUNT_INJECTED)
    assert found == {
        "page": {"handlers": 0, "xssText": 0},
        "widget": {"handlers": 0, "xssText": 0},
        "injected": [],
    }


def test_hostile_contents_are_shown_as_text(hostile_page: Callable[[str], Page], batch_dir: Path) -> None:
    assert len(CONTENT_PAYLOADS) >= 20
    write_batch(batch_dir, "hostile-content", [(payload, None) for payload in CONTENT_PAYLOADS])
    page = hostile_page("?batch=hostile-content&buttons=1")
    send_batch(page)
    want = [OpenChatEvent.create(payload).detail() for payload in CONTENT_PAYLOADS]
    assert details(wait_all_dispatched(page, len(want), settle=0.3)) == want
    assert [b["text"] for b in bubbles(page)] == list(CONTENT_PAYLOADS)
    assert all(b["elements"] == ["p"] for b in bubbles(page))

    # The same payloads as chat_button labels and contents, clicked in the browser.
    labels = page.evaluate(
        "() => [...document.querySelectorAll('button[data-octocom-button]')].map((b) => b.textContent)"
    )
    assert labels == [p.replace("\x00", "") for p in CONTENT_PAYLOADS]  # the HTML parser drops NUL
    page.evaluate("() => document.querySelectorAll('button[data-octocom-button]').forEach((b) => b.click())")
    got = details(wait_all_dispatched(page, 2 * len(want), settle=0.3))
    assert got == want + want
    assert [b["text"] for b in bubbles(page)] == list(CONTENT_PAYLOADS) * 2
    assert_nothing_ran(page)


def test_hostile_image_urls_are_refused_or_inert(
    hostile_page: Callable[[str], Page], batch_dir: Path
) -> None:
    assert len(IMAGE_PAYLOADS) >= 20
    calls: list[tuple[str | None, str | None]] = [(f"image {i}", p.url) for i, p in enumerate(IMAGE_PAYLOADS)]
    write_batch(batch_dir, "hostile-images", calls)
    page = hostile_page("?batch=hostile-images")
    send_batch(page)
    refused = page.get_by_test_id("stText").all_text_contents()
    refused_indexes = [int(text.split("#", 1)[1].split(":", 1)[0]) for text in refused]
    assert refused_indexes == [i for i, p in enumerate(IMAGE_PAYLOADS) if p.refuse]
    assert all(": open_chat(image_url=" in text and "): image_url " in text for text in refused), refused
    accepted = [(i, p.url) for i, p in enumerate(IMAGE_PAYLOADS) if not p.refuse]
    want = [OpenChatEvent.create(f"image {i}", url).detail() for i, url in accepted]
    assert details(wait_all_dispatched(page, len(want), settle=0.3)) == want
    shown = bubbles(page)
    assert [b["text"] for b in shown] == [f"image {i}" for i, _ in accepted]
    for bubble, (_, url) in zip(shown, accepted, strict=True):
        assert bubble["image"] == url or (bubble["image"] is None and bubble["note"]), bubble
    assert_nothing_ran(page)


def test_widget_refuses_hostile_image_urls_dispatched_by_the_page(
    hostile_page: Callable[[str], Page],
) -> None:
    """A site's own snippet can dispatch anything: the preview widget still shows no script URL."""
    page = hostile_page("?batch=none")
    for payload in IMAGE_PAYLOADS:
        detail = {"type": "OPEN_OCTOCOM", "message": {"content": "from the page", "imageUrl": payload.url}}
        widget_frame_eval(
            page, f"document.dispatchEvent(new CustomEvent('openChatEvent', {{detail: {_js(detail)}}}))"
        )
    wait_until(lambda: len(bubbles(page)) == len(IMAGE_PAYLOADS), message="all bubbles")
    for bubble, payload in zip(bubbles(page), IMAGE_PAYLOADS, strict=True):
        scheme = payload.url.split(":", 1)[0].strip().lower()
        if scheme not in ("http", "https") and not payload.url.startswith("data:image/png"):
            assert bubble["image"] is None and bubble["note"], (payload, bubble)
    assert len(dispatched(page)) == len(IMAGE_PAYLOADS)
    assert_nothing_ran(page)


def test_to_js_snippets_stay_inside_an_inline_script(browser: Browser) -> None:
    """``OpenChatEvent.to_js()`` pasted into a site's ``<script>`` dispatches the payload unchanged."""
    events = [OpenChatEvent.create(p) for p in CONTENT_PAYLOADS]
    scripts = "\n".join(f"<script>{event.to_js()}</script>" for event in events)
    page = open_guarded_page(browser, "about:blank")
    try:
        page.set_content(
            "<!doctype html><html><head><script>window.__got = [];"
            "document.addEventListener('openChatEvent', (e) => window.__got.push(e.detail));</script>"
            f"</head><body>{scripts}</body></html>"
        )
        assert page.evaluate("window.__got") == [event.detail() for event in events]
        page.wait_for_timeout(300)
        assert page.evaluate("window.__alerts") == []
        assert [m for m in console_log(page) if "XSS-" in m] == []
    finally:
        page.context.close()


def _js(value: object) -> str:
    import json

    return json.dumps(value)


def test_the_listeners_see_an_execution(hostile_page: Callable[[str], Page]) -> None:
    """Control: a payload that does run is caught, in the page and in the widget iframe."""
    page = hostile_page("?batch=none")
    page.evaluate(
        "() => { document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=alert(`XSS-p`)>'); }"
    )
    widget_frame_eval(
        page,
        "document.body.insertAdjacentHTML('beforeend',"
        " '<img src=x onerror=\"alert(`XSS-w`); console.error(`XSS-w`)\">')",
    )
    wait_until(lambda: len(page.evaluate("window.__alerts")) == 2, message="both alerts trapped")
    assert sorted(page.evaluate("window.__alerts")) == ["XSS-p", "XSS-w"]
    wait_until(lambda: any("XSS-w" in m for m in console_log(page)), message="console of the iframe")
    assert page.evaluate(COUNT_INJECTED)["page"]["handlers"] == 1
