"""Options for the whole test suite (pytest reads them from this top-level conftest)."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--heavy",
        action="store_true",
        default=False,
        help="run the heavier variants of the reliability suite (more calls, sessions, examples)",
    )
