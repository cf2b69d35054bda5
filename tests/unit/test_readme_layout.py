"""README's Layout section names paths that exist, and every module of the package.

A module moved or added without updating the map fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNLISTED = {"__init__.py", "__main__.py", "py.typed", "_frontend", "__pycache__"}


def layout_paths() -> list[str]:
    """Each path the Layout block names: top-level entries and the entries indented under them."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Layout\n.*?```\n(.*?)```", text, re.S)
    assert block is not None, "README.md has no Layout block"
    paths, parent = [], ""
    for line in block.group(1).splitlines():
        match = re.match(r"^( *)(\S.*?)(?:\s{2,}|$)", line)
        if match is None or len(match.group(1)) > 2:
            continue  # a description's continuation
        names = [name.strip() for name in match.group(2).split(",")]
        if not match.group(1):
            parent = names[0] if names[0].endswith("/") else ""
            paths.extend(names)
        else:
            paths.extend(parent + name for name in names)
    return paths


def test_every_path_in_the_layout_exists() -> None:
    missing = [path for path in layout_paths() if not (ROOT / path.split(" ")[0]).exists()]
    assert missing == []


def test_every_module_of_the_package_is_in_the_layout() -> None:
    listed = set(layout_paths())
    package = ROOT / "octocom_streamlit"
    unlisted = [
        f"octocom_streamlit/{child.name}{'/' if child.is_dir() else ''}"
        for child in sorted(package.iterdir())
        if child.name not in UNLISTED
        and f"octocom_streamlit/{child.name}{'/' if child.is_dir() else ''}" not in listed
    ]
    assert unlisted == []
