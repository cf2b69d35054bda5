"""Options and plugins for the whole test suite (pytest reads this top-level conftest).

The shared fixtures (one headless Chromium, the Streamlit servers) are in the plugin
``tests/support/fixtures.py``, the three-engine ``driver`` in ``tests/support/engines/fixtures.py``;
the helpers every suite and ``bench/`` use are in ``tests/support/``. None imports Playwright,
Marionette or Selenium before a browser test needs it, so the unit tests run without them.
"""

from __future__ import annotations

import pytest

pytest_plugins = ["tests.support.fixtures", "tests.support.engines.fixtures"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--heavy",
        action="store_true",
        default=False,
        help="run the heavier variants of the reliability suite (more calls, sessions, examples)",
    )
