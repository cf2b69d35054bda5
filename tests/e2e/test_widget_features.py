"""Issue #3 end to end: placement, chat_button, images, delays, replies, events, theme."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support.pages import PageOpener, new_page
from tests.support.paths import screenshot_path
from tests.support.servers import StreamlitServer
from tests.support.streamlit_page import (
    bubbles,
    click_and_wait_run,
    dispatched,
    runs,
    settle_frame,
    wait_dispatched,
    wait_ready,
    wait_until,
    widget,
    widget_box,
)

APP = "features_app.py"


@pytest.mark.parametrize(("width", "height", "name"), [(1280, 800, "desktop"), (375, 667, "mobile")])
def test_floating_widget_sits_in_the_corner_and_covers_only_itself(
    open_app: PageOpener, width: int, height: int, name: str
) -> None:
    page = open_app(APP, viewport={"width": width, "height": height})
    wait_ready(page)
    settle_frame(page)
    closed = widget_box(page)
    assert closed["width"] <= 90 and closed["height"] <= 80
    assert width - 30 <= closed["x"] + closed["width"] <= width  # bottom-right corner, 24 px offset
    assert height - 30 <= closed["y"] + closed["height"] <= height
    # Everything else stays clickable: the point left of the launcher is the page, not the iframe.
    hit = page.evaluate(f"document.elementFromPoint({closed['x'] - 20}, {closed['y'] + 20})?.tagName")
    assert hit != "IFRAME"
    # ...and the frame is see-through around the launcher and the panel.
    body = widget(page).locator("body")
    assert body.evaluate("b => getComputedStyle(b).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.screenshot(path=screenshot_path("screenshots", f"floating-closed-{name}"))
    widget(page).get_by_role("button", name="Open chat").click()
    expect(widget(page).get_by_role("dialog")).to_be_visible()
    settle_frame(page)
    opened = widget_box(page)
    assert opened["x"] >= 0 and opened["y"] >= 0, "the open panel fits the viewport"
    assert opened["x"] + opened["width"] <= width and opened["y"] + opened["height"] <= height
    panel = widget(page).locator(".oc-panel").bounding_box()
    assert panel is not None and panel["width"] >= min(300, width - 60)
    page.screenshot(path=screenshot_path("screenshots", f"floating-open-{name}"))


def test_bottom_left_corner(open_app: PageOpener) -> None:
    page = open_app(APP, "?corner=bottom-left", viewport={"width": 1280, "height": 800})
    wait_ready(page)
    settle_frame(page)
    closed = widget_box(page)
    assert 20 <= closed["x"] <= 30


def test_inline_layout_is_in_the_page_flow(open_app: PageOpener) -> None:
    page = open_app(APP, "?layout=inline&height=460", viewport={"width": 1280, "height": 900})
    wait_ready(page)
    settle_frame(page)
    frame = widget_box(page)
    assert frame["height"] == pytest.approx(460, abs=2)
    assert frame["width"] > 500  # the container's width, in the flow
    expect(widget(page).get_by_role("dialog")).to_be_visible()
    expect(widget(page).locator(".oc-launcher")).to_be_hidden()
    title = page.get_by_role("heading", name="Widget features").bounding_box()
    assert title is not None and title["y"] > frame["y"] + frame["height"] - 5  # pushed below: in flow
    page.screenshot(path=screenshot_path("screenshots", "inline"))


def test_chat_button_opens_in_the_browser_without_a_rerun(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    time.sleep(0.5)
    before = runs(page)
    page.get_by_role("button", name="Ask without rerun").click()
    seen = wait_dispatched(page, 1, settle=1.0)
    assert seen == [
        {
            "type": "openChatEvent",
            "detail": {"type": "OPEN_OCTOCOM", "message": {"content": "Sent by a chat_button."}},
        }
    ]
    assert runs(page) == before, "a chat_button click must not rerun the script"
    page.locator(".st-key-open-only-button button").click()
    assert wait_dispatched(page, 2, settle=0.8)[1]["detail"] == {"type": "OPEN_OCTOCOM"}
    assert runs(page) == before
    assert bubbles(page) == ["Sent by a chat_button."]


def test_image_from_the_app_becomes_a_data_url(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "Send a photo")
    seen = wait_dispatched(page, 1)
    assert seen[0]["detail"]["message"]["imageUrl"].startswith("data:image/png;base64,")
    image = widget(page).locator(".oc-msg--customer img")
    expect(image).to_be_visible()
    assert image.evaluate("img => img.naturalWidth") == 40


def test_delayed_open_fires_once_after_reruns_and_can_be_cancelled(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "Open in 1 s")
    time.sleep(0.2)
    assert dispatched(page) == []
    click_and_wait_run(page, "Rerun only")
    seen = wait_dispatched(page, 1, settle=1.5)
    assert [e["detail"]["message"]["content"] for e in seen] == ["Delayed hello."]
    click_and_wait_run(page, "Open in 2 s")
    click_and_wait_run(page, "Cancel pending")
    time.sleep(2.6)
    assert len(dispatched(page)) == 1


def test_reply_scripts_the_bots_side(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    click_and_wait_run(page, "Bot reply")
    wait_dispatched(page, 1)
    agent = widget(page).locator(".oc-msg--agent .oc-msg-text")
    expect(agent.last).to_have_text("Our Hydra Balm is made for dry skin.")
    assert bubbles(page) == ["Which cream suits dry skin?"]


def test_widget_events_reach_python(open_app: PageOpener) -> None:
    page = open_app(APP)
    wait_ready(page)
    before = runs(page)
    click_and_wait_run(page, "Bot reply")  # opened by an event: no extra rerun
    wait_dispatched(page, 1, settle=1.0)
    assert runs(page) == before + 1
    widget(page).get_by_role("button", name="Close chat").click()
    expect(page.get_by_text("widget events:")).to_contain_text("closed:person")
    widget(page).get_by_role("button", name="Open chat").click()
    widget(page).get_by_role("textbox", name="Message").fill("Typed by a person")
    widget(page).get_by_role("textbox", name="Message").press("Enter")
    expect(page.get_by_text("Typed in the widget:")).to_be_visible()
    wait_until(
        lambda: "Typed by a person" in page.locator("body").inner_text(), message="typed message in app"
    )
    caption = page.get_by_text("widget events:")  # redrawn in the same rerun, after the message
    for reported in ("opened:event", "delivered", "customer_message"):
        expect(caption).to_contain_text(reported)


def test_branding_options(open_app: PageOpener) -> None:
    page = open_app(APP, "?title=Acme%20help&accent=%230f766e")
    wait_ready(page)
    widget(page).get_by_role("button", name="Open chat").click()
    expect(widget(page).locator(".oc-title")).to_have_text("Acme help")
    header = widget(page).locator(".oc-header")
    assert header.evaluate("h => getComputedStyle(h).backgroundColor") == "rgb(15, 118, 110)"


def test_preview_follows_a_dark_streamlit_theme(browser: object) -> None:
    server = StreamlitServer(Path(__file__).parent / "apps" / APP, extra_env={"STREAMLIT_THEME_BASE": "dark"})
    try:
        page = new_page(browser, server.url, viewport={"width": 1280, "height": 800})  # type: ignore[arg-type]
        wait_ready(page)
        widget(page).get_by_role("button", name="Open chat").click()
        panel = widget(page).locator(".oc-panel")
        expect(panel).to_be_visible()
        color = panel.evaluate("p => getComputedStyle(p).backgroundColor")
        channels = [int(c) for c in color.removeprefix("rgb(").removesuffix(")").split(",")[:3]]
        assert max(channels) < 80, f"dark theme background expected, got {color}"
        page.screenshot(path=screenshot_path("screenshots", "floating-open-dark"))
        page.context.close()
    finally:
        server.stop()
