"""The two bindings stand apart: the Jupyter binding and the core never import Streamlit.

``import octocom_streamlit as oc`` stays cheap for notebooks: the Streamlit functions are
imported when first used (PEP 562), and ``oc.open_chat`` still works.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
import {module}
binding = "octocom_streamlit.streamlit"
loaded = [name for name in sys.modules if name.split(".")[0] == "streamlit" or binding in name]
print(",".join(loaded))
"""


@pytest.mark.parametrize(
    "module",
    [
        "octocom_streamlit",
        "octocom_streamlit.jupyter",
        "octocom_streamlit.protocol.schema",
        "octocom_streamlit.delivery",
    ],
)
def test_importing_loads_no_streamlit(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_the_streamlit_functions_are_there_on_first_use() -> None:
    probe = "import octocom_streamlit as oc, sys; print(oc.open_chat.__module__, 'streamlit' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["octocom_streamlit.streamlit.widget_commands", "True"]
    import octocom_streamlit as oc

    assert set(oc.__all__) <= set(dir(oc))
    with pytest.raises(AttributeError, match="no attribute 'chat_widgett'"):
        oc.chat_widgett  # noqa: B018
