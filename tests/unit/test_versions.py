"""The Python package, its metadata and the npm package carry one version, and the Python
versions the package declares are the ones `make test` runs the tests on.

The Python version is written once, as ``__version__`` in ``octocom_streamlit/__init__.py``;
the build backend reads it from there into the sdist's and wheel's metadata. npm keeps its
own copy in ``frontend/package.json`` (and its lock file), which must say the same.
"""

from __future__ import annotations

import json
import re
import sys

import octocom_streamlit
from tests.support.paths import ROOT
from tests.support.pyproject import PYPROJECT as PYPROJECT_TOML

PYPROJECT = PYPROJECT_TOML["project"]


def built_version() -> str:
    """Return the version hatchling writes into the sdist's and wheel's metadata."""
    from hatchling.metadata.core import ProjectMetadata
    from hatchling.plugin.manager import PluginManager

    return str(ProjectMetadata(str(ROOT), PluginManager()).version)


def test_the_python_version_is_written_once() -> None:
    assert "version" not in PYPROJECT and "version" in PYPROJECT["dynamic"]
    assert PYPROJECT_TOML["tool"]["hatch"]["version"] == {"path": "octocom_streamlit/__init__.py"}
    assert built_version() == octocom_streamlit.__version__


def test_python_and_npm_versions_agree() -> None:
    npm = json.loads((ROOT / "frontend" / "package.json").read_text())["version"]
    lock = json.loads((ROOT / "frontend" / "package-lock.json").read_text())
    assert octocom_streamlit.__version__ == npm == lock["version"] == lock["packages"][""]["version"]


def test_the_declared_python_versions_are_the_tested_ones() -> None:
    makefile = (ROOT / "Makefile").read_text()
    extra = re.search(r"^EXTRA_PYTHONS := (.+)$", makefile, flags=re.MULTILINE)
    assert extra is not None
    # The default venv's python3 runs everything; EXTRA_PYTHONS run the lean set.
    default = ".".join(map(str, sys.version_info[:2])) if sys.prefix.endswith("/.venv") else None
    tested = set(extra.group(1).split()) | ({default} if default else set())
    prefix = "Programming Language :: Python :: 3."
    declared = {c.rsplit(" :: ", 1)[1] for c in PYPROJECT["classifiers"] if c.startswith(prefix)}
    assert tested <= declared
    assert len(declared) == len(extra.group(1).split()) + 1  # and one more: the default python3's
    oldest = min(declared, key=lambda v: tuple(map(int, v.split("."))))
    assert PYPROJECT["requires-python"] == f">={oldest}"
