"""Prototype Octocom chat-widget workflows in Streamlit apps and Jupyter notebooks.

>>> import octocom_streamlit as oc
>>> widget = oc.chat_widget()
>>> oc.open_chat("Hello, I need help with my order.").detail()
{'type': 'OPEN_OCTOCOM', 'message': {'content': 'Hello, I need help with my order.'}}

The Streamlit functions (``chat_widget``, ``open_chat``, ...) are imported on first
use (PEP 562), so ``import octocom_streamlit.jupyter`` does not import Streamlit.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from octocom_streamlit.arguments import ArgumentError, StreamlitRunRequired
from octocom_streamlit.images import image_to_data_url
from octocom_streamlit.protocol.contract import ChatMessage, OpenChatEvent
from octocom_streamlit.protocol.options import LoaderScript
from octocom_streamlit.protocol.reports import WidgetEvent
from octocom_streamlit.widget_report import WidgetReport

if TYPE_CHECKING:
    from octocom_streamlit.streamlit.chat_button import chat_button
    from octocom_streamlit.streamlit.widget import chat_widget
    from octocom_streamlit.streamlit.widget_commands import cancel_pending, open_chat, reply

#: The package's version, written only here: the wheel's metadata reads it (pyproject.toml,
#: [tool.hatch.version]); frontend/package.json carries the same number (tests/unit/test_versions.py).
__version__ = "0.1.0"

#: The Streamlit binding's functions, by the module that defines each.
_STREAMLIT_EXPORTS = {
    "chat_button": "octocom_streamlit.streamlit.chat_button",
    "chat_widget": "octocom_streamlit.streamlit.widget",
    "open_chat": "octocom_streamlit.streamlit.widget_commands",
    "reply": "octocom_streamlit.streamlit.widget_commands",
    "cancel_pending": "octocom_streamlit.streamlit.widget_commands",
}


def __getattr__(name: str) -> Any:
    module = _STREAMLIT_EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'octocom_streamlit' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "ArgumentError",
    "ChatMessage",
    "LoaderScript",
    "OpenChatEvent",
    "StreamlitRunRequired",
    "WidgetEvent",
    "WidgetReport",
    "__version__",
    "cancel_pending",
    "chat_button",
    "chat_widget",
    "image_to_data_url",
    "open_chat",
    "reply",
]
