"""The page driver's contract, in each engine: exact viewports, trusted input, a fresh tab per test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from tests.support.engines import PageDriver

PAGE = """<!doctype html><html><head><style>
body { margin: 0; }
#target { position: absolute; left: 100px; top: 50px; width: 120px; height: 40px; }
</style></head><body>
<input id="first" aria-label="first"><button id="target">Target</button><input id="last" aria-label="last">
<script>
window.log = [];
const note = (e) => window.log.push([e.type, e.target.id || e.target.nodeName, e.isTrusted,
                                     e.clientX ?? null, e.clientY ?? null, e.key ?? null]);
for (const type of ["click", "mouseover", "keydown", "focusin"]) document.addEventListener(type, note, true);
window.fresh = sessionStorage.getItem("visited") === null;
sessionStorage.setItem("visited", "yes");
</script></body></html>"""


@pytest.fixture
def page(driver: PageDriver, page_server: Callable[[str], str]) -> PageDriver:
    driver.goto(page_server(PAGE))
    return driver


def events(driver: PageDriver, type_: str) -> list[list[object]]:
    return [entry for entry in driver.run_js("return window.log;") if entry[0] == type_]


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (375, 700), (1024, 640)])
def test_viewport_is_exact(driver: PageDriver, width: int, height: int) -> None:
    assert driver.run_js("return [innerWidth, innerHeight];") == [1280, 800]  # every driver starts so
    driver.set_viewport(width, height)
    assert driver.run_js("return [innerWidth, innerHeight];") == [width, height]


def test_run_js_takes_arguments_and_returns_json(page: PageDriver) -> None:
    body = "return {sum: arguments[0] + arguments[1], echo: arguments[2], none: null};"
    got = page.run_js(body, 2, 3, ["a", 1])
    assert got == {"sum": 5, "echo": ["a", 1], "none": None}
    assert page.wait_js("return document.getElementById(arguments[0]).textContent;", "target") == "Target"
    with pytest.raises(AssertionError, match="never-there"):
        page.wait_js("return document.getElementById('never-there');", timeout=0.3)


def test_click_and_hover_are_trusted_at_the_point(page: PageDriver) -> None:
    page.move_to(130, 60)
    assert page.wait_js("return window.log.some(e => e[0] === 'mouseover' && e[1] === 'target');")
    page.click_at(160, 70)
    page.wait_js("return window.log.some(e => e[0] === 'click');")
    assert events(page, "click") == [["click", "target", True, 160, 70, None]]
    assert page.run_js("return document.activeElement.id;") in ("target", "")  # WebKit does not focus buttons


def test_keys_move_focus_and_typing_fills_the_focused_box(page: PageDriver) -> None:
    page.set_viewport(375, 300)  # a small window keeps the focus too
    page.click_at(5, 5)  # inside the first box (the page's top-left corner)
    assert page.run_js("return document.activeElement.id;") == "first"
    page.type_text("Hi there")
    assert page.run_js("return document.getElementById('first').value;") == "Hi there"
    page.press("Tab")
    page.press("Tab")
    assert page.run_js("return document.activeElement.id;") == "last"
    page.press("Shift+Tab")
    page.press("Shift+Tab")
    assert page.run_js("return document.activeElement.id;") == "first"
    # The page has the keyboard focus, as a visitor's would: :focus and :focus-visible match.
    assert page.run_js("return [document.hasFocus(), document.activeElement.matches(':focus')];") == [
        True,
        True,
    ]
    page.press("Tab")
    assert page.run_js("return document.activeElement.matches('#target:focus-visible');")
    page.press("Shift+Tab")
    for key in ("Enter", "Space", "Escape"):
        page.press(key)
    keys = [entry[5] for entry in events(page, "keydown") if entry[2]]
    assert keys[-3:] == ["Enter", " ", "Escape"]
    with pytest.raises(ValueError, match="key must be one of"):
        page.press("F13")


@pytest.mark.parametrize("round_", [1, 2])
def test_each_test_gets_a_fresh_tab(page: PageDriver, round_: int) -> None:
    """The second round fails if a driver reused the first round's tab (its sessionStorage)."""
    assert page.run_js("return window.fresh;") is True


def test_screenshot_is_a_png_of_the_viewport_as_it_is_now(page: PageDriver, tmp_path: Path) -> None:
    page.set_viewport(400, 300)
    page.run_js(
        "const frame = document.createElement('iframe');"
        " frame.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 100px; height: 80px';"
        " frame.style.border = '0';"
        " document.body.appendChild(frame);"
        " frame.contentDocument.body.style.cssText = 'margin: 0; background: rgb(0, 0, 255)';"
    )
    for page_colour, frame_colour in [((255, 0, 0), (0, 0, 255)), ((0, 128, 0), (255, 255, 0))]:
        page.run_js(
            "document.body.style.background = arguments[0];"
            " document.querySelector('iframe').contentDocument.body.style.background = arguments[1];",
            "rgb({}, {}, {})".format(*page_colour),
            "rgb({}, {}, {})".format(*frame_colour),
        )
        page.screenshot(tmp_path / "shot.png")
        data = (tmp_path / "shot.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        with Image.open(tmp_path / "shot.png") as shot:
            assert shot.size == (400, 300)
            rgb = shot.convert("RGB")
            assert rgb.getpixel((200, 100)) == page_colour  # the page as it is, not an older frame
            assert rgb.getpixel((350, 260)) == frame_colour


def test_activate_brings_a_tab_to_the_front_for_later_calls(
    page: PageDriver, page_server: Callable[[str], str], request: pytest.FixtureRequest
) -> None:
    """One program driving two tabs of an engine (as ``make bench`` does) reaches each by ``activate``."""
    browser = request.getfixturevalue(f"{page.engine}_browser")
    if page.engine == "chromium":
        from tests.support.engines.chromium import ChromiumDriver

        other: PageDriver = ChromiumDriver(browser)
    else:
        other = browser.new_driver()
    try:
        other.goto(page_server("<!doctype html><title>other</title><p>the other tab</p>"))
        for tab, title in ((page, ""), (other, "other"), (page, "")):
            tab.activate()
            assert tab.run_js("return [document.title, document.visibilityState];") == [title, "visible"]
            # the tab in front runs frames: a rendering update comes within a second
            assert tab.run_js("return new Promise((done) => requestAnimationFrame(() => done(true)));")
    finally:
        other.close()
        page.activate()
