"""Issue #13 end to end: a timed nudge with ``once=`` opens once, and a key typo shows a warning."""

from __future__ import annotations

import time
from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.support.pages import PageOpener
from tests.support.servers import StreamlitServer
from tests.support.streamlit_page import click_and_wait_run, dispatched, wait_ready, wait_until, widget

APP = "nudge_app.py"
DELAY = 2.0  # the nudge's delay in seconds (?delay=)
NUDGE = {"type": "OPEN_OCTOCOM", "message": {"content": "Can someone help me pick a plan?"}}


def opens(page: Page) -> int:
    return len(dispatched(page))


def rerun_for(page: Page, seconds: float) -> int:
    """Rerun the script again and again for ``seconds``; return how many reruns were made."""
    deadline, count = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        click_and_wait_run(page, "Rerun only")
        count += 1
    return count


def close_panel(page: Page) -> None:
    before = page.get_by_test_id("stCaptionContainer").filter(has_text="runs:").inner_text()
    widget(page).locator(".oc-close").click()  # a person closes it: the script reruns
    wait_until(
        lambda: page.get_by_test_id("stCaptionContainer").filter(has_text="runs:").inner_text() != before,
        message="the rerun after a person closed the panel",
    )


def test_a_timed_nudge_with_once_opens_once(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    # Reruns during the delay neither restart the timer nor arm a second nudge.
    reruns = rerun_for(page, DELAY * 2.5)
    assert reruns >= 3
    assert dispatched(page) == [{"type": "openChatEvent", "detail": NUDGE}]
    expect(widget(page).locator(".oc-panel")).to_be_visible()

    close_panel(page)  # the reported trap: the close reruns the script, which made the call again
    time.sleep(DELAY + 1.0)
    rerun_for(page, 1.0)
    time.sleep(DELAY + 1.0)
    click_and_wait_run(page, "No thanks")
    time.sleep(DELAY + 1.0)
    assert opens(page) == 1
    expect(widget(page).locator(".oc-panel")).to_be_hidden()

    click_and_wait_run(page, "Arm a new nudge")  # a new id arms a new nudge, once
    wait_until(lambda: opens(page) == 2, timeout=DELAY * 5, message="the second nudge")
    rerun_for(page, 1.0)
    time.sleep(DELAY + 1.0)
    assert opens(page) == 2


def test_no_thanks_before_the_nudge_fires_keeps_it_from_ever_firing(open_app: PageOpener) -> None:
    page = open_app(APP, "?delay=4")
    wait_ready(page)
    click_and_wait_run(page, "No thanks")
    rerun_for(page, 1.0)
    time.sleep(4 + 1.5)
    assert opens(page) == 0


def test_without_once_the_nudge_reopens_after_a_close(open_app: PageOpener) -> None:
    """The trap itself, kept as a test: why the README's nudges use ``once=``."""
    page = open_app(APP, "?once=off")
    wait_ready(page)
    wait_until(lambda: opens(page) == 1, timeout=DELAY * 5, message="the first nudge")
    close_panel(page)
    wait_until(lambda: opens(page) == 2, timeout=DELAY * 5, message="the nudge again after a close")


def test_a_key_typo_shows_a_warning_and_logs_it(
    open_app: PageOpener, servers: Callable[[str], StreamlitServer]
) -> None:
    page = open_app(APP, "?widget_key=support&typo=suport")
    wait_ready(page)
    alert = page.get_by_test_id("stAlertContainer").filter(has_text="open_chat(key='suport')")
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("(drawn: 'support')")
    expect(alert).to_contain_text("Did you mean key='support'?")
    log = servers(APP).log
    wait_until(lambda: "open_chat(key='suport') is waiting" in log.read_text(), message="the log line")
    assert opens(page) == 0


def test_the_right_key_shows_no_warning(open_app: PageOpener) -> None:
    page = open_app(APP, "?widget_key=support&typo=support")
    wait_ready(page)
    wait_until(lambda: opens(page) == 1, message="the open")
    click_and_wait_run(page, "Rerun only")
    expect(page.get_by_test_id("stAlertContainer")).to_have_count(0)
