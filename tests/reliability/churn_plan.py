"""A seeded plan of open_chat calls spread over reruns, for the exactly-once churn test.

The app (``apps/churn_app.py``) and the test build the same plan from the same seed:
each step is one rerun, started by a click on "Next" (a full rerun) or on "Next in
fragment" (a fragment rerun), and makes its calls in one place: in the script before
the widget, after it, in the button's ``on_click`` callback, in the fragment's body
or in the fragment button's callback. Some steps make no call; some calls repeat the
previous call exactly.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from octocom_streamlit import OpenChatEvent
from tests.support.images import png_data_url

Where = Literal["none", "before", "after", "callback", "fragment", "fragment_callback"]
WHERES: tuple[Where, ...] = ("none", "before", "after", "callback", "fragment", "fragment_callback")
WEIGHTS = (15, 25, 20, 15, 15, 10)
FRAGMENT_STEPS = frozenset({"fragment", "fragment_callback"})

IMAGES = (png_data_url(1, 1), png_data_url(2, 2, (30, 120, 200)))
WORDS = ("order", "héllo", "日本語", "emoji 🙂", "<b>bold?</b>", 'quote "x"', "tab\tand\nline", "&amp;")


@dataclass(frozen=True)
class Call:
    """The arguments of one ``open_chat`` call (``content=None`` only opens the widget)."""

    content: str | None
    image_url: str | None = None

    def detail(self) -> dict[str, Any]:
        """The ``detail`` the browser must dispatch for this call."""
        return OpenChatEvent.create(self.content, self.image_url).detail()


@dataclass(frozen=True)
class Step:
    """One rerun: where its calls happen, and the calls."""

    where: Where
    calls: tuple[Call, ...]

    @property
    def in_fragment(self) -> bool:
        """True when the step is a fragment rerun (clicked on "Next in fragment")."""
        return self.where in FRAGMENT_STEPS


def _call(rng: random.Random, number: int, previous: Call | None) -> Call:
    if previous is not None and rng.random() < 0.15:
        return previous  # an identical consecutive call: must be dispatched again
    if rng.random() < 0.08:
        return Call(None)
    content = f"call {number}: {rng.choice(WORDS)} {rng.randint(0, 999)}"
    return Call(content, rng.choice(IMAGES) if rng.random() < 0.1 else None)


@cache
def make_plan(seed: int, steps: int, calls: int) -> tuple[Step, ...]:
    """``steps`` reruns holding ``calls`` calls in all, the same for the same arguments.

    Examples
    --------
    >>> plan = make_plan(seed=1, steps=200, calls=1000)
    >>> len(plan), sum(len(step.calls) for step in plan)
    (200, 1000)
    """
    rng = random.Random(seed)
    wheres = [rng.choices(WHERES, WEIGHTS)[0] for _ in range(steps)]
    calling = [i for i, where in enumerate(wheres) if where != "none"]
    if not calling or len(calling) > calls:
        raise ValueError("the plan needs at least one calling step and no more calling steps than calls")
    counts = dict.fromkeys(calling, 1)
    for _ in range(calls - len(calling)):
        counts[rng.choice(calling)] += 1
    plan: list[Step] = []
    previous: Call | None = None
    number = 0
    for i, where in enumerate(wheres):
        made: list[Call] = []
        for _ in range(counts.get(i, 0)):
            number += 1
            previous = _call(rng, number, previous)
            made.append(previous)
        plan.append(Step(where, tuple(made)))
    return tuple(plan)


def expected_details(plan: tuple[Step, ...]) -> list[dict[str, Any]]:
    """Every call's detail, in plan order: what the widget must dispatch, once each."""
    return [call.detail() for step in plan for call in step.calls]
