"""Hatch build hook: build the frontend bundles when one is missing.

A wheel ships the built bundles (``octocom_streamlit/_frontend``: the Streamlit
component and the Jupyter anywidget ESM), so its users never need Node. Building
from a clean clone or an sdist runs ``npm ci`` and ``npm run build`` (both bundles)
in ``frontend/`` first.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
BUNDLE = ROOT / "octocom_streamlit" / "_frontend" / "component" / "index.html"
JUPYTER_BUNDLE = ROOT / "octocom_streamlit" / "_frontend" / "jupyter" / "widget.js"


class FrontendBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if BUNDLE.is_file() and JUPYTER_BUNDLE.is_file():
            return
        frontend = ROOT / "frontend"
        npm = shutil.which("npm")
        if npm is None or not frontend.is_dir():
            raise RuntimeError(
                "The frontend bundle is missing and cannot be built here: install Node.js 20+ "
                "with npm, or install octocom-streamlit from a wheel that ships the bundle."
            )
        install = "ci" if (frontend / "package-lock.json").is_file() else "install"
        subprocess.run([npm, install, "--no-audit", "--no-fund"], cwd=frontend, check=True)
        subprocess.run([npm, "run", "build"], cwd=frontend, check=True)
