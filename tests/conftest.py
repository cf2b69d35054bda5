"""Options and plugins for the whole test suite (pytest reads this top-level conftest).

The shared fixtures (one headless Chromium, the Streamlit servers) are in the plugin
``tests/support/fixtures.py``; the helpers every suite and ``bench/`` use are in
``tests/support/``. Neither imports Playwright before a browser test needs it, so the unit
tests run without it.
"""

from __future__ import annotations

import pytest

pytest_plugins = ["tests.support.fixtures"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--heavy",
        action="store_true",
        default=False,
        help="run the heavier variants of the reliability suite (more calls, sessions, examples)",
    )
