"""What the package's docstring examples need to run as doctests (``make test-python``).

``pytest --doctest-modules octocom_streamlit`` runs every ``>>>`` example of the package.
The test suite's own options and fixtures are in ``tests/conftest.py``; this file (pytest
reads it for both) only touches doctests collected from ``octocom_streamlit/``:

* Two modules are Streamlit scripts that run when imported; they are not collected.
* The examples run as a reader's app would: each one inside a Streamlit script run of
  its own (``AppTest``, no server), because the Streamlit functions refuse to run outside
  one (``StreamlitRunRequired``). Elements draw into that run, ``st.button`` returns
  ``False`` and each example starts with a fresh ``st.session_state``, as a new browser
  session does. The examples of the Jupyter binding (which needs no Streamlit) and of
  :mod:`octocom_streamlit.testing` and its implementation
  (:mod:`octocom_streamlit.streamlit.apptest`), which start their own ``AppTest`` runs, run
  as plain Python.
* The examples of those two modules call ``AppTest.from_file("app.py")``: they run in a
  fresh folder that holds the ``app.py`` that :mod:`octocom_streamlit.testing`'s
  docstring shows, so the app the reader sees is the app the examples test.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

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


#: The modules whose examples test the ``app.py`` of :func:`example_app` with ``AppTest``.
APPTEST_EXAMPLES = (PACKAGE / "testing.py", PACKAGE / "streamlit" / "apptest.py")

#: Modules whose examples run as plain Python, not inside a Streamlit script run.
OUTSIDE_A_RUN = (*APPTEST_EXAMPLES, PACKAGE / "jupyter")


def _run_in_script(runner: object, test: object, out: list[object], raised: list[BaseException]) -> None:
    """The body of the ``AppTest`` script that runs one doctest (``AppTest.from_function``).

    ``AppTest`` runs this function's source as the script, so its annotations name builtins only.
    """
    try:
        runner.run(test, out=out)  # type: ignore[attr-defined]
    except BaseException as error:  # a failure report: re-raised by the test, outside the script
        raised.append(error)


class _InScriptRun:
    """A doctest runner that runs each doctest inside an ``AppTest`` script run."""

    def __init__(self, runner: Any) -> None:
        self.__dict__["_runner"] = runner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._runner, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._runner, name, value)

    def run(self, test: Any, out: list[Any]) -> None:
        from streamlit.testing.v1 import AppTest

        raised: list[BaseException] = []
        arguments = (self._runner, test, out, raised)
        at = AppTest.from_function(_run_in_script, args=arguments, default_timeout=300)
        at.run()
        if raised:
            raise raised[0]
        assert not at.exception, f"the script running {test.name} failed: {[e.value for e in at.exception]}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        outside = any(item.path == place or place in item.path.parents for place in OUTSIDE_A_RUN)
        if isinstance(item, pytest.DoctestItem) and PACKAGE in item.path.parents and not outside:
            item.runner = _InScriptRun(item.runner)  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def _package_doctest(request: pytest.FixtureRequest) -> None:
    if PACKAGE not in request.node.path.parents:
        return  # a test of tests/: nothing to prepare
    if request.node.path in APPTEST_EXAMPLES:
        folder: Path = request.getfixturevalue("tmp_path")
        (folder / "app.py").write_text(example_app(), encoding="utf-8")
        request.getfixturevalue("monkeypatch").chdir(folder)
