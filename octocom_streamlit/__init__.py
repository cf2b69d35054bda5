"""Prototype Octocom chat-widget workflows in Streamlit apps and Jupyter notebooks.

>>> import octocom_streamlit as oc
>>> oc.chat_widget()
>>> oc.open_chat("Hello, I need help with my order.")
"""

from octocom_streamlit.arguments import ArgumentError
from octocom_streamlit.component.chat_button import chat_button
from octocom_streamlit.component.commands import cancel_pending, open_chat, reply
from octocom_streamlit.component.widget import chat_widget
from octocom_streamlit.events import WidgetEvent, WidgetReport
from octocom_streamlit.images import image_to_data_url
from octocom_streamlit.loader import LoaderScript
from octocom_streamlit.models import ChatMessage, OpenChatEvent

__version__ = "0.1.0"

__all__ = [
    "ArgumentError",
    "ChatMessage",
    "LoaderScript",
    "OpenChatEvent",
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
