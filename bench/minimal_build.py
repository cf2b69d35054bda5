"""The framework's floor for figure 1: a minimal components-v1 component, built offline.

``bench/minimal_component/`` is the component template's way with nothing of ours: an
``index.html`` and an entry that imports ``streamlit-component-lib``, writes its args as
text on each render message and calls ``Streamlit.setFrameHeight()``. It is built with the
project's own ``frontend/node_modules`` and Vite (no network) into
``.make/bench/minimal_component/``, rebuilt when its sources change; figure 1's
``component_floor`` page declares it with ``declare_component(path=...)``.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(__file__).resolve().parent / "minimal_component"
BUILD = ROOT / ".make" / "bench" / "minimal_component"
VITE = ROOT / "frontend" / "node_modules" / ".bin" / "vite"
_STAMP = ".source-digest"


def _digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in SOURCE.rglob("*") if p.is_file()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_minimal_component() -> Path:
    """Build the minimal component if its sources changed; return the folder to declare.

    Raises ``RuntimeError`` with Vite's output when the build fails (``make frontend``
    installs ``frontend/node_modules``, which the build needs).

    Examples
    --------
    >>> (build_minimal_component() / "index.html").is_file()  # doctest: +SKIP
    True
    """
    digest = _digest()
    stamp = BUILD / _STAMP
    if stamp.is_file() and stamp.read_text() == digest and (BUILD / "index.html").is_file():
        return BUILD
    if not VITE.is_file():
        raise RuntimeError(f"no {VITE}: run `make frontend` first (it installs frontend/node_modules)")
    done = subprocess.run(
        [str(VITE), "build", "--config", str(SOURCE / "vite.config.mjs"), "--outDir", str(BUILD)],
        cwd=ROOT / "frontend",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"building the minimal component failed:\n{done.stdout}{done.stderr}")
    stamp.write_text(digest)
    return BUILD


if __name__ == "__main__":
    print(build_minimal_component())
