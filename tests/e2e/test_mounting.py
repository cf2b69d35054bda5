"""Issue #2 end to end: calls while unmounted, remounts and reloads never lose or replay."""

from __future__ import annotations

import time

from playwright.sync_api import expect

from tests.support.pages import PageOpener
from tests.support.streamlit_page import (
    bubbles,
    click_and_wait_run,
    dispatched,
    wait_dispatched,
    wait_ready,
    widget,
)


def test_call_while_unmounted_is_delivered_on_mount(open_app: PageOpener) -> None:
    page = open_app("mount_app.py")
    page.get_by_text("script-finished").wait_for()
    click_and_wait_run(page, "Call while hidden")
    click_and_wait_run(page, "Call while hidden")
    page.get_by_text("Show widget").click()
    wait_ready(page)
    seen = wait_dispatched(page, 2)
    assert [e["detail"]["message"]["content"] for e in seen] == [
        "Queued while the widget was not mounted."
    ] * 2


def test_multipage_remount_does_not_replay(open_app: PageOpener) -> None:
    page = open_app("multipage_app.py")
    wait_ready(page)
    click_and_wait_run(page, "Order help")
    wait_dispatched(page, 1)
    page.get_by_role("link", name="Other").click()
    page.get_by_text("Another page").wait_for()
    expect(page.locator('iframe[title*="octocom_widget"]')).to_have_count(0)
    page.get_by_role("button", name="Call from other page").click()
    page.get_by_role("link", name="Chat").click()
    wait_ready(page)
    # The remounted iframe dispatches only the call made while it was away.
    seen = wait_dispatched(page, 1, settle=1.0)
    assert [e["detail"]["message"]["content"] for e in seen] == ["Sent while the widget was on another page."]
    assert page.evaluate("window.__frameLoads") == 2
    assert bubbles(page) == ["Sent while the widget was on another page."]


def test_browser_reload_does_not_replay(open_app: PageOpener) -> None:
    page = open_app("multipage_app.py")
    wait_ready(page)
    click_and_wait_run(page, "Order help")
    wait_dispatched(page, 1)
    page.reload()
    wait_ready(page)
    time.sleep(1.0)
    assert dispatched(page) == []
    assert bubbles(page) == []
    expect(widget(page).get_by_role("dialog")).to_be_hidden()
