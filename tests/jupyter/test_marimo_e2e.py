"""Issue #12: ChatWidget wrapped in ``mo.ui.anywidget`` under a real ``marimo run``, in headless Chromium.

The notebook is ``tests/jupyter/notebooks/marimo_flow.py``. The page must dispatch each
``open_chat`` once on its document with the exact detail (a call made before anything
displayed the widget, and one made after); what a person types must reach Python (the
reactive cell that reads ``ui.value`` shows ``customer_messages``, and ``on_event``
heard each message once); re-running the cell that displays the widget must not
replay earlier opens.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from octocom_streamlit import OpenChatEvent
from tests.support.images import solid_png
from tests.support.notebook_pages import details, seen, theme_read
from tests.support.notebook_servers import MarimoServer
from tests.support.paths import ROOT, screenshot_path

pytestmark = pytest.mark.e2e

NOTEBOOK = Path(__file__).resolve().parent / "notebooks" / "marimo_flow.py"
DEMO = ROOT / "demos" / "skincare_marimo.py"
BEFORE = OpenChatEvent.create(
    "Before display: which serum suits dry skin?", "https://cdn.glow.example/selfie.jpg"
).detail()
TYPED = ["My skin is dry and a bit red.", "<b>Is</b> the night cream fragrance-free?"]
BURST = ["And the serum?", "Both, please.", "In the morning?", "Thanks."]


def after(click: int) -> str:
    return f"After display, click {click}: where is my order?"


@pytest.fixture(scope="module")
def marimo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MarimoServer]:
    server = MarimoServer(Path(tmp_path_factory.mktemp("marimo")), [NOTEBOOK, DEMO])
    yield server
    server.stop()


def python_heard(page: Page) -> dict[str, Any]:
    """What the reactive cell shows: ``customer_messages``, what ``on_event`` heard, the seqs delivered."""
    text = page.get_by_text(re.compile(r"^python heard: ")).inner_text()
    return json.loads(text.removeprefix("python heard: "))  # type: ignore[no-any-return]


def wait_heard(page: Page, **expected: Any) -> dict[str, Any]:
    """Wait until the reactive cell shows ``expected`` (re-run by marimo when the widget's trait changes)."""
    pattern = re.compile(r"^python heard: ")
    for key, value in expected.items():
        fragment = f'"{key}": {json.dumps(value)}'
        expect(page.get_by_text(pattern)).to_contain_text(fragment, timeout=20_000)
    return python_heard(page)


# Sends each text through the widget's own message form, a few milliseconds apart (faster
# than a person): each report leaves before Python acknowledged the ones before it.
SEND_QUICKLY = """async (view, texts) => {
  const input = view.querySelector('input[aria-label="Message"]');
  for (const text of texts) {
    input.value = text;
    input.form.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 4));
  }
}"""


def type_message(page: Page, text: str) -> None:
    box = page.get_by_role("textbox", name="Message")
    box.fill(text)
    box.press("Enter")


def test_marimo_delivers_once_reports_back_and_a_rerun_replays_nothing(
    marimo_server: MarimoServer, page: Page
) -> None:
    page.goto(marimo_server.page_url(NOTEBOOK.name))
    view = page.locator(".oc-jupyter")
    expect(view).to_have_count(1, timeout=60_000)
    customer = view.locator(".oc-msg--customer .oc-msg-text")
    expect(customer).to_have_text([BEFORE["message"]["content"]], timeout=20_000)
    expect(view.locator(".oc-msg-image")).to_have_attribute("src", BEFORE["message"]["imageUrl"])
    wait_heard(page, delivered=[1])
    assert seen(page) == [BEFORE]  # the call made before display, once, with the exact detail
    # marimo defines none of the theme variables the widget reads: it keeps its own colours.
    assert theme_read(page) == {}

    # A person types: the reactive cell shows it, on_event heard each message once.
    for text in TYPED:
        type_message(page, text)
    expect(customer.last).to_have_text(TYPED[1])  # shown as text, never as HTML
    assert view.locator("b").count() == 0
    view.evaluate(SEND_QUICKLY, BURST)
    typed = [*TYPED, *BURST]
    heard = wait_heard(page, customer_messages=typed)
    assert heard == {"customer_messages": typed, "on_event": typed, "delivered": [1]}

    # open_chat from a cell after display (a button re-runs it).
    page.get_by_role("button", name="Ask about my order").click()
    expect(customer.last).to_have_text(after(1), timeout=20_000)
    wait_heard(page, delivered=[1, 2])
    assert seen(page) == [BEFORE, *details(after(1))]

    # Re-running the cell that displays the widget: nothing is replayed. marimo (0.25)
    # keeps the view it shows (the re-run makes the same element), so the conversation stays.
    view.evaluate("el => el.setAttribute('data-first-view', '')")
    page.get_by_role("button", name="Show the widget again").click()
    expect(page.get_by_text("display cell runs: 2")).to_be_visible(timeout=20_000)
    page.wait_for_timeout(1000)  # time for a replay or a new view to show, if there were one
    expect(page.locator(".oc-jupyter[data-first-view]")).to_have_count(1)
    expect(page.locator(".oc-jupyter")).to_have_count(1)
    expect(customer).to_have_text([BEFORE["message"]["content"], *typed, after(1)])
    assert seen(page) == [BEFORE, *details(after(1))]

    # It keeps working: a later call is delivered once, typing still reaches Python.
    page.get_by_role("button", name="Ask about my order").click()
    expect(customer.last).to_have_text(after(2), timeout=20_000)
    type_message(page, "Thanks!")
    heard = wait_heard(page, customer_messages=[*typed, "Thanks!"])
    assert heard == {
        "customer_messages": [*typed, "Thanks!"],
        "on_event": [*typed, "Thanks!"],
        "delivered": [1, 2, 3],
    }
    assert seen(page) == [BEFORE, *details(after(1), after(2))]
    page.screenshot(path=screenshot_path("notebooks", "marimo"), full_page=True)
    assert page.errors == []  # type: ignore[attr-defined]


def test_the_marimo_skincare_demo_works_as_an_app(marimo_server: MarimoServer, page: Page) -> None:
    page.goto(marimo_server.page_url(DEMO.name))
    view = page.locator(".oc-jupyter")
    expect(view).to_have_count(1, timeout=60_000)
    page.locator("input[type=file]").set_input_files(
        {"name": "selfie.png", "mimeType": "image/png", "buffer": solid_png(32, 32)}
    )
    expect(page.get_by_text(re.compile(r"^Uploaded\s*1 file"))).to_be_visible(timeout=20_000)
    page.get_by_role("button", name="Ask for a routine").click()
    routine = (
        "Hi! My skin feels dry by midday and my main concern is redness. Which routine would you suggest?"
    )
    customer = view.locator(".oc-msg--customer")
    expect(customer).to_have_count(1, timeout=20_000)
    expect(customer.locator(".oc-msg-text")).to_have_text(f"{routine} I attached a selfie.")
    expect(customer.locator("img.oc-msg-image")).to_have_attribute(
        "src", re.compile(r"^data:image/png;base64,")
    )
    expect(view.locator(".oc-msg--agent").last).to_contain_text("Calm Serum")
    type_message(page, "Is it OK for a beard?")
    expect(page.get_by_text("Is it OK for a beard?", exact=True).last).to_be_visible()
    expect(page.locator("pre", has_text="Is it OK for a beard?")).to_have_count(1, timeout=20_000)
    (dispatched,) = seen(page)
    assert dispatched["message"]["content"] == f"{routine} I attached a selfie."
    assert dispatched["message"]["imageUrl"].startswith("data:image/png;base64,")
    page.screenshot(path=screenshot_path("notebooks", "marimo-skincare"), full_page=True)
    assert page.errors == []  # type: ignore[attr-defined]
