"""Issue #2 end to end: `open_chat` opens the real iframe's widget exactly once, in order."""

from __future__ import annotations

import time

from playwright.sync_api import expect

from octocom_streamlit import OpenChatEvent
from tests.support.images import png_data_url
from tests.support.pages import PageOpener
from tests.support.streamlit_page import (
    bubbles,
    click_and_wait_run,
    dispatched,
    wait_dispatched,
    wait_ready,
    widget,
)

APP = "core_app.py"
PNG = png_data_url(32, 32)  # the photo core_app.py sends (importing the app would run it)


def event(type_: str = "openChatEvent", **detail: object) -> dict[str, object]:
    return {"type": type_, "detail": detail}


def expected(*calls: tuple[str | None, str | None]) -> list[dict[str, object]]:
    return [{"type": "openChatEvent", "detail": OpenChatEvent.create(*c).detail()} for c in calls]


def test_open_without_message_only_opens(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    expect(widget(page).get_by_role("dialog")).to_be_hidden()
    click_and_wait_run(page, "Open Assistant")
    assert wait_dispatched(page, 1) == expected((None, None))
    expect(widget(page).get_by_role("dialog", name="Chat")).to_be_visible()
    assert bubbles(page) == []


def test_content_creates_customer_message(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "Order help")
    assert wait_dispatched(page, 1) == expected(("Hello, I need help with my order.", None))
    expect(widget(page).locator(".oc-msg--customer")).to_have_text("Hello, I need help with my order.")


def test_content_and_image(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "With image")
    seen = wait_dispatched(page, 1)
    assert seen == expected(("Here is a photo of the damage.", PNG))
    assert list(seen[0]["detail"]["message"]) == ["content", "imageUrl"]  # type: ignore[index]
    image = widget(page).locator(".oc-msg--customer img")
    expect(image).to_have_attribute("src", PNG)
    assert image.evaluate("img => img.complete && img.naturalWidth") == 32


def test_several_calls_in_one_run_arrive_in_order(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "Three in order")
    assert wait_dispatched(page, 3) == expected(("first", None), ("second", None), ("third", None))
    assert bubbles(page) == ["first", "second", "third"]


def test_rerun_without_call_adds_nothing_and_identical_calls_count_twice(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "Same again")
    wait_dispatched(page, 1)
    for _ in range(3):
        click_and_wait_run(page, "Rerun only")
    time.sleep(0.5)
    assert len(dispatched(page)) == 1
    click_and_wait_run(page, "Same again")
    assert wait_dispatched(page, 2) == expected(("same text", None), ("same text", None))
    assert bubbles(page) == ["same text", "same text"]


def test_call_before_widget_in_script(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "Call before widget")
    assert wait_dispatched(page, 1) == expected(("Called before chat_widget() in the script.", None))


def test_call_in_on_click_callback(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "Callback")
    assert wait_dispatched(page, 1) == expected(("Sent from an on_click callback.", None))


def test_call_inside_fragment(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    page.get_by_role("button", name="Fragment").click()
    assert wait_dispatched(page, 1) == expected(("Sent from inside a fragment.", None))
    page.get_by_role("button", name="Fragment").click()
    assert wait_dispatched(page, 2) == expected(*[("Sent from inside a fragment.", None)] * 2)
    click_and_wait_run(page, "Rerun only")  # the full rerun replays the window: still two
    time.sleep(0.5)
    assert len(dispatched(page)) == 2


def test_calls_never_reload_the_iframe_and_typed_text_stays(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    widget(page).get_by_role("button", name="Open chat").click()
    widget(page).get_by_role("textbox", name="Message").fill("half-typed question")
    for name in ["Order help", "Three in order", "Rerun only", "Same again"]:
        click_and_wait_run(page, name)
    wait_dispatched(page, 5)
    assert page.evaluate("window.__frameLoads") == 1
    expect(widget(page).get_by_role("textbox", name="Message")).to_have_value("half-typed question")


def test_each_click_costs_exactly_one_script_run(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    time.sleep(0.5)
    from tests.support.streamlit_page import runs

    start = runs(page)
    for _ in range(5):
        click_and_wait_run(page, "Order help")
    wait_dispatched(page, 5, settle=1.0)
    assert runs(page) - start == 5  # no acknowledgement reruns


def test_two_browser_sessions_are_isolated(open_app: PageOpener) -> None:
    alice, bob = open_app(APP), open_app(APP)
    wait_ready(alice)
    wait_ready(bob)
    click_and_wait_run(alice, "Order help")
    click_and_wait_run(bob, "Three in order")
    assert wait_dispatched(alice, 1) == expected(("Hello, I need help with my order.", None))
    assert wait_dispatched(bob, 3) == expected(("first", None), ("second", None), ("third", None))


def test_hostile_content_is_shown_as_text(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "Hostile")
    wait_dispatched(page, 1)
    text = "<img src=x onerror=alert(1)><script>alert(2)</script>"
    expect(widget(page).locator(".oc-msg--customer .oc-msg-text")).to_have_text(text)
    assert widget(page).locator(".oc-messages img, .oc-messages script").count() == 0
    time.sleep(0.5)
    assert page.evaluate("window.__alerts") == []


def test_invalid_call_shows_error_and_widget_keeps_working(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "Order help")
    wait_dispatched(page, 1)
    page.get_by_role("button", name="Invalid").click()
    error = page.get_by_test_id("stException")
    expect(error).to_contain_text("octocom_streamlit.ArgumentError")
    expect(error).to_contain_text("open_chat(image_url='javascript:alert(1)'): image_url must be an absolute")
    time.sleep(0.5)
    assert len(dispatched(page)) == 1
    click_and_wait_run(page, "Order help")
    assert wait_dispatched(page, 2) == expected(*[("Hello, I need help with my order.", None)] * 2)
    assert page.evaluate("window.__frameLoads") == 1
