"""What the package's docstring examples need to run as doctests (``make test-python``).

``pytest --doctest-modules octocom_streamlit`` runs every ``>>>`` example of the package.
The test suite's own options and fixtures are in ``tests/conftest.py``; this file (pytest
reads it for both) only touches doctests collected from ``octocom_streamlit/``:

* Two modules are Streamlit scripts that run when imported; they are not collected.
* The Streamlit functions' examples run in Streamlit's bare mode (Python outside
  ``streamlit run``): elements draw nowhere, ``st.button`` returns ``False`` and
  ``st.session_state`` is one dict for the whole process. Each doctest starts with it
  empty, as a new browser session does, so one example's ``once=`` ids or queued
  commands do not leak into the next.
* The examples of :mod:`octocom_streamlit.testing` call ``AppTest.from_file("app.py")``:
  they run in a fresh folder that holds the ``app.py`` that module's docstring shows, so
  the app the reader sees is the app the examples test.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent / "octocom_streamlit"

# Streamlit scripts that run at import (pytest also skips any __main__.py on its own).
collect_ignore = ["octocom_streamlit/_apps/try_loader.py", "octocom_streamlit/__main__.py"]


def example_app() -> str:
    """Return the ``app.py`` literal block of :mod:`octocom_streamlit.testing`'s docstring."""
    import octocom_streamlit.testing

    found = re.search(r"``app\.py``::\n\n((?:(?: {4}.*)?\n)+)", octocom_streamlit.testing.__doc__ or "")
    assert found, "octocom_streamlit.testing's docstring no longer shows its app.py as a literal block"
    return textwrap.dedent(found.group(1))


@pytest.fixture(autouse=True)
def _package_doctest(request: pytest.FixtureRequest) -> None:
    if PACKAGE not in request.node.path.parents:
        return  # a test of tests/: nothing to prepare
    import streamlit as st

    st.session_state.clear()
    if request.node.path == PACKAGE / "testing.py":
        folder: Path = request.getfixturevalue("tmp_path")
        (folder / "app.py").write_text(example_app(), encoding="utf-8")
        request.getfixturevalue("monkeypatch").chdir(folder)
