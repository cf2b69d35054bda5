"""Opening pages in headless Chromium, each in a fresh context (a new Streamlit session).

Every Streamlit page gets :data:`~tests.support.recorders.ALERT_TRAP` in every frame and,
unless told otherwise, :data:`~tests.support.recorders.FRAME_RECORDER` injected into the
widget iframe. :func:`open_guarded_page` (the reliability suite's) also keeps the console
and aborts any request that leaves 127.0.0.1. :func:`page_opener` closes every page a
fixture opened.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from tests.support.recorders import ALERT_TRAP, FRAME_RECORDER

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Route

#: What the page-opening fixtures (``open_app``, ``open_page``) yield.
PageOpener = Callable[..., "Page"]
OFF_MACHINE = re.compile(r"^(?!https?://(127\.0\.0\.1|localhost)[:/])[a-z][a-z0-9+.-]*://", re.I)
_CONSOLE: dict[int, list[str]] = {}


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


def _inject_recorder(route: Route) -> None:
    response = route.fetch()
    body = response.text().replace("<head>", f"<head><script>{FRAME_RECORDER}</script>", 1)
    route.fulfill(response=response, body=body)


@contextmanager
def page_opener(open_one: PageOpener) -> Iterator[PageOpener]:
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


def _abort(route: Route) -> None:
    route.abort()


def open_guarded_page(browser: Browser, url: str, **context_args: object) -> Page:
    """A page with the recorder and traps, a console log and no off-machine requests.

    Hostile or generated image URLs must never reach the network. :func:`console_log`
    returns ``"type: text"`` of every console message of the page and its frames.
    """
    page = new_page(browser, "about:blank", **context_args)  # type: ignore[arg-type]
    page.context.route(OFF_MACHINE, _abort)
    messages = _CONSOLE.setdefault(id(page), [])
    page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
    page.goto(url)
    return page


def console_log(page: Page) -> list[str]:
    """Every console message of a page opened by :func:`open_guarded_page`, so far."""
    return _CONSOLE[id(page)]
