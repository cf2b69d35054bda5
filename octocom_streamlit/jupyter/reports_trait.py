"""The Jupyter binding's transport back: the reports a page writes to the ``_reports`` trait, each taken once.

The page (``frontend/src/jupyter/reportsTrait.ts``) numbers its reports ``n`` = 1, 2, ...
per page (a random ``page`` token per browser document) and writes every report Python
has not acknowledged yet, each time: front ends may merge or repeat trait writes (marimo
merges those that queue while the kernel is busy), so a write is a window, not a delta.
Python takes each ``(page, n)`` once, in order, and acknowledges the last one per page
in ``_reports_read``, after which the page drops what was read.
"""

from __future__ import annotations

from typing import Any

#: Pages whose read position is kept (the most recently heard from): a kernel outlives
#: many page loads, and a page long gone needs no acknowledgement.
MAX_PAGES = 64


class ReportsTrait:
    """Read positions per page; turns each write of the window into the reports not taken yet.

    Examples
    --------
    >>> reports = ReportsTrait()
    >>> window = [{"page": "p", "n": 1, "event": {"type": "opened"}}]
    >>> reports.take(window)
    [{'type': 'opened'}]
    >>> reports.take(window + [{"page": "p", "n": 2, "event": {"type": "closed"}}])
    [{'type': 'closed'}]
    >>> reports.read()
    {'p': 2}
    """

    def __init__(self) -> None:
        self._read: dict[str, int] = {}

    def take(self, window: Any) -> list[Any]:
        """Return the reports of ``window`` not taken before, oldest first; skip entries of another shape."""
        if not isinstance(window, list):
            return []
        fresh: list[tuple[str, int, Any]] = []
        for entry in window:
            if not isinstance(entry, dict):
                continue
            page, n = entry.get("page"), entry.get("n")
            if not isinstance(page, str) or isinstance(n, bool) or not isinstance(n, int):
                continue
            if n > self._read.get(page, 0):
                fresh.append((page, n, entry.get("event")))
        fresh.sort(key=lambda item: (item[0], item[1]))
        reports = []
        for page, n, report in fresh:
            if n > self._read.get(page, 0):  # a window repeating an entry takes it once
                self._mark(page, n)
                reports.append(report)
        return reports

    def read(self) -> dict[str, int]:
        """Return the last ``n`` taken per page (the ``_reports_read`` trait)."""
        return dict(self._read)

    def _mark(self, page: str, n: int) -> None:
        self._read.pop(page, None)
        self._read[page] = n  # most recent last
        while len(self._read) > MAX_PAGES:
            del self._read[next(iter(self._read))]
