"""Hand a batch of calls to ``apps/batch_app.py`` and read back what the widget showed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from tests.reliability.driving import click_and_wait
from tests.support.streamlit_page import WIDGET_IFRAME

# Each customer bubble of the preview widget: its exact text, its image's src, its note.
READ_BUBBLES = """
() => {
  const doc = document.querySelector('iframe[title*="octocom_widget"]').contentDocument;
  return [...doc.querySelectorAll(".oc-msg--customer")].map((bubble) => ({
    text: bubble.querySelector(".oc-msg-text")?.textContent ?? null,
    image: bubble.querySelector("img")?.getAttribute("src") ?? null,
    note: bubble.querySelector(".oc-msg-note")?.textContent ?? null,
    elements: [...bubble.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()),
  }));
}
"""


def write_batch(folder: Path, name: str, calls: list[tuple[str | None, str | None]]) -> None:
    """Write ``calls`` where the app named ``?batch=<name>`` reads them."""
    data = [{"content": content, "image_url": image_url} for content, image_url in calls]
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


def send_batch(page: Page) -> None:
    """Click "Send batch" and wait for the run it starts to end."""
    sent = int(page.evaluate(SENT_BATCHES))
    click_and_wait(page, "Send batch", f"batches sent: {sent + 1} script-finished")


SENT_BATCHES = """
() => {
  const text = document.body.textContent || "";
  const match = /batches sent: (\\d+) script-finished/.exec(text);
  return match ? Number(match[1]) : 0;
}
"""


def bubbles(page: Page) -> list[dict[str, Any]]:
    """The customer bubbles in the widget, oldest first."""
    page.locator(WIDGET_IFRAME).wait_for()
    return page.evaluate(READ_BUBBLES)  # type: ignore[no-any-return]
