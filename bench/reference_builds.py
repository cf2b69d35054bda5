"""Reference frontends to compare payloads with: a React component on the Streamlit
component template's stack (our own small source in ``bench/react_reference``, built
here with npm) and ``streamlit-js-eval``'s wheel.

Getting them needs a package registry (npm, PyPI), so ``make bench`` never does:
it uses what ``.make/bench/`` already holds (the React build, or its npm packages to
build it from offline; the wheel) and reports a reference it cannot find there as
skipped, with the reason, never as a number. ``make bench-references``
(``python -m bench.reference_builds``) fetches and builds them, once, with a network.
"""

from __future__ import annotations

import argparse
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
_PACKAGE_FILES = ("package.json", "package-lock.json")
JS_EVAL = "streamlit-js-eval"
REACT_NAME = "React component on the template's stack"
FETCH_HINT = "run `make bench-references` once with a network"


@dataclass
class ReferenceBuild:
    """Where a reference frontend's ``index.html`` is, or why it is missing."""

    name: str
    index_html: Path | None
    detail: str


def _sources(folder: Path, names: tuple[str, ...] = _SOURCE_FILES) -> list[Path]:
    found: list[Path] = []
    for name in names:
        path = folder / name
        found.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    return found


def _digest(folder: Path, names: tuple[str, ...] = _SOURCE_FILES) -> str:
    digest = hashlib.sha256()
    for path in _sources(folder, names):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _run(command: list[str], cwd: Path, timeout: float) -> str | None:
    """Run ``command``; ``None`` when it succeeded, else why it failed."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode == 0:
        return None
    tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
    return f"`{' '.join(command)}` failed: {' / '.join(tail)}"


def react_reference(*, fetch: bool = False, cache: Path = CACHE) -> ReferenceBuild:
    """The build of ``bench/react_reference`` (React 18, streamlit-component-lib, Bootstrap 4.5 CSS).

    The component template's own files are not copied into this repository: this is our
    own small component on the same npm packages, built the same way (Vite, ``base: ./``).
    Without ``fetch`` it uses the cached build, or builds offline from npm packages already
    installed in ``cache`` for this ``package-lock.json``; else it is skipped. ``fetch=True``
    installs them first (``npm ci``: needs the npm registry).

    Examples
    --------
    >>> react_reference().index_html  # doctest: +SKIP
    PosixPath('.../.make/bench/react-reference/build/index.html')
    >>> react_reference(cache=Path("/tmp/empty")).detail  # doctest: +SKIP
    'skipped: not built locally; run `make bench-references` once with a network'
    """
    work = cache / "react-reference"
    built_stamp, installed_stamp = work / ".built-from", work / ".installed-from"
    index = work / "build" / "index.html"
    digest, packages = _digest(REACT_SOURCE), _digest(REACT_SOURCE, _PACKAGE_FILES)
    detail = (
        "bench/react_reference: our own 25-line React component with the template's packages "
        "(react 18.3.1, react-dom, streamlit-component-lib 2.0.0 with apache-arrow, bootstrap 4.5.0 CSS), "
        "npm ci + vite build"
    )
    if index.is_file() and built_stamp.is_file() and built_stamp.read_text() == digest:
        return ReferenceBuild(REACT_NAME, index, detail + " (cached build)")
    installed = (
        (work / "node_modules").is_dir()
        and installed_stamp.is_file()
        and installed_stamp.read_text() == packages
    )
    if not installed and not fetch:
        return ReferenceBuild(REACT_NAME, None, f"skipped: not built locally; {FETCH_HINT}")
    if shutil.which("npm") is None:
        return ReferenceBuild(REACT_NAME, None, "skipped: npm is not installed")
    if not installed and work.exists():
        shutil.rmtree(work)
    for stale in (work / "src", work / "build"):
        if stale.exists():
            shutil.rmtree(stale)
    work.mkdir(parents=True, exist_ok=True)
    for path in _sources(REACT_SOURCE):
        target = work / path.relative_to(REACT_SOURCE)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    if not installed:
        failure = _run(["npm", "ci", "--no-audit", "--no-fund"], work, timeout=240)
        if failure is not None:
            return ReferenceBuild(REACT_NAME, None, failure)
        installed_stamp.write_text(packages)
    failure = _run(["npx", "--no-install", "vite", "build"], work, timeout=240)
    if failure is not None:
        return ReferenceBuild(REACT_NAME, None, failure)
    built_stamp.write_text(digest)
    return ReferenceBuild(REACT_NAME, index, detail)


def js_eval_reference(*, fetch: bool = False, cache: Path = CACHE) -> ReferenceBuild:
    """The frontend of the newest ``streamlit-js-eval`` wheel in ``cache``, unpacked.

    Without ``fetch`` a missing wheel is skipped; ``fetch=True`` first downloads the newest
    one with pip (needs PyPI).

    Examples
    --------
    >>> js_eval_reference().detail  # doctest: +SKIP
    'streamlit_js_eval-1.0.0-py3-none-any.whl (pip download), streamlit_js_eval/index.html'
    """
    name = "streamlit-js-eval"
    target = cache / "js-eval"
    failure = ""
    if fetch:
        target.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "pip", "download", JS_EVAL, "--no-deps", "--only-binary", ":all:"]
        failure = _run([*command, "-d", str(target)], target, timeout=120) or ""
    wheels = sorted(target.glob("streamlit_js_eval-*.whl")) if target.is_dir() else []
    if not wheels:
        reason = failure or f"skipped: the {JS_EVAL} wheel is not downloaded locally; {FETCH_HINT}"
        return ReferenceBuild(name, None, reason)
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


def references(*, fetch: bool = False, cache: Path = CACHE) -> list[ReferenceBuild]:
    """Both references, in the order figure 3 lists them."""
    return [react_reference(fetch=fetch, cache=cache), js_eval_reference(fetch=fetch, cache=cache)]


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.reference_builds`` (``make bench-references``): fetch and build both.

    Exits 1 when either could not be had (the reason is printed).
    """
    parser = argparse.ArgumentParser(prog="python -m bench.reference_builds", description=__doc__)
    parser.parse_args(argv)
    found = references(fetch=True)
    for reference in found:
        where = reference.index_html or "not available"
        print(f"{reference.name}: {where}\n  {reference.detail}")
    return 0 if all(reference.index_html is not None for reference in found) else 1


if __name__ == "__main__":
    raise SystemExit(main())
