"""pyproject.toml as the tests read it: what the wheel carries from ``demos/``."""

from __future__ import annotations

import sys
from typing import Any

from tests.support.paths import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 (the oldest lean run)
    import tomli as tomllib

PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

#: What the wheel carries from demos/ (repository path -> path in the wheel), as hatch's
#: ``[tool.hatch.build.targets.wheel.force-include]`` declares it: `octocom-streamlit demo` runs
#: the gallery, `octocom-streamlit notebooks` copies the notebooks.
WHEEL_COPIES: dict[str, str] = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
