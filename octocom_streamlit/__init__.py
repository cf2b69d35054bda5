"""Prototype Octocom chat-widget workflows in Streamlit apps and Jupyter notebooks.

>>> import octocom_streamlit as oc
>>> oc.chat_widget()
>>> oc.open_chat("Hello, I need help with my order.")
"""

from octocom_streamlit.component.open_chat import open_chat
from octocom_streamlit.component.widget import chat_widget
from octocom_streamlit.models import ChatMessage, OpenChatEvent

__version__ = "0.1.0"

__all__ = ["ChatMessage", "OpenChatEvent", "__version__", "chat_widget", "open_chat"]
