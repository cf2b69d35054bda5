"""Small statistics helpers for benchmark samples."""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence


def median(samples: Sequence[float]) -> float:
    """Median of ``samples``.

    Examples
    --------
    >>> median([3.0, 1.0, 2.0])
    2.0
    """
    return float(statistics.median(samples))


def quantile(samples: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``samples``, by linear interpolation.

    Examples
    --------
    >>> quantile([1.0, 2.0, 3.0, 4.0, 5.0], 0.9)
    4.6
    """
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def ratio(value: float, base: float) -> float:
    """``value / base``, or ``nan`` when ``base`` is zero.

    Examples
    --------
    >>> ratio(3.0, 2.0)
    1.5
    """
    return value / base if base else float("nan")


def ratio_interval(
    samples: Sequence[float], base: Sequence[float], *, level: float = 0.95, draws: int = 2000, seed: int = 11
) -> tuple[float, float]:
    """Bootstrap interval of ``median(samples) / median(base)`` at ``level`` (0..1).

    Both sample sets are resampled with replacement, independently, ``draws`` times
    with a fixed seed (the same samples give the same interval): a ratio whose interval
    straddles an aim is not told apart from it by this run.

    Examples
    --------
    >>> low, high = ratio_interval([10.0, 11.0, 12.0] * 10, [10.0] * 30)
    >>> 1.0 <= low <= 1.1 <= high <= 1.2
    True
    """
    rng = random.Random(seed)
    ratios = sorted(
        ratio(median(rng.choices(samples, k=len(samples))), median(rng.choices(base, k=len(base))))
        for _ in range(draws)
    )
    tail = (1.0 - level) / 2
    return quantile(ratios, tail), quantile(ratios, 1.0 - tail)


#: What ``make bench`` holds ``open_chat`` to: click to visible within this ratio of a floor.
PAINT_AIM = 1.05

#: What ``make bench`` holds the page drawing ``chat_widget()`` to: within this ratio of the same
#: page drawing a minimal components-v1 component (the framework's own cost of any component).
FRAMEWORK_AIM = 1.02


def aim_verdict(value: float, low: float, high: float, aim: float = PAINT_AIM) -> str:
    """Say where a ratio ``value``, with its interval ``low``-``high``, stands against ``aim``.

    Examples
    --------
    >>> aim_verdict(1.02, 1.01, 1.04)
    'within the 1.05x aim'
    >>> aim_verdict(1.12, 1.04, 1.19)
    'above the 1.05x aim at the median, though this run cannot rule the aim out'
    >>> aim_verdict(1.04, 0.96, 1.09)
    'within the 1.05x aim at the median, though this run cannot rule out more'
    """
    if high <= aim:
        return f"within the {aim:.2f}x aim"
    if low > aim:
        return f"above the {aim:.2f}x aim"
    if value > aim:
        return f"above the {aim:.2f}x aim at the median, though this run cannot rule the aim out"
    return f"within the {aim:.2f}x aim at the median, though this run cannot rule out more"
