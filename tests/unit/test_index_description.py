"""The index page's description names only what the wheel holds.

The description is the wheel's metadata as the build backend writes it: README.md through
pyproject.toml's ``[tool.hatch.metadata.hooks.fancy-pypi-readme]``. A wheel's user has the
package, the ``octocom-streamlit`` command and what the wheel carries from ``demos/``
(``[tool.hatch.build.targets.wheel.force-include]``), but no clone: no ``make``, no
``tests/``, no ``demos/`` folder, no screenshots. The index page leads with ``pip install``
and the command.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from build.util import project_wheel_metadata

from octocom_streamlit.cli import NOTEBOOKS, _parser
from tests.support.paths import ROOT
from tests.support.pyproject import WHEEL_COPIES

#: Files of the repository a description may name although the wheel lacks them at that path.
NAMEABLE = {"README.md", "LICENSE"}  # the description is README.md; the wheel has LICENSE in its metadata


@pytest.fixture(scope="module")
def description() -> str:
    """The wheel's METADATA body, from the build backend's own metadata hook (PEP 517's
    ``prepare_metadata_for_build_wheel``) in this environment: what the index shows."""
    metadata = project_wheel_metadata(ROOT, isolated=False)
    assert metadata["Description-Content-Type"] == "text/markdown"
    text = metadata.get_payload()  # type: ignore[attr-defined]
    assert isinstance(text, str)
    return text


def clone_only_names() -> set[str]:
    """Every path of the repository outside the package, its folders, and its top-level files."""
    listed = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    names: set[str] = set()
    for path in listed:
        if path.startswith("octocom_streamlit/") or path in NAMEABLE:
            continue
        parts = path.split("/")
        names.add(path)
        names.update("/".join(parts[: i + 1]) + "/" for i in range(len(parts) - 1))
    assert "demos/skincare.ipynb" in names and "tests/" in names and "Makefile" in names
    return names


def test_the_description_names_no_file_of_a_clone(description: str) -> None:
    named = sorted(
        name
        for name in clone_only_names()
        if re.search(rf"(?<![\w./-]){re.escape(name)}(?![\w-])", description)
    )
    assert named == []


def test_the_description_asks_for_no_make_command_and_shows_no_screenshot_text(description: str) -> None:
    assert re.findall(r"\bmake [a-z-]+", description) == []
    assert "screenshot" not in description.lower() and "![" not in description


def test_it_leads_with_pip_install_and_the_command(description: str) -> None:
    first_section = description.split("\n## ", 2)[1]
    assert first_section.startswith("Install and run\n")
    assert re.search(r"```bash\npip install octocom-streamlit\b", first_section)
    assert "octocom-streamlit demo" in first_section and "octocom-streamlit notebooks" in first_section


def test_every_command_it_names_exists(description: str) -> None:
    named = set(re.findall(r"(?:^|`)octocom-streamlit ([a-z][a-z-]*)", description, re.M))  # in code
    assert named >= {"demo", "notebooks", "try-loader", "snippet"}
    commands = next(action for action in _parser()._actions if action.dest == "command")
    assert named <= set(commands.choices)  # type: ignore[arg-type]


def test_the_notebooks_it_names_are_in_the_wheel(description: str) -> None:
    named = set(re.findall(r"`([\w-]+\.ipynb|[\w-]+_marimo\.py)`", description))
    assert named == set(NOTEBOOKS)  # what `octocom-streamlit notebooks` copies
    for name in NOTEBOOKS:
        (source,) = [source for source, target in WHEEL_COPIES.items() if target.endswith(f"/_demos/{name}")]
        assert (ROOT / source).is_file()
