"""Nothing accumulates per rerun: carriers, stored sequence numbers, the widget iframe's DOM.

(Memory is measured, not asserted, by ``python -m bench``: figure 5 of BENCHMARKS.md.)
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.reliability.driving import click_and_wait, wait_all_dispatched
from tests.support.pages import PageOpener
from tests.support.streamlit_page import wait_ready

# Elements of the widget iframe other than the conversation's bubbles (which grow by design).
COUNT_FRAME = """
() => {
  const doc = document.querySelector('iframe[title*="octocom_widget"]').contentDocument;
  const all = doc.querySelectorAll("*").length;
  return { outsideBubbles: all - doc.querySelectorAll(".oc-messages *").length,
           styles: doc.querySelectorAll("style").length };
}
"""
CARRIERS = "() => document.querySelectorAll('[data-octocom-command]').length"
# The tab's sessionStorage entries of the widget, by kind: "last-seq" (one per stream) and
# "conversation" (one per widget key, bounded: see frontend/src/preview/conversationStore.ts).
STORED = """() => {
  const kinds = {};
  for (const key of Object.keys(sessionStorage).filter((k) => k.startsWith("octocom-streamlit:"))) {
    const kind = key.split(":")[1];
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}"""


def rerun(page: Page, times: int, start: int) -> int:
    for n in range(start + 1, start + times + 1):
        click_and_wait(page, "Call", f"calls: {n} runs")
    return start + times


@pytest.fixture
def busy_page(open_page: PageOpener) -> Page:
    page = open_page("faults_app.py")
    wait_ready(page)
    return page


def test_carriers_and_stored_state_do_not_accumulate(busy_page: Page) -> None:
    page = busy_page
    calls = rerun(page, 30, 0)
    wait_all_dispatched(page, calls, settle=0.3)
    assert page.evaluate(CARRIERS) == 1  # only the last run's carrier is on the page
    # One sequence number per stream and one kept conversation per widget key, whatever the number of calls.
    assert page.evaluate(STORED) == {"last-seq": 1, "conversation": 1}


def test_widget_iframe_dom_stays_flat_over_reruns(busy_page: Page) -> None:
    page = busy_page
    calls = rerun(page, 5, 0)
    wait_all_dispatched(page, calls, settle=0.3)
    before = page.evaluate(COUNT_FRAME)
    calls = rerun(page, 30, calls)
    wait_all_dispatched(page, calls, settle=0.3)
    after = page.evaluate(COUNT_FRAME)
    assert after == before, f"after 30 more reruns: {before} -> {after}"
