"""Where the built frontend lives in the package: one ``npm run build`` makes both bundles.

``frontend/vite.config.ts`` builds the Streamlit component (``_frontend/component``);
``frontend/vite.jupyter.config.ts`` builds the same ChatHost, sequencer, dispatcher and
preview widget into one ES module that anywidget loads (``_frontend/jupyter/widget.js``).
"""

from __future__ import annotations

from pathlib import Path

FRONTEND_DIR = Path(__file__).resolve().parent / "_frontend"
COMPONENT_DIR = FRONTEND_DIR / "component"
ESM_FILE = FRONTEND_DIR / "jupyter" / "widget.js"

_HOW_TO_BUILD = (
    "Install the package with `pip install .` (it builds the bundle) or run `npm run build` in frontend/."
)


class FrontendMissingError(RuntimeError):
    """The package was installed without its built frontend."""


def component_dir() -> Path:
    """Return the Streamlit component's build folder, or raise :class:`FrontendMissingError`."""
    if not (COMPONENT_DIR / "index.html").is_file():
        raise FrontendMissingError(
            f"octocom_streamlit's frontend bundle is missing from {COMPONENT_DIR}. {_HOW_TO_BUILD}"
        )
    return COMPONENT_DIR


def esm_path() -> Path:
    """Return the notebook widget's ESM file, or raise :class:`FrontendMissingError`.

    Examples
    --------
    >>> esm_path().name
    'widget.js'
    """
    if not ESM_FILE.is_file():
        raise FrontendMissingError(
            f"octocom_streamlit's notebook widget bundle is missing ({ESM_FILE}). {_HOW_TO_BUILD}"
        )
    return ESM_FILE
