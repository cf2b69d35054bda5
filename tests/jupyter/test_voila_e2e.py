"""Issue #12: ChatWidget in notebooks served as apps by a real Voilà, in headless Chromium.

Voilà runs every cell on the server, then the page renders the outputs: both
``open_chat`` calls (before and after the cell that displays the widget) are made
before any view exists, and each must be dispatched once, in order. A message typed in
the widget reaches Python (``on_event`` updates an ipywidgets Label the page shows),
and the skincare walk-through (``demos/skincare.ipynb``) works as an app.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.support.notebook_pages import details, seen, theme_read
from tests.support.notebook_servers import VoilaServer, write_notebook
from tests.support.paths import ROOT, screenshot_path

pytestmark = pytest.mark.e2e

BEFORE = "Before display: is the Vitamin C serum OK for sensitive skin?"
AFTER = "Hello, I need help with my order."
REPLY = "Of course! What is your order number?"
TYPED = "It is order 1042, the <i>night</i> cream."

CELLS = (
    "import json\n"
    "import ipywidgets\n"
    "from octocom_streamlit.jupyter import ChatWidget\n"
    "w = ChatWidget(layout='inline', height=380, title='Glow & Co. skincare', accent_color='#be185d')\n"
    f"w.open_chat({BEFORE!r});",
    "w",
    f"w.open_chat({AFTER!r})\nw.reply({REPLY!r})",
    "heard = []\n"
    "label = ipywidgets.Label('nothing typed yet')\n"
    "def show(event):\n"
    "    heard.append(event.type)\n"
    "    label.value = 'python heard: ' + json.dumps({'typed': w.customer_messages, 'events': heard})\n"
    "w.on_event(show)\n"
    "label",
)


@pytest.fixture(scope="module")
def voila_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VoilaServer]:
    server = VoilaServer(Path(tmp_path_factory.mktemp("voila")))
    write_notebook(server.root / "flow.ipynb", *CELLS)
    shutil.copy(ROOT / "demos" / "skincare.ipynb", server.root / "skincare.ipynb")
    yield server
    server.stop()


def test_voila_delivers_each_call_once_and_reports_back(voila_server: VoilaServer, page: Page) -> None:
    page.goto(voila_server.page_url("flow.ipynb"))
    view = page.locator(".oc-jupyter")
    expect(view).to_have_count(1, timeout=60_000)
    customer = view.locator(".oc-msg--customer .oc-msg-text")
    expect(customer).to_have_text([BEFORE, AFTER], timeout=20_000)
    expect(view.locator(".oc-msg--agent .oc-msg-text").last).to_have_text(REPLY)
    assert seen(page) == details(BEFORE, AFTER)
    # Voila's page defines JupyterLab's --jp-* variables: the widget follows its theme.
    assert set(theme_read(page)) == {"--oc-bg", "--oc-text", "--oc-font"}

    box = view.get_by_role("textbox", name="Message")
    box.fill(TYPED)
    box.press("Enter")
    heard = page.get_by_text("python heard:")
    expect(heard).to_contain_text(f'"typed": ["{TYPED}"]', timeout=20_000)
    # on_event heard each event once: the deliveries (also reported, once each), the open, the message.
    expect(heard).to_have_text(
        f'python heard: {{"typed": ["{TYPED}"], "events": ["opened", "delivered", "delivered", "delivered",'
        ' "customer_message"]}'
    )
    expect(customer.last).to_have_text(TYPED)  # as text, never as HTML
    assert view.locator("i").count() == 0
    page.wait_for_timeout(500)
    assert seen(page) == details(BEFORE, AFTER)
    page.screenshot(path=screenshot_path("notebooks", "voila"), full_page=True)
    assert page.errors == []  # type: ignore[attr-defined]


def test_voila_runs_the_skincare_walkthrough_as_an_app(voila_server: VoilaServer, page: Page) -> None:
    page.goto(voila_server.page_url("skincare.ipynb"))
    views = page.locator(".oc-jupyter")
    expect(views).to_have_count(2, timeout=60_000)  # the widget, and the same widget in section 6
    question = "Is the Vitamin C serum OK for sensitive skin?"
    for index in range(2):
        customer = views.nth(index).locator(".oc-msg--customer")
        expect(customer).to_have_count(2, timeout=20_000)
        expect(customer.nth(0)).to_contain_text("Which routine would you suggest? I attached a selfie.")
        expect(customer.nth(0).locator("img.oc-msg-image")).to_have_attribute(
            "src", re.compile(r"^data:image/png;base64,")
        )
        expect(customer.nth(1)).to_have_text(question)
        expect(views.nth(index).locator(".oc-msg--agent .oc-msg-text").last).to_contain_text("fragrance-free")
    dispatched = seen(page)
    assert [d["message"]["content"] for d in dispatched] == [
        "Hi! My skin feels dry by midday and my main concern is redness. "
        "Which routine would you suggest? I attached a selfie.",
        question,
    ]
    assert dispatched[0]["message"]["imageUrl"].startswith("data:image/png;base64,")
    assert dispatched[1] == details(question)[0]
    # The bad calls of section 7 are refused with their message, shown as the app's output.
    expect(page.get_by_text("ChatWidget.open_chat(content='   '): content must not be empty")).to_be_visible()
    page.screenshot(path=screenshot_path("notebooks", "voila-skincare"), full_page=True)
    assert page.errors == []  # type: ignore[attr-defined]
