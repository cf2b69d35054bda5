"""Servers the tests start: `streamlit run` (or any command with a health URL) on 127.0.0.1.

Each binds a free port, is waited for until its health URL answers 200, and is ended by
``stop()`` (the fixtures' teardown); its output goes to a log file named in any error.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.support.paths import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_answering(
    process: subprocess.Popen[bytes], url: str, log: Path, *, name: str, timeout: float = 60.0
) -> None:
    """Wait until ``url`` answers 200; raise (with ``log``) if ``process`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{name} did not answer {url}:\n{log.read_text()}")


class ServerProcess:
    """A server started by ``command`` that answers ``/_stcore/health`` on 127.0.0.1:``port``."""

    def __init__(self, command: list[str], port: int, *, cwd: Path, env: dict[str, str], name: str) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = Path(os.environ.get("TMPDIR", "/tmp")) / f"streamlit-{name}-{self.port}.log"
        self._log_file = self.log.open("w")
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=self._log_file, stderr=subprocess.STDOUT
        )
        wait_answering(self.process, f"{self.url}/_stcore/health", self.log, name="streamlit")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log_file.close()


#: Options every test server gets: headless, loopback, no file watcher, no usage statistics.
SERVER_OPTIONS = [
    "--server.headless", "true",
    "--server.fileWatcherType", "none",
    "--server.runOnSave", "false",
    "--browser.gatherUsageStats", "false",
    "--global.developmentMode", "false",
]  # fmt: skip


class StreamlitServer(ServerProcess):
    """`streamlit run <app>` on 127.0.0.1; `stop()` ends it."""

    def __init__(self, app: Path, extra_env: dict[str, str] | None = None, port: int | None = None) -> None:
        """Start ``app``; ``port`` reuses a port (to restart a stopped server in place)."""
        self.app = app
        port = port or free_port()
        env = {**os.environ, "PYTHONPATH": str(ROOT), **(extra_env or {})}
        command = [
            sys.executable, "-m", "streamlit", "run", str(app),
            "--server.address", "127.0.0.1",
            "--server.port", str(port),
            *SERVER_OPTIONS,
        ]  # fmt: skip
        super().__init__(command, port, cwd=app.parent, env=env, name=app.stem)
