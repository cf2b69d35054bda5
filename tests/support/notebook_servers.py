"""Real notebook servers for the notebook end-to-end tests and the notebook benchmark.

`JupyterServer` runs JupyterLab (which also serves Notebook 7's pages when the
`notebook` package is installed), `VoilaServer` runs Voilà and `MarimoServer` runs
`marimo run`: each on 127.0.0.1, on a free port, with a temporary root directory and
temporary config/runtime/home directories, stopped (with its kernels) in `stop()`.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import nbformat

from tests.support.paths import ROOT
from tests.support.servers import free_port, wait_answering

SERVER_CONFIG = {
    # `window.jupyterapp`, to run cells through the front end's own commands.
    "LabApp": {"expose_app_in_browser": True, "news_url": None, "extension_manager": "readonly"},
    "JupyterNotebookApp": {"expose_app_in_browser": True},
    # CI runs as root; the server still binds 127.0.0.1 only and requires the token.
    "ServerApp": {"open_browser": False, "port_retries": 0, "allow_root": True},
}


def write_notebook(path: Path, *cells: str) -> Path:
    """Write a notebook of code cells (Python 3 kernel) to ``path``."""
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in cells]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, path)
    return path


class NotebookServer:
    """A notebook front end's server on 127.0.0.1 and a free port, in its own process
    group (its kernels end with it), with temporary config, runtime and home directories
    so nothing of this machine's setup (or network access for updates) gets in.
    ``stop()`` ends it."""

    name = "server"

    def __init__(self, workdir: Path, command: list[str], *, ready_path: str, env: dict[str, str]) -> None:
        self.workdir = workdir
        self.url = f"http://127.0.0.1:{self.port}"
        home = workdir / "home"
        home.mkdir(exist_ok=True)
        full_env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "JUPYTER_RUNTIME_DIR": str(workdir / "runtime"),
            "IPYTHONDIR": str(workdir / "ipython"),
            "JUPYTER_PLATFORM_DIRS": "1",
            **env,
        }
        self.log = workdir / f"{self.name}.log"
        self._log_file = self.log.open("w")
        self.process = subprocess.Popen(
            command,
            cwd=self.root,
            env=full_env,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group; kernels exit with it (they watch JPY_PARENT_PID)
        )
        wait_answering(self.process, f"{self.url}{ready_path}", self.log, name=self.name)

    root: Path
    port: int

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self._log_file.close()


class JupyterServer(NotebookServer):
    """`jupyter lab` with a test-chosen token (it also serves Notebook 7's pages)."""

    name = "jupyter"

    def __init__(self, workdir: Path) -> None:
        self.root = workdir / "notebooks"
        self.root.mkdir(parents=True)
        config = workdir / "config"
        config.mkdir()
        (config / "jupyter_server_config.json").write_text(json.dumps(SERVER_CONFIG))
        self.port = free_port()
        self.token = secrets.token_hex(16)
        command = [
            sys.executable, "-m", "jupyterlab",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            f"--LabApp.workspaces_dir={workdir / 'workspaces'}",
        ]  # fmt: skip
        env = {"JUPYTER_CONFIG_DIR": str(config)}
        super().__init__(workdir, command, ready_path=f"/api/status?token={self.token}", env=env)

    def page_url(self, app: str, notebook: str) -> str:
        """The URL of ``notebook`` in JupyterLab (``app="lab"``) or Notebook 7 (``"notebooks"``)."""
        prefix = "lab/tree" if app == "lab" else "notebooks"
        return f"{self.url}/{prefix}/{notebook}?token={self.token}"


class VoilaServer(NotebookServer):
    """`voila` serving the notebooks of a folder as apps (``/voila/render/<name>``), with a token."""

    name = "voila"

    def __init__(self, workdir: Path) -> None:
        self.root = workdir / "notebooks"
        self.root.mkdir(parents=True)
        config = workdir / "config"
        config.mkdir()
        self.port = free_port()
        self.token = secrets.token_hex(16)
        command = [
            sys.executable, "-m", "voila", str(self.root),
            "--no-browser",
            "--Voila.ip=127.0.0.1",
            f"--Voila.port={self.port}",
            "--Voila.port_retries=0",
            f"--Voila.token={self.token}",
            "--show_tracebacks=True",
        ]  # fmt: skip
        env = {"JUPYTER_CONFIG_DIR": str(config)}
        super().__init__(workdir, command, ready_path=f"/?token={self.token}", env=env)

    def page_url(self, notebook: str) -> str:
        """The URL of ``notebook`` (a file in ``root``) rendered as an app."""
        return f"{self.url}/voila/render/{notebook}?token={self.token}"


class MarimoServer(NotebookServer):
    """`marimo run <folder>` with copies of ``notebooks``: each an app (``/?file=<name>``),
    every cell run when a page connects (a new session per page). marimo lists the
    folder when it starts, so the notebooks are copied in first."""

    name = "marimo"

    def __init__(self, workdir: Path, notebooks: list[Path]) -> None:
        self.root = workdir / "notebooks"
        self.root.mkdir(parents=True)
        for notebook in notebooks:
            shutil.copy(notebook, self.root / notebook.name)
        self.port = free_port()
        command = [
            sys.executable, "-m", "marimo", "run", str(self.root),
            "--headless",
            "--host", "127.0.0.1",
            "--port", str(self.port),
            "--no-token",  # the server binds 127.0.0.1 only
            "--no-sandbox",
        ]  # fmt: skip
        env = {"MARIMO_SKIP_UPDATE_CHECK": "1"}
        super().__init__(workdir, command, ready_path="/health", env=env)

    def page_url(self, notebook: str) -> str:
        """The URL of ``notebook`` (a file in ``root``) as an app."""
        return f"{self.url}/?file={notebook}"
