"""Isolation: many browser sessions at once against one server, each sees only its own events.

Sessions click at the same moment, round after round, so their script runs overlap
on the server. Half of the sessions share a browser context with another one (two
tabs of one browser profile: same cookies, separate tabs); the rest have a context
each. Every session must dispatch exactly its own calls, in order: 0 events in the
wrong session, 0 lost, 0 duplicated.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Browser, Page

from tests.reliability.driving import details, first_difference, wait_all_dispatched, wait_text
from tests.support.pages import open_guarded_page
from tests.support.servers import StreamlitServer
from tests.support.streamlit_page import dispatched, wait_ready

FIRE_CLICK = """
(name) => [...document.querySelectorAll("button")].find((b) => (b.textContent || "").trim() === name).click()
"""


def expected(who: str, rounds: int) -> list[dict[str, object]]:
    return [
        {"type": "OPEN_OCTOCOM", "message": {"content": f"{who}|{burst}|{i}"}}
        for burst in range(1, rounds + 1)
        for i in range(1 + burst % 3)
    ]


def open_sessions(browser: Browser, url: str, count: int) -> dict[str, Page]:
    pages: dict[str, Page] = {}
    for index in range(count):
        who = f"s{index:02d}"
        if index % 4 == 1:  # a second tab in the previous session's browser context
            page = pages[f"s{index - 1:02d}"].context.new_page()
            page.goto(f"{url}/?who={who}")
        else:
            page = open_guarded_page(browser, f"{url}/?who={who}")
        pages[who] = page
    for page in pages.values():
        wait_ready(page)
    return pages


def test_sessions_never_see_each_others_events(
    browser: Browser, servers: Callable[[str], StreamlitServer], heavy: bool
) -> None:
    sessions, rounds = (20, 12) if heavy else (10, 6)
    pages = open_sessions(browser, servers("isolation_app.py").url, sessions)
    try:
        for burst in range(1, rounds + 1):
            for page in pages.values():  # all sessions click before any run finished
                page.evaluate(FIRE_CLICK, "Burst")
            for who, page in pages.items():
                wait_text(page, f"who: {who} burst: {burst} script-finished", timeout_ms=60_000)
        wrong: dict[str, list[str]] = {}
        for who, page in pages.items():
            want = expected(who, rounds)
            got = details(wait_all_dispatched(page, len(want), settle=0.3))
            foreign = [
                d["message"]["content"] for d in got if not d["message"]["content"].startswith(f"{who}|")
            ]
            if foreign:
                wrong[who] = foreign
        assert wrong == {}, f"events in the wrong session: {wrong}"
        for who, page in pages.items():
            got = details(dispatched(page))
            assert got == expected(who, rounds), first_difference(got, expected(who, rounds))
            assert page.evaluate("window.__frameLoads") == 1
    finally:
        for context in {id(page.context): page.context for page in pages.values()}.values():
            context.close()
