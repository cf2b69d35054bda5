"""Figure 6: in JupyterLab, a cell's ``open_chat`` to the message visible, against the floor.

One notebook in a real JupyterLab (the test suite's ``JupyterServer``) driven by
headless Chromium: it displays a ``ChatWidget`` and an ipywidgets ``Label``. Two cells
are timed, interleaved (order shuffled per round with a fixed seed):

- ``open_chat``: ``w.open_chat(...)`` as a person writes it, so the cell also shows the
  returned ``OpenChatEvent`` (IPython's display of the result); visible when the widget
  view shows one more customer bubble.
- ``open_chat_quiet``: the same call ending in ``;`` (no output), the same work as the
  floor's cell apart from the widget.
- ``floor_shown``: the floor's cell ending in ``label.value``, so that it shows an output
  too: the floor for ``open_chat`` as written.
- ``floor``: ``label.value = f"trial-{n}."``; visible when the Label shows that text.
  The same kernel round trip (execute request, a comm update of one trait, a widget
  view changing the DOM) with nothing of ours in it.

Each trial runs in the page: the cell is made active, then the time origin is taken just
before JupyterLab's own ``notebook:run-cell`` command, a ``MutationObserver`` watches the
notebook document, and the message counts as visible at the first animation frame
after it entered the DOM. The next trial waits until the kernel is idle again.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Browser, Page

from bench.browser import TIME_TO_VISIBLE
from bench.click_latency import LatencyResult
from tests.support.notebook_pages import wait_for_notebook
from tests.support.notebook_servers import JupyterServer, write_notebook

SETUP = (
    "import ipywidgets\n"
    "from octocom_streamlit.jupyter import ChatWidget\n"
    "w = ChatWidget(layout='inline', height=300)\n"
    "label = ipywidgets.Label('trial-0.')\n"
    "n = 0"
)
CELLS = (
    SETUP,
    "w",
    "label",
    "w.open_chat('Hello, I need help with my order.')",
    "w.open_chat('Hello, I need help with my order.');",
    "n += 1\nlabel.value = f'trial-{n}.'",
    "n += 1\nlabel.value = f'trial-{n}.'\nlabel.value",
)
# variant: (the cell it runs, where its message shows: the widget's bubbles or the Label)
NOTEBOOK_VARIANTS = {
    "floor": (5, "label"),
    "floor_shown": (6, "label"),
    "open_chat": (3, "widget"),
    "open_chat_quiet": (4, "widget"),
}


MEASURE_CELL = (
    """
async ({ cell, where, k }) => {"""
    + TIME_TO_VISIBLE
    + """
  const app = window.jupyterapp;
  const notebook = app.shell.currentWidget.content;
  const found = where === "widget"
    ? () => document.querySelectorAll(".oc-jupyter .oc-msg--customer").length >= k
    : () => [...document.querySelectorAll(".widget-label")].some((e) => e.textContent === `trial-${k}.`);
  notebook.activeCellIndex = cell;
  await new Promise((r) => requestAnimationFrame(() => r()));
  return await timeToVisible(document.body, found, () => app.commands.execute("notebook:run-cell"));
}
"""
)

KERNEL_IDLE = """() => {
  const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
  return kernel.status === "idle";
}"""


def _run_setup(page: Page) -> None:
    for cell in range(3):
        page.evaluate(
            "(cell) => { const nb = window.jupyterapp.shell.currentWidget.content; nb.activeCellIndex = cell;"
            " return window.jupyterapp.commands.execute('notebook:run-cell'); }",
            cell,
        )
        page.wait_for_function(KERNEL_IDLE)
    page.locator(".oc-jupyter .oc-root").wait_for()
    page.locator(".widget-label", has_text="trial-0.").wait_for()


def measure_notebook_latency(browser: Browser, *, trials: int, warmup: int = 3) -> LatencyResult:
    """Cell-to-visible samples (milliseconds) for ``open_chat`` and the Label floor.

    Examples
    --------
    >>> result = measure_notebook_latency(browser, trials=20)  # doctest: +SKIP
    >>> sorted(result.samples)  # doctest: +SKIP
    ['floor', 'open_chat']
    """
    result = LatencyResult()
    with tempfile.TemporaryDirectory(prefix="octocom-bench-jupyter-") as workdir:
        server = JupyterServer(Path(workdir))
        try:
            write_notebook(server.root / "bench.ipynb", *CELLS)
            page = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
            page.goto(server.page_url("lab", "bench.ipynb"))
            wait_for_notebook(page)
            _run_setup(page)
            rng = random.Random(6)
            shown = {"widget": 0, "label": 0}  # customer bubbles in the widget; the Label's trial number
            for round_index in range(warmup + trials):
                order = list(NOTEBOOK_VARIANTS)
                rng.shuffle(order)
                for variant in order:
                    cell, where = NOTEBOOK_VARIANTS[variant]
                    shown[where] += 1
                    timing = page.evaluate(MEASURE_CELL, {"cell": cell, "where": where, "k": shown[where]})
                    page.wait_for_function(KERNEL_IDLE)
                    time.sleep(0.15)  # let the report back (delivered) and the cell's tail settle
                    if round_index >= warmup:
                        result.samples.setdefault(variant, []).append(float(timing["frame"]))
                        result.dom_samples.setdefault(variant, []).append(float(timing["dom"]))
            page.context.close()
        finally:
            server.stop()
    return result
