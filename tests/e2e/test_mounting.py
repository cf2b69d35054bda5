"""Issue #2 end to end: calls while unmounted, remounts and reloads never lose or replay."""

from __future__ import annotations

import time

from playwright.sync_api import Page, expect

from tests.support.pages import PageOpener
from tests.support.streamlit_page import (
    WIDGET_IFRAME,
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
    # Issue #19: the conversation shown before is shown again (not dispatched again).
    assert bubbles(page) == [
        "Hello, I need help with my order.",
        "Sent while the widget was on another page.",
    ]


def test_browser_reload_does_not_replay(open_app: PageOpener) -> None:
    page = open_app("multipage_app.py")
    wait_ready(page)
    click_and_wait_run(page, "Order help")
    wait_dispatched(page, 1)
    page.reload()
    wait_ready(page)
    time.sleep(1.0)
    assert dispatched(page) == []
    assert bubbles(page) == ["Hello, I need help with my order."]  # kept for the tab, not replayed
    expect(widget(page).get_by_role("dialog")).to_be_hidden()


def reported(page: Page) -> str:
    return page.get_by_test_id("stCaptionContainer").filter(has_text="reported:").inner_text()


def test_conversation_is_kept_when_the_widget_is_drawn_again(open_app: PageOpener) -> None:
    """Issue #19: hide the widget and show it again, then reload the tab: the conversation
    (an open_chat message, a reply, a typed message) is shown again as text, with no
    openChatEvent dispatched again and nothing new reported to Python."""
    page = open_app("mount_app.py")
    page.get_by_text("script-finished").wait_for()
    page.get_by_text("Show widget").click()
    wait_ready(page)
    click_and_wait_run(page, "Order help")
    wait_dispatched(page, 1)
    expect(widget(page).locator(".oc-msg--agent")).to_have_count(2)  # greeting and reply
    typed = "<b>My order</b> is #1234"
    widget(page).locator(".oc-input").fill(typed)
    widget(page).locator(".oc-input").press("Enter")
    expect(page.get_by_text("customer_message")).to_be_attached()
    before = reported(page)
    conversation = (["Hello, I need help with my order.", typed], ["Sure! What is your order number?"])

    page.get_by_text("Show widget").click()  # hidden
    expect(page.locator(WIDGET_IFRAME)).to_have_count(0)
    page.get_by_text("Show widget").click()  # drawn again: a new iframe
    wait_ready(page)
    assert page.evaluate("window.__frameLoads") == 2
    expect(widget(page).locator(".oc-msg--customer .oc-msg-text")).to_have_text(conversation[0])
    expect(widget(page).locator(".oc-msg--agent .oc-msg-text").last).to_have_text(conversation[1][0])
    expect(widget(page).locator(".oc-msg b")).to_have_count(0)  # text, never HTML
    time.sleep(1.0)
    assert dispatched(page) == []
    assert reported(page) == before

    page.reload()  # a new Streamlit session in the same tab
    page.get_by_text("Show widget").click()
    wait_ready(page)
    expect(widget(page).locator(".oc-msg--customer .oc-msg-text")).to_have_text(conversation[0])
    time.sleep(1.0)
    assert dispatched(page) == []
    assert reported(page) == "reported: nothing"
