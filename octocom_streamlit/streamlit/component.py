"""The raw Streamlit component: the built bundle, or a Vite dev server.

Set ``OCTOCOM_STREAMLIT_DEV_URL=http://localhost:5173`` (and run ``npm run dev`` in
``frontend/``) to develop the frontend with hot reload; the default serves the
bundle built into the package (the component template's ``_RELEASE`` switch, as an
environment variable so nobody has to edit code to flip it).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from typing import Any

import streamlit.components.v1 as components

from octocom_streamlit.frontend_bundle import FrontendMissingError, component_dir

COMPONENT_NAME = "octocom_widget"
DEV_URL_ENV = "OCTOCOM_STREAMLIT_DEV_URL"


@cache
def raw_component() -> Callable[..., Any]:
    """Declare the component once and return Streamlit's raw component function."""
    dev_url = os.environ.get(DEV_URL_ENV)
    if dev_url:
        return components.declare_component(COMPONENT_NAME, url=dev_url)
    try:
        path = component_dir()
    except FrontendMissingError as missing:
        raise FrontendMissingError(f"{missing} Or set {DEV_URL_ENV} to a running Vite dev server.") from None
    return components.declare_component(COMPONENT_NAME, path=str(path))
