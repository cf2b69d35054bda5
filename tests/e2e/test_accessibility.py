"""Issue #11: the preview widget as a person meets it.

axe-core (WCAG 2.0/2.1 A and AA, best-practice) inside the widget iframe in every
state a visitor sees, brand colours kept legible (contrast from rendered colours),
keyboard use and live-region announcements driven by Playwright, reduced motion, and
shadows that fit the iframe while the page beside it stays clickable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Frame, Page, expect

from tests.support.a11y import axe_violations, contrast_ratio, describe, parse_rgb, rendered_contrast
from tests.support.pages import PageOpener, new_page, page_opener
from tests.support.paths import screenshot_path
from tests.support.servers import StreamlitServer
from tests.support.streamlit_page import (
    WIDGET_IFRAME,
    runs,
    settle_frame,
    wait_dispatched,
    wait_ready,
    wait_until,
    widget,
)

APP = "features_app.py"


@pytest.fixture(scope="module")
def dark_server() -> Iterator[StreamlitServer]:
    server = StreamlitServer(Path(__file__).parent / "apps" / APP, extra_env={"STREAMLIT_THEME_BASE": "dark"})
    yield server
    server.stop()


@pytest.fixture
def open_dark(browser: Browser, dark_server: StreamlitServer) -> Iterator[PageOpener]:
    def open_one(app: str, path: str = "", **context_args: object) -> Page:
        assert app == APP
        return new_page(browser, f"{dark_server.url}/{path}", **context_args)

    with page_opener(open_one) as opener:
        yield opener


def frame_of(page: Page) -> Frame:
    frame = page.locator(WIDGET_IFRAME).element_handle().content_frame()
    assert frame is not None
    return frame


def press_and_wait_run(page: Page, name: str) -> None:
    """Activate a Streamlit button from the keyboard (the open panel may cover it at 375 px)."""
    before = runs(page)
    page.get_by_role("button", name=name, exact=True).press("Enter")
    wait_until(lambda: runs(page) > before, message=f"rerun after {name!r}")
    page.get_by_text("script-finished").wait_for(state="attached")


def with_conversation(page: Page) -> None:
    """Open the panel with a customer message, an agent reply and a customer image."""
    press_and_wait_run(page, "Bot reply")
    press_and_wait_run(page, "Send a photo")
    wait_dispatched(page, 2, settle=0.3)
    expect(widget(page).locator(".oc-msg--customer img")).to_be_visible()
    expect(widget(page).locator(".oc-msg--agent")).to_have_count(2)  # greeting and reply


def assert_axe_clean(page: Page) -> None:
    violations = axe_violations(frame_of(page))
    assert violations == [], describe(violations)


@pytest.mark.parametrize(
    ("state", "path", "viewport"),
    [
        ("closed", "", (1280, 800)),
        ("open with messages and an image", "", (1280, 800)),
        ("inline layout", "?layout=inline", (1280, 900)),
        ("375 px wide", "", (375, 667)),
    ],
)
def test_axe_finds_nothing(open_app: PageOpener, state: str, path: str, viewport: tuple[int, int]) -> None:
    page = open_app(APP, path, viewport={"width": viewport[0], "height": viewport[1]})
    wait_ready(page)
    if state != "closed":
        with_conversation(page)
    assert_axe_clean(page)


def test_axe_finds_nothing_in_the_dark_theme(open_dark: PageOpener) -> None:
    page = open_dark(APP, viewport={"width": 1280, "height": 800})
    wait_ready(page)
    assert_axe_clean(page)
    with_conversation(page)
    assert_axe_clean(page)


# --- Brand colours ---------------------------------------------------------------------

# Text and icons drawn on the accent: the launcher's icon, the header, the send button
# and a customer bubble.
ON_ACCENT = (
    ".oc-launcher svg",
    ".oc-title",
    ".oc-subtitle",
    ".oc-avatar",
    ".oc-close",
    ".oc-send",
    ".oc-msg--customer .oc-msg-text",
)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("accent", ["#ffeb3b", "#888888", "#0b1f3a"])
def test_any_brand_colour_stays_legible(
    open_app: PageOpener, open_dark: PageOpener, theme: str, accent: str
) -> None:
    opener = open_app if theme == "light" else open_dark
    page = opener(APP, f"?accent=%23{accent[1:]}", viewport={"width": 1280, "height": 800})
    wait_ready(page)
    press_and_wait_run(page, "Bot reply")
    expect(widget(page).locator(".oc-msg--customer")).to_have_count(1)
    frame = frame_of(page)
    ratios = {selector: round(rendered_contrast(frame, selector), 2) for selector in ON_ACCENT}
    assert all(ratio >= 4.5 for ratio in ratios.values()), ratios
    assert_axe_clean(page)


# --- Keyboard and screen readers -------------------------------------------------------


def focused_in_widget(page: Page) -> str:
    """What has focus: a class of the widget's focused element, "page:<tag>" or "body"."""
    return str(
        page.evaluate(
            """() => {
              const frame = document.querySelector('iframe[title*="octocom_widget"]');
              if (document.activeElement !== frame) return "page:" + document.activeElement.tagName;
              const el = frame.contentDocument.activeElement;
              return el === frame.contentDocument.body || el === null ? "body" : el.className;
            }"""
        )
    )


def tab_until(page: Page, wanted: Callable[[], bool], limit: int = 60) -> int:
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if wanted():
            return presses
    raise AssertionError(f"not reached by {limit} Tab presses")


def launcher_state(page: Page) -> tuple[str | None, str | None]:
    launcher = widget(page).locator(".oc-launcher")
    return launcher.get_attribute("aria-label"), launcher.get_attribute("aria-expanded")


def test_keyboard_only_use(open_app: PageOpener) -> None:
    page = open_app(APP, viewport={"width": 1280, "height": 800})
    wait_ready(page)
    dialog = widget(page).get_by_role("dialog", name="Chat")
    tab_until(page, lambda: focused_in_widget(page) == "oc-launcher")
    assert launcher_state(page) == ("Open chat", "false")

    page.keyboard.press("Enter")
    expect(dialog).to_be_visible()
    assert focused_in_widget(page) == "oc-input"
    assert launcher_state(page) == ("Minimize chat", "true")

    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert focused_in_widget(page) == "oc-launcher"
    assert launcher_state(page) == ("Open chat", "false")

    page.keyboard.press(" ")
    expect(dialog).to_be_visible()
    assert focused_in_widget(page) == "oc-input"

    # Send from the keyboard: type, Tab to Send, Enter; focus returns to the input.
    page.keyboard.type("Typed and sent by keyboard")
    page.keyboard.press("Tab")
    assert focused_in_widget(page) == "oc-send"
    page.keyboard.press("Enter")
    sent = widget(page).locator(".oc-msg--customer .oc-msg-text")
    expect(sent).to_have_text(["Typed and sent by keyboard"])
    assert focused_in_widget(page) == "oc-input"

    # Close from the keyboard: Shift+Tab to the close button, Enter; focus lands on the launcher.
    page.keyboard.press("Shift+Tab")
    assert focused_in_widget(page) == "oc-close"
    ring = frame_of(page).evaluate(
        "() => [getComputedStyle(document.activeElement).outlineColor,"
        " getComputedStyle(document.querySelector('.oc-header')).backgroundColor]"
    )
    assert contrast_ratio(*(parse_rgb(colour) for colour in ring)) >= 3, f"focus ring {ring} on the header"
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    assert focused_in_widget(page) == "oc-launcher", "focus must not fall to the body when the panel closes"

    # The launcher toggles too, and focus stays on it.
    page.keyboard.press("Enter")
    expect(dialog).to_be_visible()
    page.keyboard.press("Shift+Tab")  # input -> close button
    page.keyboard.press("Shift+Tab")  # -> out of the panel, back towards the page
    assert focused_in_widget(page) != "body"


def test_chat_button_is_a_real_button_in_the_tab_order(open_app: PageOpener) -> None:
    page = open_app(APP, viewport={"width": 1280, "height": 800})
    wait_ready(page)
    button = page.get_by_role("button", name="Ask without rerun")
    assert button.evaluate("b => b.tagName + ':' + b.tabIndex") == "BUTTON:0"
    tab_until(page, lambda: bool(button.evaluate("b => b === document.activeElement")))
    page.keyboard.press("Enter")
    assert wait_dispatched(page, 1)[0]["detail"]["message"]["content"] == "Sent by a chat_button."
    expect(widget(page).get_by_role("dialog", name="Chat")).to_be_visible()
    assert launcher_state(page) == ("Minimize chat", "true"), "opened by an event: the launcher says so"


# Records every bubble added under the widget's document with the live region it lands in.
ANNOUNCEMENTS = """
() => {
  window.__announced = [];
  window.__region = document.querySelector('[aria-live], [role="log"], [role="status"], [role="alert"]');
  const implicit = { log: "polite", status: "polite", alert: "assertive" };
  const politeness = (el) => el.getAttribute("aria-live") || implicit[el.getAttribute("role")] || "off";
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      const region = node.closest('[aria-live], [role="log"], [role="status"], [role="alert"]');
      window.__announced.push({
        text: node.textContent,
        politeness: region ? politeness(region) : "none",
        sameRegion: region === window.__region,
        regionShown: region ? region.checkVisibility() : false,
      });
    }
  }).observe(document.body, { childList: true, subtree: true });
}
"""


def test_each_new_message_is_announced_once_by_a_polite_live_region(open_app: PageOpener) -> None:
    page = open_app(APP, viewport={"width": 1280, "height": 800})
    wait_ready(page)
    frame = frame_of(page)
    frame.evaluate(ANNOUNCEMENTS)
    press_and_wait_run(page, "Bot reply")  # open_chat's customer message, then reply()
    expect(widget(page).locator(".oc-msg--agent")).to_have_count(2)
    box = widget(page).get_by_role("textbox", name="Message")
    box.fill("A person typed this")
    box.press("Enter")
    expect(widget(page).locator(".oc-msg--customer")).to_have_count(2)
    page.wait_for_timeout(300)
    announced = frame.evaluate("window.__announced")
    expected = ["Which cream suits dry skin?", "Our Hydra Balm is made for dry skin.", "A person typed this"]
    assert [entry["text"] for entry in announced] == expected, announced
    for entry in announced:
        assert entry["politeness"] == "polite" and entry["sameRegion"] and entry["regionShown"], entry
    region = widget(page).get_by_role("log", name="Conversation")
    assert region.get_attribute("aria-live") == "polite"
    assert region.locator("ol > li").count() == 4  # greeting + 3, each a list item of one list


def test_reduced_motion_turns_animations_off(
    browser: Browser, servers: Callable[[str], StreamlitServer]
) -> None:
    url = servers(APP).url
    names = {}
    for motion in ("no-preference", "reduce"):
        page = new_page(browser, url, viewport={"width": 1280, "height": 800}, reduced_motion=motion)
        wait_ready(page)
        names[motion] = frame_of(page).evaluate(
            """() => {
              document.querySelector(".oc-launcher").click();
              const running = document.getAnimations().map((a) => a.animationName || a.transitionProperty);
              const launcher = getComputedStyle(document.querySelector(".oc-launcher"));
              return { running, transition: launcher.transitionDuration };
            }"""
        )
        page.context.close()
    assert names["no-preference"]["running"] == ["oc-panel-in"]  # the panel slides in...
    assert names["no-preference"]["transition"] != "0s"
    assert names["reduce"] == {"running": [], "transition": "0s"}  # ...unless a person asked for less motion


# --- Shadows and the page around the widget --------------------------------------------

SHADOW_EXTENTS = """
(selector) => {
  const el = document.querySelector(selector);
  const rect = el.getBoundingClientRect();
  const shadow = getComputedStyle(el).boxShadow;
  let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
  if (shadow !== "none") {
    // "rgba(0, 0, 0, 0.28) 0px 2px 8px 0px, ...": colour first, then x y blur spread.
    for (const part of shadow.split(/,(?![^(]*\\))/)) {
      if (part.includes("inset")) continue;
      const lengths = part.replace(/rgba?\\([^)]*\\)/, "").match(/-?[\\d.]+px/g) || [];
      const [x, y, blur = 0, spread = 0] = lengths.map(parseFloat);
      left = Math.min(left, rect.left + x - blur - spread);
      right = Math.max(right, rect.right + x + blur + spread);
      top = Math.min(top, rect.top + y - blur - spread);
      bottom = Math.max(bottom, rect.bottom + y + blur + spread);
    }
  }
  return { shadow, left, top, right, bottom, width: innerWidth, height: innerHeight };
}
"""


def assert_shadow_fits(page: Page, selector: str) -> None:
    box = frame_of(page).evaluate(SHADOW_EXTENTS, selector)
    assert box["shadow"] != "none", f"{selector} has a shadow"
    assert box["left"] >= 0 and box["top"] >= 0, box
    assert box["right"] <= box["width"] and box["bottom"] <= box["height"], box


def click_beside(page: Page, x: float, y: float) -> bool:
    """Put a button of the page at (x, y) under the widget's stacking level and click there."""
    page.evaluate(
        """([x, y]) => {
          const button = document.createElement("button");
          button.id = "beside-widget";
          button.textContent = "beside";
          Object.assign(button.style, { position: "fixed", left: `${x - 6}px`, top: `${y - 6}px`,
            width: "12px", height: "12px", padding: "0", zIndex: "999989" });
          button.addEventListener("click", () => { window.__besideClicked = true; });
          window.__besideClicked = false;
          document.getElementById("beside-widget")?.remove();
          document.body.appendChild(button);
        }""",
        [x, y],
    )
    page.mouse.click(x, y)
    return bool(page.evaluate("window.__besideClicked"))


@pytest.mark.parametrize(
    ("path", "viewport"),
    [("", (1280, 800)), ("", (375, 667)), ("?corner=bottom-left", (1280, 800))],
)
def test_shadows_fit_the_frame_and_the_page_beside_stays_clickable(
    open_app: PageOpener, path: str, viewport: tuple[int, int]
) -> None:
    page = open_app(APP, path, viewport={"width": viewport[0], "height": viewport[1]})
    wait_ready(page)
    settle_frame(page)
    assert_shadow_fits(page, ".oc-launcher")
    closed = page.locator(WIDGET_IFRAME).bounding_box()
    assert closed is not None
    left_of = closed["x"] - 8 if "left" not in path else closed["x"] + closed["width"] + 8
    assert click_beside(page, left_of, closed["y"] + closed["height"] / 2)
    assert click_beside(page, closed["x"] + closed["width"] / 2, closed["y"] - 8)

    widget(page).get_by_role("button", name="Open chat").click()
    expect(widget(page).get_by_role("dialog")).to_be_visible()
    settle_frame(page)
    assert_shadow_fits(page, ".oc-panel")
    assert_shadow_fits(page, ".oc-launcher")
    opened = page.locator(WIDGET_IFRAME).bounding_box()
    assert opened is not None
    if viewport[0] > 500:  # at 375 px the open panel spans the page, as Octocom's does on phones
        beside = opened["x"] - 8 if "left" not in path else opened["x"] + opened["width"] + 8
        assert click_beside(page, beside, opened["y"] + opened["height"] / 2)
        assert click_beside(page, opened["x"] + opened["width"] / 2, opened["y"] - 8)
    page.screenshot(path=screenshot_path("a11y", f"shadow-open-{viewport[0]}{path.replace('?', '-')}"))


# --- Same-frame paint ------------------------------------------------------------------

# At the moment the first bubble enters the DOM (this observer runs in the same task),
# is it inside the iframe's viewport? Only if the iframe element already has the open
# panel's height: a height that arrives later (Streamlit's message round trip) means
# the bubble is painted in a later frame than the page's own update.
FIRST_BUBBLE_IN_VIEW = """
() => {
  window.__firstBubble = null;
  const observer = new MutationObserver(() => {
    const bubble = document.querySelector(".oc-msg--customer");
    if (bubble === null) return;
    observer.disconnect();
    const rect = bubble.getBoundingClientRect();
    window.__firstBubble = {
      frameHeight: Number(window.frameElement.getAttribute("height")),
      viewport: window.innerHeight,
      bottom: rect.bottom,
    };
  });
  observer.observe(document.body, { childList: true, subtree: true });
}
"""


@pytest.mark.parametrize("route", ["open_chat", "chat_button"])
def test_first_message_is_in_view_in_the_task_that_adds_it(open_app: PageOpener, route: str) -> None:
    page = open_app(APP, viewport={"width": 1280, "height": 800})
    wait_ready(page)
    settle_frame(page)
    frame = frame_of(page)
    frame.evaluate(FIRST_BUBBLE_IN_VIEW)
    if route == "open_chat":
        press_and_wait_run(page, "Bot reply")
    else:
        page.get_by_role("button", name="Ask without rerun").click()
    wait_until(lambda: frame.evaluate("window.__firstBubble") is not None, message="first bubble")
    seen = frame.evaluate("window.__firstBubble")
    assert seen["frameHeight"] > 500, seen  # the open frame's height, set in the same task
    assert seen["bottom"] <= seen["viewport"], seen
