"""The unit tests need no Playwright: the conftest chain and ``tests/support`` load without it.

A fresh interpreter refuses every ``playwright`` import, then collects all of
``tests/unit`` (every unit test module, the root conftest and its plugin) and runs
``test_models.py``.
"""

from __future__ import annotations

import subprocess
import sys

from tests.support.paths import ROOT

WITHOUT_PLAYWRIGHT = """
import sys

class NoPlaywright:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "playwright":
            raise ModuleNotFoundError(f"No module named {name!r} (refused by the test)", name=name)
        return None

sys.meta_path.insert(0, NoPlaywright())
try:
    import playwright
except ModuleNotFoundError:
    pass
else:
    raise SystemExit("playwright was imported despite the blocker")

import pytest

options = ["-q", "-p", "no:cacheprovider"]
collected = pytest.main([*options, "--collect-only", "tests/unit"])
ran = pytest.main([*options, "tests/unit/test_models.py"])
raise SystemExit(collected or ran)
"""


def test_unit_tests_run_without_playwright() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_PLAYWRIGHT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
