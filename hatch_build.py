"""Hatch hooks: build the frontend bundles when one is missing; README.md for the index page.

A wheel ships the built bundles (``octocom_streamlit/_frontend``: the Streamlit
component and the Jupyter anywidget ESM), so its users never need Node. Building
from a clean clone or an sdist runs ``npm ci`` and ``npm run build`` (both bundles)
in ``frontend/`` first.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.metadata.plugin.interface import MetadataHookInterface

ROOT = Path(__file__).resolve().parent
BUNDLE = ROOT / "octocom_streamlit" / "_frontend" / "component" / "index.html"
JUPYTER_BUNDLE = ROOT / "octocom_streamlit" / "_frontend" / "jupyter" / "widget.js"
#: What the wheel carries from demos/ (repository path -> path in the wheel): `octocom-streamlit demo`
#: runs the gallery, `octocom-streamlit notebooks` copies the two notebooks.
WHEEL_COPIES = {
    "demos/gallery": "octocom_streamlit/_demos/gallery",
    "demos/skincare.ipynb": "octocom_streamlit/_demos/skincare.ipynb",
    "demos/skincare_marimo.py": "octocom_streamlit/_demos/skincare_marimo.py",
}


class FrontendBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "standard":
            # `octocom-streamlit demo` runs the gallery from the installed package and
            # `octocom-streamlit notebooks` copies the notebooks: the wheel carries copies of them
            # (the repository keeps them in demos/ for `make demo` and the notebook tests). Not in
            # editable installs, which use demos/ of the checkout.
            for source, target in WHEEL_COPIES.items():
                build_data["force_include"][str(ROOT / source)] = target
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


#: README.md's parts for a clone only (make, tests/, the repository's files): the index page leaves them out.
_REPOSITORY_ONLY = re.compile(r"^<!-- repository-only -->\n.*?^<!-- /repository-only -->\n?", re.M | re.S)
_COMMENT_LINE = re.compile(r"^<!--.*?-->\n?", re.M)
_RELATIVE_IMAGE = re.compile(r"!\[[^\]]*\]\((?!https?:)[^)]*\)")
_RELATIVE_LINK = re.compile(r"\[([^\]]+)\]\((?!https?:|#)[^)]*\)")
_TABLE_RULE = re.compile(r"^\|(\s*:?-{3,}:?\s*\|)+$")


def pypi_readme(text: str) -> str:
    """README.md as a package index shows it: what a wheel's user has, and no broken links.

    The parts between ``<!-- repository-only -->`` and ``<!-- /repository-only -->``
    speak of a clone (``make``, ``tests/``, the repository's files): they are left out,
    and so is any other comment line (a marker for a tool, such as ``make bench``'s table).
    Screenshot tables (rows of images, blank cells and a header rule) and lone images
    point to files in the repository: they are dropped. A relative link keeps its text.
    """
    blocks = []
    for block in _COMMENT_LINE.sub("", _REPOSITORY_ONLY.sub("", text)).split("\n\n"):
        lines = block.strip("\n").splitlines()
        if lines and any(_RELATIVE_IMAGE.search(line) for line in lines):
            kept = []
            for line in lines:
                rest = _RELATIVE_IMAGE.sub("", line)
                if not rest.replace("|", "").strip() or _TABLE_RULE.match(line.strip()):
                    continue  # an image row, a blank header row or the rule under it
                kept.append(rest)
            if not kept or (all(line.startswith("|") for line in kept) and len(kept) < 3):
                continue
            block = "\n".join(kept)
        blocks.append(_RELATIVE_LINK.sub(r"\1", block))
    return "\n\n".join(blocks)


class PypiReadmeHook(MetadataHookInterface):
    """``readme`` is dynamic: README.md through :func:`pypi_readme`."""

    PLUGIN_NAME = "custom"

    def update(self, metadata: dict[str, Any]) -> None:
        text = (ROOT / "README.md").read_text(encoding="utf-8")
        metadata["readme"] = {"content-type": "text/markdown", "text": pypi_readme(text)}
