"""Issue #10 end to end: from `pip install` of the built wheel to the gallery and try-loader.

The sdist is built from this checkout and the wheel from the sdist (``python -m build``'s
default, so the sdist must build with Node); the wheel is installed into a fresh virtual
environment whose PATH holds no Node, and its ``octocom-streamlit`` command serves the
gallery and the try-loader page to Chromium. What the packaging measured (sizes, the time
from ``pip install`` to the gallery answering, ``twine check``) goes to
``test-results/wheel-report.json``; no test asserts on time.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from octocom_streamlit import OpenChatEvent, __version__
from tests.support.loader_server import LoaderServer
from tests.support.pages import new_page
from tests.support.paths import ROOT, screenshot_path
from tests.support.pyproject import WHEEL_COPIES
from tests.support.servers import SERVER_OPTIONS, ServerProcess, free_port
from tests.support.streamlit_page import wait_dispatched, widget

REPORT = ROOT / "test-results" / "wheel-report.json"


@dataclass
class Installed:
    """The wheel installed into a fresh venv with no Node on PATH."""

    wheel: Path
    sdist: Path
    venv: Path
    env: dict[str, str]
    pip_started: float
    report: dict[str, Any] = field(default_factory=dict)

    def command(self, *args: str) -> list[str]:
        return [str(self.venv / "bin" / "octocom-streamlit"), *args]

    def serve(self, name: str, *args: str, cwd: Path) -> ServerProcess:
        port = free_port()
        command = self.command(*args, "--server.port", str(port), *SERVER_OPTIONS)
        return ServerProcess(command, port, cwd=cwd, env=self.env, name=f"wheel-{name}")


def _run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    assert result.returncode == 0, f"{command[:4]} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    started = time.monotonic()
    _run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)], timeout=900)
    build_seconds = time.monotonic() - started
    (sdist,) = dist.glob("*.tar.gz")
    (wheel,) = dist.glob("*.whl")
    twine = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(sdist), str(wheel)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )

    venv = work / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = str(venv / "bin")  # no Node, no npm: the wheel must not need them
    assert shutil.which("node", path=env["PATH"]) is None and shutil.which("npm", path=env["PATH"]) is None
    pip_started = time.monotonic()
    _run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        env=env,
        cwd=work,
        timeout=900,
    )
    report: dict[str, Any] = {
        "wheel": wheel.name,
        "wheel_bytes": wheel.stat().st_size,
        "sdist_bytes": sdist.stat().st_size,
        "build_seconds_sdist_then_wheel": round(build_seconds, 1),
        "pip_install_seconds": round(time.monotonic() - pip_started, 1),
        "twine_check": re.sub(r"\x1b\[[0-9;]*m", "", twine.stdout + twine.stderr).strip(),
        "twine_returncode": twine.returncode,
    }
    yield Installed(wheel, sdist, venv, env, pip_started, report)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=2) + "\n")


def test_the_wheel_and_sdist_are_ready_for_an_index(installed: Installed) -> None:
    assert installed.report["twine_returncode"] == 0, installed.report["twine_check"]
    assert installed.report["twine_check"].count("PASSED") == 2
    names = zipfile.ZipFile(installed.wheel).namelist()
    assert f"octocom_streamlit-{__version__}.dist-info/licenses/LICENSE" in names
    assert "octocom_streamlit/_frontend/component/index.html" in names
    assert "octocom_streamlit/_frontend/jupyter/widget.js" in names
    copies = {source: _run(["git", "ls-files", source], cwd=ROOT).stdout.split() for source in WHEEL_COPIES}
    for source, target in WHEEL_COPIES.items():  # the gallery and the notebooks, as the checkout has them
        assert copies[source]
        assert {target + path.removeprefix(source) for path in copies[source]} <= set(names)
    assert "octocom_streamlit/_demos/gallery/app.py" in names
    assert "octocom_streamlit/_apps/try_loader.py" in names
    assert not [n for n in names if n.endswith((".ts", ".map")) or "node_modules" in n or "__pycache__" in n]
    metadata = zipfile.ZipFile(installed.wheel).read(f"octocom_streamlit-{__version__}.dist-info/METADATA")
    text = metadata.decode()
    assert "](docs/" not in text and "](BENCHMARKS.md)" not in text  # no broken relative links
    assert "## Install and run" in text and "Classifier: Programming Language :: Python :: 3.10" in text
    with tarfile.open(installed.sdist) as sdist:
        members = sdist.getnames()
    root = f"octocom_streamlit-{__version__}"
    for path in ("LICENSE", "README.md", "pyproject.toml", "frontend/package-lock.json"):
        assert f"{root}/{path}" in members
    assert {f"{root}/{path}" for paths in copies.values() for path in paths} <= set(members)
    assert not [m for m in members if "node_modules" in m or "/_frontend/" in m]
    assert f"{root}/hatch_build.py" not in members  # the build plugins are hatch's, not ours


def test_the_installed_command_line(installed: Installed) -> None:
    version = _run(installed.command("--version"), env=installed.env)
    assert version.stdout.strip() == f"octocom-streamlit {__version__}"
    snippet = _run(installed.command("snippet", "Hi"), env=installed.env)
    assert snippet.stdout == OpenChatEvent.create("Hi").to_js() + "\n"
    bad = subprocess.run(
        installed.command("try-loader", "<div>no script</div>"),
        env=installed.env,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "SNIPPET" in bad.stderr
    notebooks = _run(installed.command("notebooks", str(installed.venv.parent / "nb")), env=installed.env)
    assert "Copied skincare.ipynb and skincare_marimo.py" in notebooks.stdout
    assert sorted(path.name for path in (installed.venv.parent / "nb").iterdir()) == [
        "skincare.ipynb",
        "skincare_marimo.py",
    ]
    where = _run(
        [
            str(installed.venv / "bin" / "python"),
            "-c",
            "import octocom_streamlit; print(octocom_streamlit.__file__)",
        ],
        env=installed.env,
        cwd=installed.venv,
    )
    assert where.stdout.startswith(str(installed.venv))  # the installed copy, not this checkout


def test_demo_from_the_wheel_serves_the_gallery(
    installed: Installed, browser: Browser, tmp_path: Path
) -> None:
    server = installed.serve("demo", "demo", cwd=tmp_path)
    try:
        page = new_page(browser, server.url, viewport={"width": 1200, "height": 760})
        widget(page).locator(".oc-root").wait_for(state="attached")
        expect(page.get_by_role("heading", name="octocom-streamlit gallery")).to_be_visible(timeout=20_000)
        page.get_by_role("button", name="open_chat(content)").click()
        (seen,) = wait_dispatched(page, 1)
        installed.report["pip_install_to_gallery_answering_seconds"] = round(
            time.monotonic() - installed.pip_started, 1
        )
        assert seen["detail"] == {
            "type": "OPEN_OCTOCOM",
            "message": {"content": "Hello, I need help with my order."},
        }
        page.context.close()
    finally:
        server.stop()


def standin_messages(page: Page) -> list[str]:
    return widget(page).locator(".standin-message").all_inner_texts()


def test_try_loader_from_the_wheel_drives_a_real_widget_script(
    installed: Installed, loader_site: LoaderServer, browser: Browser, tmp_path: Path
) -> None:
    snippet = tmp_path / "octocom-snippet.html"
    snippet.write_text(f'<script src="{loader_site.url}/loader.js" data-bot-id="demo-bot" async></script>\n')
    server = installed.serve("try-loader", "try-loader", f"@{snippet}", cwd=tmp_path)
    try:
        page = new_page(browser, server.url, record=False, viewport={"width": 1300, "height": 900})
        expect(page.get_by_text("Loader ready")).to_be_visible(timeout=20_000)
        standin = widget(page).locator("#standin-widget")
        expect(standin).to_have_attribute("data-bot-id", "demo-bot")

        page.get_by_role("button", name="Open only").click()
        expect(standin).to_be_visible()
        page.get_by_role("button", name="A message", exact=True).click()
        expect(widget(page).locator(".standin-message")).to_have_count(1)
        page.get_by_role("button", name="A message with an image URL").click()
        expect(widget(page).locator(".standin-message")).to_have_count(2)
        photo = widget(page).locator(".standin-message").last
        assert (photo.get_attribute("data-image-url") or "").startswith("https://")

        page.get_by_label("Content").fill("Does my real widget hear this?")
        page.get_by_label("Image URL").fill("https://cdn.example.com/u/1.jpg")
        page.get_by_role("button", name="open_chat").click()
        expect(widget(page).locator(".standin-message")).to_have_count(3)
        assert standin_messages(page) == [
            "Hello, I need help with my order.",
            "See photo",
            "Does my real widget hear this?",
        ]
        sent = OpenChatEvent.create(
            "Does my real widget hear this?", "https://cdn.example.com/u/1.jpg"
        ).to_js()
        expect(page.get_by_text("What was sent (4)")).to_be_visible()
        # The heading and the snippet below it arrive one after the other in the same rerun.
        expect(page.locator("code").last).to_contain_text(sent.splitlines()[1].strip())
        expect(page.get_by_role("cell", name="loader_ready")).to_be_visible()
        expect(page.get_by_role("cell", name="delivered").first).to_be_visible()

        page.get_by_label("Image URL").fill("javascript:alert(1)")
        page.get_by_role("button", name="open_chat").click()
        expect(page.get_by_text("image_url must be an absolute http(s) URL")).to_be_visible()
        assert len(standin_messages(page)) == 3
        page.screenshot(path=screenshot_path("screenshots", "try-loader"), full_page=True)
        page.context.close()
    finally:
        server.stop()
