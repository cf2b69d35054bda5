"""``open_chat``: validate, queue and deliver one open request."""

from __future__ import annotations

import streamlit as st

from octocom_streamlit.component.carrier import carrier_html
from octocom_streamlit.component.session import current_session
from octocom_streamlit.component.widget import DEFAULT_KEY
from octocom_streamlit.models import OpenChatEvent


def open_chat(
    content: str | None = None,
    image_url: str | None = None,
    *,
    key: str = DEFAULT_KEY,
) -> OpenChatEvent:
    """Open the chat widget, optionally with a customer message, exactly once.

    The browser dispatches ``openChatEvent`` with this event's :meth:`OpenChatEvent.detail`
    on the widget's document, once, in call order. Works before or after
    :func:`chat_widget` in the script, in ``on_click`` callbacks and in fragments;
    a call made while the widget is not mounted is delivered when it mounts.

    Parameters
    ----------
    content : str or None
        The customer's message. ``None`` (with no ``image_url``) only opens the widget.
        Must not be blank; at most ``MAX_CONTENT_CHARS`` characters; shown as text.
    image_url : str or None
        An image sent with the message (``message.imageUrl``): an absolute ``http(s)``
        URL or a ``data:image/...;base64,`` URL (see ``MAX_DATA_URL_CHARS``). Needs
        ``content``.
    key : str
        The ``key`` of the :func:`chat_widget` to open.

    Returns
    -------
    OpenChatEvent
        The validated event; ``.detail()`` is what the page dispatches and ``.to_js()``
        the same event as a snippet for a real site.

    Raises
    ------
    pydantic.ValidationError
        When an argument breaks a rule; the message names the field and the rule.
        Nothing is queued and events already queued are untouched.

    Examples
    --------
    >>> import streamlit as st
    >>> import octocom_streamlit as oc
    >>>
    >>> oc.chat_widget()
    >>> if st.button("Open Assistant"):
    ...     oc.open_chat()
    >>> if st.button("Order help"):
    ...     oc.open_chat("Hello, I need help with my order.")
    """
    event = OpenChatEvent.create(content, image_url)
    session = current_session()
    queued = session.queue(key).push(event)
    st.html(carrier_html(session.token, key, queued))
    return event
