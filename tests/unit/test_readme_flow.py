"""The README's "test a flow" example, run as written (app.py and test_app.py from README.md)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_block(first_line: str) -> str:
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.DOTALL)
    (block,) = [b for b in blocks if b.startswith(first_line)]
    return block


def test_the_readme_flow_test_passes_and_can_fail(tmp_path: Path) -> None:
    app = readme_block("# app.py\n")
    (tmp_path / "app.py").write_text(app)
    (tmp_path / "test_app.py").write_text(readme_block("# test_app.py"))
    spec = importlib.util.spec_from_file_location("readme_test_app", tmp_path / "test_app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.test_checkout_failure_opens_the_chat()  # AppTest.from_file resolves app.py next to the test

    # The same test fails on an app whose failed checkout does not open the chat.
    (tmp_path / "app.py").write_text(app.replace("oc.open_chat(", "st.error("))
    try:
        module.test_checkout_failure_opens_the_chat()
    except AssertionError:
        pass
    else:
        raise AssertionError("the README's test passed on an app that never opens the chat")
