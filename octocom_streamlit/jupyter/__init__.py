"""The chat widget in Jupyter notebooks, through anywidget.

>>> from octocom_streamlit.jupyter import ChatWidget
>>> w = ChatWidget(title="Glow & Co. skincare")
>>> w  # doctest: +SKIP
>>> w.open_chat("Which cream suits dry skin?")
OpenChatEvent(type='OPEN_OCTOCOM', message=ChatMessage(content='Which cream suits dry skin?', image_url=None))
"""

from octocom_streamlit.jupyter.widget import ChatWidget

__all__ = ["ChatWidget"]
