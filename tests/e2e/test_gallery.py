"""Issue #5: a smoke test per gallery page; each takes the README's screenshot of its page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Request, expect

from tests.support.images import solid_png
from tests.support.pages import new_page, page_opener
from tests.support.paths import ROOT, screenshot_path
from tests.support.servers import StreamlitServer
from tests.support.streamlit_page import settle_frame, wait_dispatched, widget, widget_frame_eval


@pytest.fixture(scope="module")
def gallery() -> Iterator[StreamlitServer]:
    server = StreamlitServer(ROOT / "demos" / "gallery" / "app.py")
    yield server
    server.stop()


@pytest.fixture
def visit(browser: Browser, gallery: StreamlitServer) -> Iterator[Callable[[str], Page]]:
    def open_one(path: str) -> Page:
        page = new_page(browser, f"{gallery.url}/{path}", viewport={"width": 1440, "height": 900})
        widget(page).locator(".oc-root").wait_for(state="attached")
        page.get_by_role("heading").first.wait_for()
        return page

    with page_opener(open_one) as opener:
        yield opener


def customer_message(page: Page) -> str:
    bubble = widget(page).locator(".oc-msg--customer").last
    expect(bubble).to_be_visible()
    return bubble.locator(".oc-msg-text").inner_text()


def shoot(page: Page, name: str) -> None:
    page.wait_for_timeout(300)
    page.screenshot(path=screenshot_path("gallery", name))


def test_home(visit: Callable[[str], Page]) -> None:
    page = visit("")
    page.get_by_role("button", name="open_chat(content)").click()
    assert customer_message(page) == "Hello, I need help with my order."
    expect(page.get_by_test_id("stDataFrame")).to_be_visible()  # the session's event log
    shoot(page, "home")


def test_guide_examples(visit: Callable[[str], Page]) -> None:
    page = visit("guide_examples")
    page.get_by_role("button", name="Message with a photo").click()
    assert customer_message(page) == "My parcel arrived damaged, see photo."
    expect(widget(page).locator(".oc-msg--customer img")).to_be_visible()
    shoot(page, "guide_examples")


def test_skincare(visit: Callable[[str], Page], tmp_path: Path) -> None:
    page = visit("skincare")
    selfie = tmp_path / "selfie.png"
    selfie.write_bytes(solid_png(96, 96, (230, 190, 170)))
    page.locator('input[type="file"]').set_input_files(str(selfie))
    expect(page.get_by_text("selfie.png")).to_be_visible()
    page.get_by_role("button", name="Ask for a routine").click()
    text = customer_message(page)
    assert "My skin feels dry by midday" in text and "I attached a selfie." in text
    image = widget(page).locator(".oc-msg--customer img").last
    expect(image).to_be_visible()
    assert image.get_attribute("src", timeout=2000).startswith("data:image/png;base64,")  # type: ignore[union-attr]
    shoot(page, "skincare")


def test_data_app_help_buttons_do_not_rerun(visit: Callable[[str], Page]) -> None:
    page = visit("data_app_help")
    page.locator(".st-key-ask-chart button").click()
    text = customer_message(page)
    assert text.startswith("I'm looking at orders from 2026-03 to 2026-08: it changed by")
    page.locator(".st-key-ask-row button").click()  # beside the open panel, not under it
    expect(widget(page).locator(".oc-msg--customer")).to_have_count(2)
    assert "In 2026-08 we had" in customer_message(page)
    shoot(page, "data_app_help")


def test_scripted_flows(visit: Callable[[str], Page]) -> None:
    page = visit("scripted_flows")
    page.get_by_role("button", name="Simulate a checkout error").click()
    assert customer_message(page) == "I ran into an issue during checkout."
    page.get_by_label("Search the shop").fill("blue sofa")
    page.get_by_label("Search the shop").press("Enter")
    page.get_by_role("button", name="Run search").click()
    expect(widget(page).locator(".oc-msg--customer")).to_have_count(2)
    assert customer_message(page) == "I searched for: blue sofa"
    expect(page.get_by_text("flow: checkout error")).to_be_attached()  # a cell of the events log
    shoot(page, "scripted_flows")


def test_furniture(visit: Callable[[str], Page]) -> None:
    page = visit("furniture")
    page.get_by_role("button", name="Get recommendations").click()
    text = customer_message(page)
    assert "Please recommend an armchair and a rug in Scandinavian style" in text and "1500 EUR" in text
    expect(widget(page).locator(".oc-msg--customer img")).to_be_visible()
    shoot(page, "furniture")


def test_age_check(visit: Callable[[str], Page]) -> None:
    page = visit("age_check")
    page.get_by_role("button", name="Buy now").click()
    assert "Please verify my age" in customer_message(page)
    shoot(page, "age_check")


def test_search_bar(visit: Callable[[str], Page]) -> None:
    page = visit("search_bar")
    box = page.get_by_label("Search products")
    box.fill("unicorn shampoo")
    box.press("Enter")
    assert customer_message(page) == 'I searched for "unicorn shampoo" but found nothing. Can you help me?'
    seen = wait_dispatched(page, 1)
    assert len(seen) == 1
    shoot(page, "search_bar")


GALLERY_PAGES = [
    "",
    "guide_examples",
    "skincare",
    "data_app_help",
    "scripted_flows",
    "furniture",
    "age_check",
]


def is_image(request: Request) -> bool:
    return (
        request.resource_type == "image" or "favicon" in request.url or request.url.endswith((".png", ".svg"))
    )


# The page's own buttons: not the file uploader's (browse, remove the file) or the camera's.
PAGE_BUTTONS = """[...document.querySelectorAll('[data-testid="stMain"] button:not([disabled])')]
  .filter(b => !b.closest('[data-testid="stFileUploader"], [data-testid="stCameraInput"]'))
  .map(b => b.innerText.trim()).filter(Boolean)"""
BROKEN_IMAGES = (
    "[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src.slice(0, 80))"
)


@pytest.mark.parametrize("path", [*GALLERY_PAGES, "search_bar"])
def test_every_page_works_with_no_network(
    browser: Browser, gallery: StreamlitServer, path: str, tmp_path: Path
) -> None:
    """Issue #10: every image a page shows or sends comes from the app itself or a data: URL."""
    failed: list[str] = []
    left: list[str] = []

    def listen(page: Page) -> None:
        # (Streamlit itself probes /<page>/_stcore/health first and gets a 404: not an image.)
        page.on(
            "requestfailed", lambda r: failed.append(f"{r.url[:80]} {r.failure}") if is_image(r) else None
        )
        page.on(
            "response",
            lambda r: (
                failed.append(f"{r.status} {r.url[:80]}") if r.status >= 400 and is_image(r.request) else None
            ),
        )
        page.on(
            "request",
            lambda r: (
                None if r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else left.append(r.url)
            ),
        )

    page = new_page(
        browser,
        f"{gallery.url}/{path}",
        offline=True,
        before_goto=listen,
        viewport={"width": 1400, "height": 900},
    )
    try:
        widget(page).locator(".oc-root").wait_for(state="attached")
        page.get_by_role("heading").first.wait_for()
        if path == "skincare":
            selfie = tmp_path / "selfie.png"
            selfie.write_bytes(solid_png(64, 64, (230, 190, 170)))
            page.locator('input[type="file"]').set_input_files(str(selfie))
            expect(page.get_by_text("selfie.png")).to_be_visible()
            # The upload's rerun has drawn the photo: the button below now sends it.
            expect(page.get_by_text("Your selfie")).to_be_visible(timeout=20_000)
        if path == "search_bar":
            page.get_by_label("Search products").fill("unicorn shampoo")
            page.get_by_label("Search products").press("Enter")
        labels = page.evaluate(PAGE_BUTTONS)
        for label in labels:
            button = page.locator('[data-testid="stMain"] button').filter(has_text=label)
            if button.count():
                # A click event, not a pointer click: the open chat panel may cover a button.
                button.first.dispatch_event("click")
                page.wait_for_timeout(400)
        if labels or path == "search_bar":
            expect(widget(page).locator(".oc-msg--customer").first).to_be_visible(timeout=20_000)
        page.wait_for_timeout(800)
        broken = page.evaluate(BROKEN_IMAGES) + widget_frame_eval(page, BROKEN_IMAGES)
        sent_images = widget(page).locator(".oc-msg--customer img").count()
        assert (failed, left, broken) == ([], [], []), f"{path}: {len(labels)} buttons pressed"
        if path in ("guide_examples", "skincare", "furniture"):
            assert sent_images >= 1  # the photo the page sends is shown in the widget
    finally:
        page.context.close()


# Every control a person can use on a page: Streamlit's widgets, links, dataframes and tables,
# code blocks (their copy button), and the buttons of element toolbars.
CONTROLS = """() => {
  const selector = [
    "button", "input:not([type=hidden])", "textarea", "select", "a[href]", "[role=slider]", "[role=tab]",
    "[role=combobox]", "[role=checkbox]", "[role=radio]", "[role=button]", "[role=link]",
    "[data-testid=stDataFrame]", "[data-testid=stTable]", "table", "[data-testid=stCode]",
  ].join(", ");
  const ours = (el) => el.closest(".st-key-octocom-widget-octocom");
  return [...document.querySelectorAll(selector)]
    .filter((el) => !ours(el) && getComputedStyle(el).visibility !== "hidden")
    .map((el) => {
      const r = el.getBoundingClientRect();
      const name = el.getAttribute("aria-label") || el.innerText || el.getAttribute("data-testid") || "";
      const label = `${el.tagName.toLowerCase()} ${name.trim().slice(0, 40)}`;
      return { name: label, x: r.x, y: r.y, width: r.width, height: r.height };
    })
    .filter((box) => box.width > 0 && box.height > 0);
}"""
SCROLLER = """(top) => {
  const candidates = document.querySelectorAll('[data-testid="stMain"], [data-testid="stAppViewContainer"]');
  const scroller = [...candidates].find((el) => el.scrollHeight > el.clientHeight + 1)
    ?? document.scrollingElement;
  scroller.scrollTop = top;
  return { top: scroller.scrollTop, max: scroller.scrollHeight - scroller.clientHeight };
}"""


def overlaps(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


@pytest.mark.parametrize("path", [*GALLERY_PAGES, "search_bar"])
def test_the_open_panel_covers_no_control(browser: Browser, gallery: StreamlitServer, path: str) -> None:
    """Issue #19: with the chat open on a 1440 x 900 window, no control of the page, at any
    scroll position, lies under the panel or its launcher."""
    page = new_page(browser, f"{gallery.url}/{path}", viewport={"width": 1440, "height": 900})
    try:
        page.get_by_role("heading").first.wait_for()
        if path == "search_bar":  # its results (or the no-results note) drawn too
            page.get_by_label("Search products").fill("serum")
            page.get_by_label("Search products").press("Enter")
            expect(page.get_by_text("result(s)")).to_be_visible()
        widget(page).get_by_role("button", name="Open chat").click()
        expect(widget(page).get_by_role("dialog")).to_be_visible()
        settle_frame(page)
        page.wait_for_timeout(500)  # the panel's slide-in
        chat = [widget(page).locator(part).bounding_box() for part in (".oc-panel", ".oc-launcher")]
        panel, launcher = chat
        assert panel is not None and panel["width"] > 300 and launcher is not None and launcher["width"] > 40
        covered: set[str] = set()
        seen = 0
        top, scroll = 0, page.evaluate(SCROLLER, 0)
        while True:
            controls = page.evaluate(CONTROLS)
            seen = max(seen, len(controls))
            covered |= {c["name"] for c in controls for box in (panel, launcher) if overlaps(c, box)}
            if top >= scroll["max"]:
                break
            top += 300
            scroll = page.evaluate(SCROLLER, top)
        assert seen >= 8, f"{path}: only {seen} controls found"  # the sidebar's links alone are 8
        assert covered == set(), f"{path}: under the open chat: {sorted(covered)}"
    finally:
        page.context.close()


@pytest.mark.parametrize("path", ["", "guide_examples", "scripted_flows"])
def test_code_snippets_wrap_instead_of_being_cut_off(
    browser: Browser, gallery: StreamlitServer, path: str
) -> None:
    """Issue #19: at 1400 px wide the snippets ran past their box (cut off, scrolled sideways)."""
    page = new_page(browser, f"{gallery.url}/{path}", viewport={"width": 1400, "height": 900})
    try:
        page.get_by_test_id("stCode").last.wait_for()
        page.wait_for_timeout(300)
        clipped = page.evaluate(
            """() => [...document.querySelectorAll('[data-testid="stCode"] pre')]
              .filter((pre) => pre.clientWidth > 0 && pre.scrollWidth > pre.clientWidth + 1)
              .map((pre) => pre.innerText.slice(0, 60))"""
        )
        assert page.get_by_test_id("stCode").count() >= 2
        assert clipped == []
    finally:
        page.context.close()


def test_the_pricing_nudge_says_when_it_opened(visit: Callable[[str], Page]) -> None:
    """Issue #19: the countdown text gives way to what happened once the chat opened."""
    page = visit("scripted_flows")
    slider = page.get_by_role("slider").first
    slider.focus()
    slider.press("Home")  # 1 s, the slider's minimum
    expect(page.get_by_test_id("stCode").filter(has_text="setTimeout")).to_contain_text("}, 1000);")
    page.get_by_role("button", name="Visit the pricing page").click()
    expect(page.get_by_text("The chat opens in 1 s, unless you leave the page.")).to_be_visible()
    assert customer_message(page) == "Can you help me choose a plan?"
    expect(page.get_by_text("The chat opened after 1 s on the pricing page.")).to_be_visible()
    expect(page.get_by_text("unless you leave the page")).to_have_count(0)
