"""Where the notebook widget's front end comes from: the ESM built by ``npm run build``.

``frontend/vite.jupyter.config.ts`` builds ``frontend/src/jupyter/index.ts`` (the
same ChatHost, sequencer, dispatcher and preview widget as the Streamlit component)
into one ES module that anywidget loads.
"""

from __future__ import annotations

from pathlib import Path

from octocom_streamlit.component.frontend_bundle import FrontendMissingError

ESM_FILE = Path(__file__).resolve().parent.parent / "_frontend" / "jupyter" / "widget.js"


def esm_path() -> Path:
    """Return the built ESM file, or raise :class:`FrontendMissingError` saying how to build it.

    Examples
    --------
    >>> esm_path().name
    'widget.js'
    """
    if not ESM_FILE.is_file():
        raise FrontendMissingError(
            f"octocom_streamlit's notebook widget bundle is missing ({ESM_FILE}). Install the "
            "package with `pip install .` (it builds the bundle) or run `npm run build` in frontend/."
        )
    return ESM_FILE
