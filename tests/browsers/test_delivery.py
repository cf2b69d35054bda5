"""Issue #18: the core delivery scenarios and keyboard use, in Chromium, Firefox and WebKit.

Each test runs once per engine (``driver``: ``[chromium]``, ``[firefox]``, ``[webkit]``) against the
end-to-end suite's apps, with real clicks and key presses. Dispatches are recorded in the widget's
document (:func:`tests.support.engine_pages.record`) and must arrive exactly once, in order, with
exactly the detail the Python call describes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from octocom_streamlit import OpenChatEvent
from tests.support.engine_pages import (
    bubbles,
    click_and_wait_run,
    click_button,
    click_widget,
    dispatched,
    focused,
    launcher_state,
    page_text,
    panel_open,
    record,
    runs,
    wait_dispatched,
    wait_ready,
)
from tests.support.engines import PageDriver
from tests.support.servers import StreamlitServer

Servers = Callable[[str], StreamlitServer]


def expected(*calls: tuple[str | None, str | None]) -> list[dict[str, object]]:
    return [{"type": "openChatEvent", "detail": OpenChatEvent.create(*c).detail()} for c in calls]


def open_app(driver: PageDriver, servers: Servers, app: str, query: str = "") -> None:
    driver.goto(servers(app).url + "/" + query)
    wait_ready(driver)
    record(driver)


def wait_for(driver: PageDriver, predicate: Callable[[], bool], message: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"[{driver.engine}] timed out waiting: {message}")
        time.sleep(0.05)


def test_a_call_before_the_widget_is_delivered_once(driver: PageDriver, servers: Servers) -> None:
    open_app(driver, servers, "core_app.py")
    click_and_wait_run(driver, "Call before widget")  # open_chat stands above chat_widget()
    assert wait_dispatched(driver, 1) == expected(("Called before chat_widget() in the script.", None))
    click_and_wait_run(driver, "Rerun only")
    time.sleep(0.5)
    assert dispatched(driver) == expected(("Called before chat_widget() in the script.", None))
    assert bubbles(driver) == ["Called before chat_widget() in the script."]


def test_several_clicks_each_deliver_once_in_order(driver: PageDriver, servers: Servers) -> None:
    open_app(driver, servers, "core_app.py")
    start = runs(driver)
    clicks = ["Order help", "Same again", "Three in order", "Same again", "Order help"]
    for name in clicks:
        click_and_wait_run(driver, name)
    order = "Hello, I need help with my order."
    texts = [order, "same text", "first", "second", "third", "same text", order]
    assert wait_dispatched(driver, len(texts), settle=1.0) == expected(*[(text, None) for text in texts])
    assert bubbles(driver) == texts
    assert runs(driver) - start == len(clicks)  # one script run per click, no acknowledgement reruns


NUDGE = "Can someone help me pick a plan?"
DELAY = 3.0  # the nudge's delay in seconds (nudge_app's ?delay=)


def rerun_for(driver: PageDriver, seconds: float) -> int:
    deadline, count = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        click_and_wait_run(driver, "Rerun only")
        count += 1
    return count


def test_a_delayed_open_with_once_fires_once_and_reruns_do_not_rearm_it(
    driver: PageDriver, servers: Servers
) -> None:
    open_app(driver, servers, "nudge_app.py", f"?delay={DELAY:g}")
    assert bubbles(driver) == [], "the nudge fired before the test could watch for it"
    # Reruns during the delay make the same call again: they neither restart the timer nor add one.
    assert rerun_for(driver, DELAY * 2.5) >= 3
    assert dispatched(driver) == expected((NUDGE, None))
    assert panel_open(driver)
    # A person closes the panel (the script reruns and calls again), then more reruns: no second open.
    before = runs(driver)
    click_widget(driver, ".oc-close")
    wait_for(driver, lambda: runs(driver) > before, "the rerun after a person closed the panel")
    time.sleep(DELAY + 1.0)
    rerun_for(driver, 1.0)
    time.sleep(DELAY + 1.0)
    assert dispatched(driver) == expected((NUDGE, None))
    assert bubbles(driver) == [NUDGE]
    assert not panel_open(driver)


def test_chat_button_opens_the_widget_without_a_rerun(driver: PageDriver, servers: Servers) -> None:
    open_app(driver, servers, "features_app.py")
    time.sleep(0.5)
    before = runs(driver)
    click_button(driver, "Ask without rerun")
    assert wait_dispatched(driver, 1, settle=1.0) == expected(("Sent by a chat_button.", None))
    assert runs(driver) == before, "a chat_button click must not rerun the script"
    assert panel_open(driver)
    assert bubbles(driver) == ["Sent by a chat_button."]


def test_a_message_typed_into_the_widget_reaches_python(driver: PageDriver, servers: Servers) -> None:
    open_app(driver, servers, "features_app.py")
    click_widget(driver, ".oc-launcher")
    wait_for(driver, lambda: panel_open(driver), "the panel after a click on the launcher")
    assert focused(driver) == "oc-input"
    driver.type_text("Typed by a person")
    driver.press("Enter")
    wait_for(driver, lambda: "Typed by a person" in page_text(driver), "the typed message in the app")
    assert "Typed in the widget:" in page_text(driver)
    assert bubbles(driver) == ["Typed by a person"]
    caption = driver.wait_js(
        "const el = [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
        ".find((e) => e.textContent.includes('widget events:'));"
        " return el && el.textContent.includes('customer_message') ? el.textContent : null;"
    )
    assert "opened:person" in caption
    assert dispatched(driver) == []  # a person's message is not an open_chat call


def test_keyboard_opens_and_closes_the_widget(driver: PageDriver, servers: Servers) -> None:
    open_app(driver, servers, "features_app.py")
    for _ in range(60):
        driver.press("Tab")
        if focused(driver) == "oc-launcher":
            break
    else:
        raise AssertionError(f"[{driver.engine}] 60 Tab presses never reached the launcher")
    assert launcher_state(driver) == ["Open chat", "false"]

    driver.press("Enter")
    wait_for(driver, lambda: panel_open(driver), "the panel after Enter on the launcher")
    assert focused(driver) == "oc-input"
    assert launcher_state(driver) == ["Minimize chat", "true"]

    driver.press("Escape")
    wait_for(driver, lambda: not panel_open(driver), "the panel to close after Escape")
    assert focused(driver) == "oc-launcher"
    assert launcher_state(driver) == ["Open chat", "false"]
