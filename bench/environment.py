"""What the benchmarks ran on: machine, browser and package versions."""

from __future__ import annotations

import datetime
import importlib.metadata
import os
import platform
import subprocess

import streamlit

import octocom_streamlit
from tests.support.chromium import CHROMIUM


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _chromium_version() -> str:
    try:
        done = subprocess.run(
            [CHROMIUM, "--version"], capture_output=True, text=True, timeout=30, check=False
        )
        return done.stdout.strip() or "unknown"
    except OSError:
        return "not found"


def _notebook_versions() -> str:
    names = {
        "jupyterlab": "JupyterLab",
        "ipykernel": "ipykernel",
        "ipywidgets": "ipywidgets",
        "anywidget": "anywidget",
    }
    found = []
    for package, name in names.items():
        try:
            found.append(f"{name} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{name} not installed")
    return ", ".join(found)


def describe() -> str:
    """One paragraph naming the machine, Chromium, Python, Streamlit and the package.

    Examples
    --------
    >>> "Streamlit" in describe()  # doctest: +SKIP
    True
    """
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"Measured {today} on {_cpu_model()} ({os.cpu_count()} cores, shared with other work; "
        f"load average {os.getloadavg()[0]:.1f} when the run began), "
        f"{_chromium_version()} headless, Python {platform.python_version()}, "
        f"Streamlit {streamlit.__version__}, {_notebook_versions()}, "
        f"octocom-streamlit {octocom_streamlit.__version__}."
    )
