"""README's Python examples, pasted into an app as they are, do what their text says.

Streamlit examples run under ``AppTest`` (twice: a rerun included) after the README's
own preamble (``import streamlit as st`` and ``import octocom_streamlit as oc``) and a
``chat_widget()`` where the example draws none; the doctest block runs as a doctest;
the Jupyter example runs in a folder that holds its ``selfie.jpg``. Every Python block of
README.md must be claimed by one check below, so a new example gets a test too.
"""

from __future__ import annotations

import doctest
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

import octocom_streamlit as oc
from tests.support.carriers import carriers
from tests.support.images import solid_png

README = Path(__file__).resolve().parents[2] / "README.md"
PREAMBLE = "import streamlit as st\nimport octocom_streamlit as oc\n"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def block(marker: str) -> str:
    (found,) = [code for code in python_blocks() if marker in code]
    return found


def run_app(code: str, runs: int = 2) -> list[list[dict[str, Any]]]:
    """Run ``code`` as a Streamlit app ``runs`` times; return the carriers each run wrote."""
    script = code if "import streamlit" in code else PREAMBLE + code
    if "chat_widget(" not in script:
        script += "\noc.chat_widget()\n"
    at = AppTest.from_string(script, default_timeout=30)
    sent = []
    for _ in range(runs):
        at.run()
        assert not at.exception, [e.message for e in at.exception]
        sent.append(carriers(at))
    return sent


def contents(sent: list[dict[str, Any]]) -> list[str | None]:
    return [c["detail"].get("message", {}).get("content") if c["kind"] == "open" else c["kind"] for c in sent]


def check_quick_start() -> None:
    assert run_app(block('st.button("Help with my order")')) == [[], []]  # nothing until the click


def check_open_chat_examples() -> None:
    first, rerun = run_app(block('once="plan-nudge"'))
    assert contents(first) == [
        None,
        "Hello, I need help with my order.",
        "See photo",
        "Can someone help me choose a plan?",
    ]
    assert first[3]["delayMs"] == 30_000
    # A rerun makes every call again: the plain ones dispatch again, the once= nudge does not.
    assert contents(rerun) == [None, "Hello, I need help with my order.", "See photo"]


def check_chat_button() -> None:
    at = AppTest.from_string(PREAMBLE + "oc.chat_widget()\n" + block("oc.chat_button("), default_timeout=30)
    at.run()
    assert not at.exception
    buttons = [h.proto.body for h in at.get("html") if "data-octocom-button" in h.proto.body]
    assert len(buttons) == 1 and "What explains the change in revenue since March?" in buttons[0]


def check_widget_report() -> None:
    assert run_app(block("on_event=lambda e: st.toast")) == [[], []]


def check_flow_app() -> None:
    assert run_app(block("# app.py\n")) == [[], []]  # nothing until "Pay" is clicked


def check_flow_test(tmp_path: Path) -> None:
    """README's flow test passes on its app, and fails on an app that never opens the chat."""
    import importlib.util

    app = block("# app.py\n")
    (tmp_path / "app.py").write_text(app)
    (tmp_path / "test_app.py").write_text(block("# test_app.py"))
    spec = importlib.util.spec_from_file_location("readme_test_app", tmp_path / "test_app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.test_checkout_failure_opens_the_chat()  # AppTest.from_file finds app.py beside the test
    (tmp_path / "app.py").write_text(app.replace("oc.open_chat(", "st.error("))
    with pytest.raises(AssertionError):
        module.test_checkout_failure_opens_the_chat()


def check_loader() -> None:
    run_app(block("loader="), runs=1)


def check_doctest() -> None:
    examples = doctest.DocTestParser().get_doctest(block(">>> print("), {"oc": oc}, "README", None, 0)
    result = doctest.DocTestRunner().run(examples)
    assert result.failed == 0 and result.attempted == 1


def check_jupyter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "selfie.jpg").write_bytes(solid_png(8, 8))
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {}
    exec(compile(block(JUPYTER), "README", "exec"), namespace)
    kinds = [(e["kind"], e.get("delayMs")) for e in namespace["w"]._envelopes]
    assert kinds == [("open", None), ("open", None), ("reply", None), ("open", 20_000), ("cancel", None)]


JUPYTER = "from octocom_streamlit.jupyter import ChatWidget"
MARIMO_DISPLAY, MARIMO_REACTIVE = "mo.ui.anywidget(w)", "ui.value"


def run_marimo_cells(*markers: str) -> dict[str, Any]:
    """Run README's marimo cells in order, as marimo would, with their cell-1 names in scope."""
    import marimo as mo

    from octocom_streamlit.jupyter import ChatWidget

    namespace: dict[str, Any] = {"mo": mo, "ChatWidget": ChatWidget}
    for marker in markers:
        exec(compile(block(marker), "README", "exec"), namespace)
    return namespace


def check_marimo_display() -> None:
    namespace = run_marimo_cells(MARIMO_DISPLAY)
    assert [e["detail"] for e in namespace["w"]._envelopes] == [
        {"type": "OPEN_OCTOCOM", "message": {"content": "Which serum suits dry skin?"}}
    ]
    assert "_envelopes" in namespace["ui"].value  # the anywidget element mirrors the widget's traits


def check_marimo_reactive() -> None:
    run_marimo_cells(MARIMO_DISPLAY, MARIMO_REACTIVE)  # the page's part: tests/jupyter/test_marimo_e2e.py


CHECKS: dict[str, Callable[..., None]] = {
    'st.button("Help with my order")': check_quick_start,
    'once="plan-nudge"': check_open_chat_examples,
    "oc.chat_button(": check_chat_button,
    "on_event=lambda e: st.toast": check_widget_report,
    "# app.py\n": check_flow_app,
    "# test_app.py": check_flow_test,
    "loader=": check_loader,
    ">>> print(": check_doctest,
    JUPYTER: check_jupyter,
    MARIMO_DISPLAY: check_marimo_display,
    MARIMO_REACTIVE: check_marimo_reactive,
}


def test_every_python_block_has_a_check() -> None:
    for code in python_blocks():
        claimed = [marker for marker in CHECKS if marker in code]
        assert len(claimed) == 1, f"README block claimed by {claimed}, expected one check:\n{code}"


@pytest.mark.parametrize("marker", list(CHECKS))
def test_readme_example(marker: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check = CHECKS[marker]
    if check is check_jupyter:
        check(tmp_path, monkeypatch)
    elif check is check_flow_test:
        check(tmp_path)
    else:
        check()
