"""Small helpers that drive the reliability apps through the page."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

from tests.support.streamlit_page import dispatched, wait_until


def wait_text(page: Page, text: str, timeout_ms: float = 20_000) -> None:
    """Wait until ``text`` is somewhere in the page's visible text."""
    page.get_by_text(text).first.wait_for(state="attached", timeout=timeout_ms)


CLICK_AND_WAIT = """
async ({ name, marker, timeoutMs }) => {
  const button = [...document.querySelectorAll("button")].find((b) => (b.textContent || "").trim() === name);
  if (!button) throw new Error(`no button ${name}`);
  const shown = () => (document.body.textContent || "").includes(marker);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error(`no ${marker}`)); }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (shown()) { clearTimeout(timer); observer.disconnect(); resolve(null); }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    button.click();
  });
}
"""


def click_and_wait(page: Page, name: str, marker: str, timeout_ms: float = 20_000) -> None:
    """Click the button ``name`` in the page and wait until ``marker`` appears, in one round trip.

    Faster than Playwright's click + wait for long drives; the click is the DOM's
    ``click()`` on Streamlit's button, which Streamlit handles like a person's click.
    """
    page.evaluate(CLICK_AND_WAIT, {"name": name, "marker": marker, "timeoutMs": timeout_ms})


def click(page: Page, name: str) -> None:
    """Click the Streamlit button labelled ``name``."""
    page.get_by_role("button", name=name, exact=True).click()


def wait_all_dispatched(
    page: Page, count: int, timeout: float = 60.0, settle: float = 1.0
) -> list[dict[str, Any]]:
    """Wait for ``count`` dispatches in the widget, then ``settle`` seconds to catch extras."""
    wait_until(lambda: len(dispatched(page)) >= count, timeout=timeout, message=f"{count} dispatches")
    page.wait_for_timeout(settle * 1000)
    return dispatched(page)


def details(seen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``detail`` of each recorded ``openChatEvent``."""
    assert all(event["type"] == "openChatEvent" for event in seen)
    return [event["detail"] for event in seen]


def first_difference(got: list[Any], want: list[Any]) -> str:
    """Where two sequences part, for a readable assertion message."""
    for index, (a, b) in enumerate(zip(got, want, strict=False)):
        if a != b:
            return f"first difference at #{index}: got {a!r}, want {b!r}"
    return f"lengths differ: got {len(got)}, want {len(want)}"
