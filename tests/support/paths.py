"""Where things are: the repository root, and where a test's screenshot goes."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def screenshot_path(folder: str, name: str) -> str:
    """Where a test's screenshot goes: ``docs/<folder>/`` when OCTOCOM_UPDATE_SCREENSHOTS=1
    (to refresh the README's pictures), else a temporary folder (still taken, not kept)."""
    if os.environ.get("OCTOCOM_UPDATE_SCREENSHOTS") == "1":
        target = ROOT / "docs" / folder
    else:
        target = Path(os.environ.get("TMPDIR", "/tmp")) / "octocom-screenshots" / folder
    target.mkdir(parents=True, exist_ok=True)
    return str(target / f"{name}.png")
