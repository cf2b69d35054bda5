"""Where the component's frontend comes from: the built bundle, or a Vite dev server.

Set ``OCTOCOM_STREAMLIT_DEV_URL=http://localhost:5173`` (and run ``npm run dev`` in
``frontend/``) to develop the frontend with hot reload; the default serves the
bundle built into the package (the component template's ``_RELEASE`` switch, as an
environment variable so nobody has to edit code to flip it).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import streamlit.components.v1 as components

COMPONENT_NAME = "octocom_widget"
DEV_URL_ENV = "OCTOCOM_STREAMLIT_DEV_URL"
BUILD_DIR = Path(__file__).resolve().parent.parent / "_frontend" / "component"


class FrontendMissingError(RuntimeError):
    """The package was installed without its built frontend."""


@cache
def raw_component() -> Callable[..., Any]:
    """Declare the component once and return Streamlit's raw component function."""
    dev_url = os.environ.get(DEV_URL_ENV)
    if dev_url:
        return components.declare_component(COMPONENT_NAME, url=dev_url)
    if not (BUILD_DIR / "index.html").is_file():
        raise FrontendMissingError(
            f"octocom_streamlit's frontend bundle is missing from {BUILD_DIR}. Install the "
            "package with `pip install .` (it builds the bundle), run `npm run build` in "
            f"frontend/, or set {DEV_URL_ENV} to a running Vite dev server."
        )
    return components.declare_component(COMPONENT_NAME, path=str(BUILD_DIR))
