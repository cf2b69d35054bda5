"""Issue #4 end to end: ChatWidget in a real JupyterLab (and Notebook 7) in headless Chromium.

One notebook displays the widget in two cells and calls ``open_chat`` before and after
displaying it. The page must dispatch each call's ``openChatEvent`` on the notebook
document exactly once, in order; both views show the conversation; what a person does
in the widget reaches Python.
"""

from __future__ import annotations

import importlib.util

import pytest
from playwright.sync_api import Page, expect

from tests.support.a11y import axe_violations, describe
from tests.support.notebook_pages import details, kernel_output, run_all_cells, seen, wait_for_notebook
from tests.support.notebook_servers import JupyterServer, write_notebook

pytestmark = pytest.mark.e2e

BEFORE = "Before display: is the Vitamin C serum OK for sensitive skin?"
AFTER = "Hello, I need help with my order."
REPLY = "Of course! What is your order number?"
TYPED = "It is order 1042, the night cream."

CELLS = (
    "from octocom_streamlit.jupyter import ChatWidget\n"
    "w = ChatWidget(title='Glow & Co. skincare', accent_color='#be185d')\n"
    f"w.open_chat({BEFORE!r});",
    "w",
    "w  # the same widget in a second cell",
    f"w.open_chat({AFTER!r})\nw.reply({REPLY!r})",
)


def test_jupyterlab_two_views_exactly_once_and_events_back(jupyter_server: JupyterServer, page: Page) -> None:
    write_notebook(jupyter_server.root / "lab.ipynb", *CELLS)
    page.goto(jupyter_server.page_url("lab", "lab.ipynb"))
    wait_for_notebook(page)
    run_all_cells(page)

    views = page.locator(".oc-jupyter")
    expect(views).to_have_count(2, timeout=30_000)
    for index in range(2):
        view = views.nth(index)
        expect(view.locator(".oc-msg--customer .oc-msg-text")).to_have_text([BEFORE, AFTER], timeout=20_000)
        expect(view.locator(".oc-msg--agent .oc-msg-text").last).to_have_text(REPLY)
        expect(view.get_by_role("dialog", name="Chat")).to_be_visible()
        expect(view.locator(".oc-title")).to_have_text("Glow & Co. skincare")
    # One dispatch per call on the notebook page's document, in call order.
    assert seen(page) == details(BEFORE, AFTER)

    # A person types in the first view; the kernel hears it (and every delivery, once).
    first = views.nth(0)
    first.get_by_role("textbox", name="Message").fill(TYPED)
    first.get_by_role("textbox", name="Message").press("Enter")
    expect(views.nth(1).locator(".oc-msg--customer .oc-msg-text")).to_have_count(
        2
    )  # typed text stays in its view
    report = kernel_output(
        page,
        "print(w.state, w.customer_messages, [(e.seq, e.kind) for e in w.history if e.type == 'delivered'],"
        " [e.type for e in w.history if e.type in ('opened', 'closed')])",
    )
    assert report.strip() == f"open {[TYPED]} [(1, 'open'), (2, 'open'), (3, 'reply')] ['opened']"
    assert seen(page) == details(BEFORE, AFTER)
    assert page.errors == []  # type: ignore[attr-defined]

    # The view as a person meets it in JupyterLab: only the widget is judged, not JupyterLab.
    violations = axe_violations(page, include=".oc-jupyter")
    assert violations == [], describe(violations)


@pytest.mark.skipif(importlib.util.find_spec("notebook") is None, reason="Notebook 7 is not installed")
def test_notebook7_delivers_once(jupyter_server: JupyterServer, page: Page) -> None:
    write_notebook(jupyter_server.root / "nb7.ipynb", *CELLS[:2], CELLS[3])
    page.goto(jupyter_server.page_url("notebooks", "nb7.ipynb"))
    wait_for_notebook(page)
    run_all_cells(page)
    view = page.locator(".oc-jupyter")
    expect(view.locator(".oc-msg--customer .oc-msg-text")).to_have_text([BEFORE, AFTER], timeout=30_000)
    assert seen(page) == details(BEFORE, AFTER)
    assert page.errors == []  # type: ignore[attr-defined]


# The view's parts as laid out: the output area's height, what the open panel shows in it.
LAYOUT = """(title) => {
  const view = [...document.querySelectorAll(".oc-jupyter")]
    .find((v) => v.querySelector(".oc-title")?.textContent === title);
  const box = (el) => el.getBoundingClientRect();
  const log = view.querySelector(".oc-log");
  const list = view.querySelector(".oc-messages");
  return {
    output: box(view.closest(".jp-OutputArea-output") ?? view).height,
    panel: box(view.querySelector(".oc-panel")).height,
    launcher: box(view.querySelector(".oc-launcher")).height,
    blankLog: log.clientHeight - list.getBoundingClientRect().height - 28,
    scrolls: log.scrollHeight > log.clientHeight + 1,
    newestShown: box(list.lastElementChild).bottom <= box(log).bottom + 1,
  };
}"""


FLOATING = "Floating layout check"


def test_jupyterlab_floating_output_is_no_taller_than_what_it_shows(
    jupyter_server: JupyterServer, page: Page
) -> None:
    """Issue #19: the open floating panel had a fixed 520 px, so a short conversation left a
    tall blank log, and the output as tall a blank area beside it. The panel fits what it
    shows, up to its height, where the log scrolls and keeps the newest message in view."""
    page.set_viewport_size({"width": 1440, "height": 900})
    write_notebook(
        jupyter_server.root / "floating.ipynb",
        f"from octocom_streamlit.jupyter import ChatWidget\nw = ChatWidget(title={FLOATING!r})\nw",
        f"w.open_chat({AFTER!r});",
    )
    # A workspace of its own: JupyterLab would otherwise reopen the earlier tests' notebooks too.
    url = jupyter_server.page_url("lab", "floating.ipynb")
    page.goto(url.replace("/lab/tree/", "/lab/workspaces/floating/tree/") + "&reset")
    wait_for_notebook(page)
    run_all_cells(page)
    view = page.locator(".oc-jupyter").filter(has=page.locator(".oc-title", has_text=FLOATING))
    expect(view.locator(".oc-msg--customer .oc-msg-text")).to_have_text([AFTER], timeout=30_000)
    page.wait_for_timeout(500)
    short = page.evaluate(LAYOUT, FLOATING)
    assert short["blankLog"] <= 2, short  # no blank under the conversation
    # The output holds the panel, the 12 px gap, the launcher and the root's padding (8 + 12): no more.
    assert short["output"] <= short["panel"] + 12 + short["launcher"] + 20 + 1, short
    assert short["panel"] < 400, short

    kernel_output(page, "for n in range(20): w.reply(f'Reply number {n}')")
    expect(view.locator(".oc-msg--agent .oc-msg-text").last).to_have_text("Reply number 19", timeout=30_000)
    page.wait_for_timeout(500)
    long = page.evaluate(LAYOUT, FLOATING)
    assert abs(long["panel"] - 520) <= 1, long  # capped at the panel's height
    assert long["scrolls"] and long["newestShown"], long
    assert long["output"] <= long["panel"] + 12 + long["launcher"] + 20 + 1, long
