"""The Python package, its metadata and the npm package carry one version."""

from __future__ import annotations

import json
from pathlib import Path

import tomllib

import octocom_streamlit

ROOT = Path(__file__).resolve().parents[2]


def test_python_and_npm_versions_agree() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    npm = json.loads((ROOT / "frontend" / "package.json").read_text())["version"]
    lock = json.loads((ROOT / "frontend" / "package-lock.json").read_text())["version"]
    assert pyproject == npm == lock == octocom_streamlit.__version__
