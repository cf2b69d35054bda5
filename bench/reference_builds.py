"""Reference frontends to compare payloads with: a React component on the Streamlit
component template's stack (our own small source in ``bench/react_reference``, built
here with npm) and ``streamlit-js-eval``'s wheel.

Both need a package registry the first time (npm, PyPI); the results are cached in
``.make/bench/`` and reused. A failure is reported as a reason, never as a number.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".make" / "bench"
REACT_SOURCE = Path(__file__).resolve().parent / "react_reference"
_SOURCE_FILES = ("package.json", "package-lock.json", "index.html", "vite.config.ts", "src")
JS_EVAL = "streamlit-js-eval"


@dataclass
class ReferenceBuild:
    """Where a reference frontend's ``index.html`` is, or why it is missing."""

    name: str
    index_html: Path | None
    detail: str


def _sources(folder: Path) -> list[Path]:
    found: list[Path] = []
    for name in _SOURCE_FILES:
        path = folder / name
        found.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    return found


def _sources_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in _sources(folder):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_react_reference() -> ReferenceBuild:
    """Build ``bench/react_reference`` (React 18, streamlit-component-lib, Bootstrap 4.5 CSS).

    The component template's own files are not copied into this repository: this is our
    own small component on the same npm packages, built the same way (Vite, ``base: ./``).

    Examples
    --------
    >>> build = build_react_reference()  # doctest: +SKIP
    >>> build.index_html  # doctest: +SKIP
    PosixPath('.../.make/bench/react-reference/build/index.html')
    """
    name = "React component on the template's stack"
    work = CACHE / "react-reference"
    stamp = work / ".built-from"
    digest = _sources_digest(REACT_SOURCE)
    index = work / "build" / "index.html"
    detail = (
        "bench/react_reference: our own 25-line React component with the template's packages "
        "(react 18.3.1, react-dom, streamlit-component-lib 2.0.0 with apache-arrow, bootstrap 4.5.0 CSS), "
        "npm ci + vite build"
    )
    if index.is_file() and stamp.is_file() and stamp.read_text() == digest:
        return ReferenceBuild(name, index, detail + " (cached build)")
    if shutil.which("npm") is None:
        return ReferenceBuild(name, None, "npm is not installed")
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    for path in _sources(REACT_SOURCE):
        target = work / path.relative_to(REACT_SOURCE)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    for command in (["npm", "ci", "--no-audit", "--no-fund"], ["npx", "--no-install", "vite", "build"]):
        done = subprocess.run(command, cwd=work, capture_output=True, text=True, timeout=240, check=False)
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            return ReferenceBuild(name, None, f"`{' '.join(command)}` failed: {' / '.join(tail)}")
    stamp.write_text(digest)
    return ReferenceBuild(name, index, detail)


def download_js_eval() -> ReferenceBuild:
    """Download the newest ``streamlit-js-eval`` wheel with pip and unpack its frontend.

    Examples
    --------
    >>> download_js_eval().detail  # doctest: +SKIP
    'streamlit_js_eval-1.0.0-py3-none-any.whl from PyPI'
    """
    name = "streamlit-js-eval"
    target = CACHE / "js-eval"
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            JS_EVAL,
            "--no-deps",
            "--only-binary",
            ":all:",
            "-d",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    wheels = sorted(target.glob("streamlit_js_eval-*.whl"))
    if not wheels:
        tail = (done.stderr or done.stdout).strip().splitlines()[-2:]
        return ReferenceBuild(name, None, f"pip download failed: {' / '.join(tail)}")
    wheel = max(wheels, key=lambda p: p.stat().st_mtime)
    unpacked = target / wheel.stem
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    indexes = sorted(unpacked.rglob("index.html"), key=lambda p: len(p.parts))
    if not indexes:
        return ReferenceBuild(name, None, f"{wheel.name} has no index.html")
    return ReferenceBuild(
        name, indexes[0], f"{wheel.name} (pip download), {indexes[0].relative_to(unpacked)}"
    )
