"""Exactly once under churn: a seeded mix of calls over reruns, every call dispatched once, in order.

The plan mixes several calls per run, identical consecutive calls, reruns without
calls, calls before and after the widget, in ``on_click`` callbacks, in fragment
reruns and in fragment callbacks. The browser only clicks "Next" (or "Next in
fragment"); the app performs the step. 0 lost, 0 duplicated, nothing reordered, no
extra rerun and the widget iframe never reloads.
"""

from __future__ import annotations

from collections import Counter

import pytest
from playwright.sync_api import Page

from tests.reliability.churn_plan import Step, expected_details, make_plan
from tests.reliability.driving import (
    click_and_wait,
    details,
    first_difference,
    wait_all_dispatched,
    wait_text,
)
from tests.support.pages import PageOpener
from tests.support.streamlit_page import wait_ready


def drive(page: Page, plan: tuple[Step, ...]) -> None:
    """Click through every step and wait for the run it starts to finish."""
    for number, step in enumerate(plan, start=1):
        if step.in_fragment:
            click_and_wait(page, "Next in fragment", f"fragment-step: {number} fragment-finished")
        else:
            click_and_wait(page, "Next", f"step: {number} runs:")


def check_exactly_once(page: Page, plan: tuple[Step, ...]) -> None:
    want = expected_details(plan)
    got = details(wait_all_dispatched(page, len(want)))
    lost = Counter(map(repr, want)) - Counter(map(repr, got))
    extra = Counter(map(repr, got)) - Counter(map(repr, want))
    assert not lost and not extra, f"lost {sum(lost.values())}, duplicated {sum(extra.values())}"
    assert got == want, first_difference(got, want)
    full = [number for number, step in enumerate(plan, start=1) if not step.in_fragment]
    wait_text(page, f"step: {full[-1]} runs: {1 + len(full)} script-finished")  # no extra rerun
    assert page.evaluate("window.__frameLoads") == 1
    assert page.evaluate("window.__alerts") == []


def churn_sizes(heavy: bool) -> list[tuple[int, int, int]]:
    return [(seed, 600, 3000) for seed in (11, 12, 13)] if heavy else [(7, 200, 1000)]


@pytest.mark.parametrize("variant", ["default"])
def test_every_call_dispatched_once_in_order(open_page: PageOpener, heavy: bool, variant: str) -> None:
    for seed, steps, calls in churn_sizes(heavy):
        plan = make_plan(seed, steps, calls)
        kinds = Counter(step.where for step in plan)
        assert all(kinds[where] > 0 for where in ("none", "before", "after", "callback", "fragment"))
        assert any(a == b for step in plan for a, b in zip(step.calls, step.calls[1:], strict=False))
        page = open_page("churn_app.py", f"?seed={seed}&steps={steps}&calls={calls}")
        wait_ready(page)
        drive(page, plan)
        check_exactly_once(page, plan)
        page.context.close()
