"""Small statistics helpers for benchmark samples."""

from __future__ import annotations

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
