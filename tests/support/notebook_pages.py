"""Reading and driving a notebook page (JupyterLab, Notebook 7, Voilà, marimo) that shows the widget.

JupyterLab and Notebook 7 expose ``window.jupyterapp`` (see
:data:`tests.support.notebook_servers.SERVER_CONFIG`); what the page's document dispatched
is what :data:`~tests.support.recorders.DOCUMENT_RECORDER` recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from octocom_streamlit import OpenChatEvent

if TYPE_CHECKING:
    from playwright.sync_api import Page


def wait_for_notebook(page: Page, timeout_ms: float = 60_000) -> None:
    """The notebook is open and its kernel is connected and idle."""
    page.wait_for_function(
        """() => {
          const panel = window.jupyterapp?.shell?.currentWidget;
          const kernel = panel?.sessionContext?.session?.kernel;
          return !!panel?.content?.widgets?.length && kernel?.connectionStatus === "connected"
            && kernel?.status === "idle";
        }""",
        timeout=timeout_ms,
    )


def run_all_cells(page: Page) -> None:
    """Run every cell through the front end's own command (as the Run menu does)."""
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")


def kernel_output(page: Page, code: str) -> str:
    """Execute ``code`` in the notebook's kernel from the page; return what it printed."""
    return str(
        page.evaluate(
            """async (code) => {
              const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
              const out = [];
              const future = kernel.requestExecute({ code });
              future.onIOPub = (msg) => {
                if (msg.header.msg_type === "stream") out.push(msg.content.text);
                if (msg.header.msg_type === "error") out.push(msg.content.ename + ": " + msg.content.evalue);
              };
              await future.done;
              return out.join("");
            }""",
            code,
        )
    )


def seen(page: Page) -> list[dict[str, Any]]:
    """Every openChatEvent the notebook document dispatched, in order."""
    return page.evaluate("() => window.__seen")  # type: ignore[no-any-return]


def details(*contents: str) -> list[dict[str, Any]]:
    """The ``detail`` of ``open_chat(content)`` for each content, as the page dispatches it."""
    return [OpenChatEvent.create(content).detail() for content in contents]


def theme_read(page: Page) -> dict[str, str]:
    """What the first widget view took from the page's theme (frontend/src/jupyter/notebookTheme.ts):
    the ``--oc-*`` variables set on its container, empty when the page defines none it reads."""
    return page.locator(".oc-jupyter").first.evaluate(  # type: ignore[no-any-return]
        """(el) => Object.fromEntries(["--oc-bg", "--oc-text", "--oc-font"]
             .map((name) => [name, el.style.getPropertyValue(name)]).filter(([, v]) => v))"""
    )
