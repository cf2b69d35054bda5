"""Issue #18: the real widget (``chat_widget(loader=...)``) as on the live site, in three engines.

Four stand-in vendor scripts (tests/support/loader_site/: a launcher and a sliding panel in the
document; launcher and panel in the vendor's own iframes; a panel in a shadow root that goes
full screen on a phone; one anchored bottom-left in a click-through layer, with a greeting that
appears after load), each at a desktop and a phone window size:

1. every element the widget draws has, in the app, its box on a plain page of the same size,
   closed and open, and a screenshot shows inside each part what the plain page's shows;
2. no point of a 40 px grid over the app outside the widget's boxes (and a 32 px band) is taken
   by our iframe: closed, open, closed again;
3. a real mouse click where the plain page has the launcher opens it (and one on its close
   button closes it), and Tab reaches the launcher, Enter opens it;
4. ``open_chat`` reaches the vendor exactly once, and opens its panel where the site does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import APPS
from tests.support.engines import PageDriver
from tests.support.fixtures import StartServer
from tests.support.loader_server import LoaderServer
from tests.support.paths import screenshot_path
from tests.support.widget_layout import (
    MAX_BAND,
    Box,
    blocked_points,
    box_differences,
    centre,
    click_part,
    focused_part,
    hits_widget_frame,
    layout,
    paint_differences,
    painted,
    standin,
    wait_settled,
)

STANDINS = ["doc-panel.js", "frame-panel.js", "phone-fullscreen.js", "bottom-left.js"]
SIZES = {"desktop": (1280, 800), "phone": (375, 700)}
#: JS: ``button(label)``, the app's button of that label.
BUTTON = (
    "const button = (label) => [...document.querySelectorAll('button')]"
    ".find((b) => b.textContent.trim() === label);"
)
ORDER_HELP = {"type": "OPEN_OCTOCOM", "message": {"content": "Hello, I need help with my order."}}

# The plain page's layout per (engine, script, size): each test reads the same reference.
_PLAIN: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {}


@pytest.fixture(scope="module")
def app_url(loader_site: LoaderServer, streamlit_servers: StartServer) -> str:
    return streamlit_servers(APPS / "real_widget_app.py", {"OCTOCOM_TEST_LOADER_BASE": loader_site.url}).url


def plain_layout(driver: PageDriver, site: LoaderServer, script: str, size: str) -> dict[str, dict[str, Any]]:
    """The stand-in's layout on a plain page of the window's size: closed, opened by its launcher,
    then with the message of an ``openChatEvent`` as ``open_chat`` sends it."""
    key = (driver.engine, script, size)
    if key not in _PLAIN:
        driver.set_viewport(*SIZES[size])
        driver.goto(f"{site.url}/plain.html?script={script}")
        wait_settled(driver, "plain", is_open=False)
        closed = layout(driver, "plain")
        closed["painted"] = painted(driver, closed["parts"], closed["shown"])
        click_part(driver, "plain", "launcher")
        wait_settled(driver, "plain", is_open=True)
        opened = layout(driver, "plain")
        opened["painted"] = painted(driver, opened["parts"], opened["shown"])
        # what the site's own openChatEvent (open_chat's) adds to the open panel: the message
        driver.run_js(
            "document.dispatchEvent(new CustomEvent('openChatEvent', {detail: arguments[0]}));", ORDER_HELP
        )
        wait_settled(driver, "plain", is_open=True)
        _PLAIN[key] = {"closed": closed, "open": opened, "messaged": layout(driver, "plain")}
    return _PLAIN[key]


def open_app(driver: PageDriver, app_url: str, script: str, size: str) -> None:
    driver.set_viewport(*SIZES[size])
    driver.goto(f"{app_url}/?script={script}")
    driver.wait_js(
        "return [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
        ".some((c) => c.textContent.includes('script-finished'));"
    )
    wait_settled(driver, "app", is_open=False)


def runs(driver: PageDriver) -> int:
    text = driver.run_js(
        "return [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
        ".map((c) => c.textContent).find((t) => t.includes('script-finished')) || '';"
    )
    return int(text.split("runs: ")[1].split()[0])


def button_centre(driver: PageDriver, label: str) -> tuple[float, float]:
    box: Box = driver.run_js(
        BUTTON + "const r = button(arguments[0]).getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom];",
        label,
    )
    return centre(box)


def assert_same_boxes(driver: PageDriver, plain: dict[str, Any], state: str) -> None:
    differences = box_differences(layout(driver, "app")["boxes"], plain["boxes"])
    where = f"[{driver.engine}] {state}"
    assert differences == [], f"{where}: boxes in the app differ from the plain page:\n" + "\n".join(
        differences
    )


def assert_same_look(driver: PageDriver, plain: dict[str, Any], state: str) -> None:
    """What a person sees inside each part the plain page shows is what the app shows there."""
    differences = paint_differences(painted(driver, plain["parts"], plain["shown"]), plain["painted"])
    where = f"[{driver.engine}] {state}"
    assert differences == [], f"{where}: the app does not show what the plain page shows:\n" + "\n".join(
        differences
    )


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("script", STANDINS)
def test_every_box_is_where_a_plain_page_draws_it(
    driver: PageDriver, loader_site: LoaderServer, app_url: str, script: str, size: str
) -> None:
    plain = plain_layout(driver, loader_site, script, size)
    open_app(driver, app_url, script, size)
    assert_same_boxes(driver, plain["closed"], "closed")
    assert_same_look(driver, plain["closed"], "closed")
    driver.screenshot(Path(screenshot_path("real-widget", f"{driver.engine}-{script[:-3]}-{size}-closed")))
    click_part(driver, "app", "launcher")
    wait_settled(driver, "app", is_open=True)
    assert_same_boxes(driver, plain["open"], "open")
    assert_same_look(driver, plain["open"], "open")
    driver.screenshot(Path(screenshot_path("real-widget", f"{driver.engine}-{script[:-3]}-{size}-open")))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("script", STANDINS)
def test_the_app_keeps_every_point_the_widget_does_not_draw(
    driver: PageDriver, app_url: str, script: str, size: str
) -> None:
    open_app(driver, app_url, script, size)
    launcher = layout(driver, "app")["parts"]["launcher"]
    assert hits_widget_frame(driver, *centre(launcher)), "the launcher is not the widget's to click"
    for state in ("closed", "open", "closed again"):
        if state == "open":
            click_part(driver, "app", "launcher")
            wait_settled(driver, "app", is_open=True)
        elif state == "closed again":
            click_part(driver, "app", "close")
            wait_settled(driver, "app", is_open=False)
        grid = blocked_points(driver)
        assert grid["checked"] > 0 or (state == "open" and size == "phone")
        assert grid["blocked"] == [], (
            f"[{driver.engine}] {state}: {len(grid['blocked'])} of {grid['checked']} points of the app"
            f" more than {MAX_BAND} px from the widget's boxes are taken by its iframe:"
            f" {grid['blocked'][:12]}"
        )


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("script", STANDINS)
def test_a_real_click_where_the_site_has_the_launcher_opens_it(
    driver: PageDriver, loader_site: LoaderServer, app_url: str, script: str, size: str
) -> None:
    plain = plain_layout(driver, loader_site, script, size)
    open_app(driver, app_url, script, size)
    driver.click_at(*centre(plain["closed"]["parts"]["launcher"]))
    wait_settled(driver, "app", is_open=True)
    driver.click_at(*centre(plain["open"]["parts"]["close"]))
    wait_settled(driver, "app", is_open=False)
    state = standin(driver, "app")
    assert state is not None
    assert state["clicks"] == 1  # the launcher's own click handler, once
    assert state["opens"] == []  # no openChatEvent: the person opened it

    # By keyboard: Tab reaches the launcher (inside our iframe, and inside the vendor's), Enter opens.
    driver.run_js("document.activeElement && document.activeElement.blur(); document.body.focus();")
    for _ in range(40):
        driver.press("Tab")
        if focused_part(driver) in ("launcher", "launcher-button"):
            break
    assert focused_part(driver) in ("launcher", "launcher-button"), "Tab never reached the widget's launcher"
    driver.press("Enter")
    wait_settled(driver, "app", is_open=True)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("script", STANDINS)
def test_open_chat_reaches_the_vendor_once_and_opens_it_where_the_site_does(
    driver: PageDriver, loader_site: LoaderServer, app_url: str, script: str, size: str
) -> None:
    plain = plain_layout(driver, loader_site, script, size)
    open_app(driver, app_url, script, size)
    before = runs(driver)
    driver.click_at(*button_centre(driver, "Order help"))  # the app's own button, a real click
    driver.wait_js(
        "const f = document.querySelector('iframe[title*=\"octocom_widget\"]');"
        " return f.contentWindow.__standin.opens.length > 0;"
    )
    wait_settled(driver, "app", is_open=True)
    assert_same_boxes(driver, plain["messaged"], "opened by open_chat")
    # Another rerun (its button may be under the open panel: clicked from script): nothing is sent again.
    driver.run_js(BUTTON + "button('Rerun').click();")
    driver.wait_js(
        "return [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
        ".some((c) => c.textContent.includes('runs: ' + arguments[0] + ' '));",
        before + 2,
    )
    state = standin(driver, "app")
    assert state is not None
    assert state["opens"] == [ORDER_HELP]
