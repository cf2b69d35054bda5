"""Script-side calls that send commands to a mounted widget: ``open_chat``, ``reply``, ``cancel_pending``."""

from __future__ import annotations

from typing import Any

import streamlit as st

from octocom_streamlit.commands import (
    AgentReply,
    AgentReplyText,
    CancelPending,
    WidgetCommand,
    open_command,
)
from octocom_streamlit.component.carrier import carrier_html
from octocom_streamlit.component.session import current_session
from octocom_streamlit.models import OpenChatEvent
from octocom_streamlit.options import DEFAULT_KEY, validate_key


def send(key: str, command: WidgetCommand) -> None:
    """Queue ``command`` for the widget of ``key`` and write its carrier at the call site."""
    session = current_session()
    queued = session.queue(validate_key(key)).push(command)
    session.record_sent(key, command)
    st.html(carrier_html(session.token, key, queued))


def open_chat(
    content: str | None = None,
    image_url: str | None = None,
    *,
    image: Any = None,
    delay: float | None = None,
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
        The customer's message. ``None`` (with no image) only opens the widget.
        Must not be blank; at most ``MAX_CONTENT_CHARS`` characters; shown as text.
    image_url : str or None
        An image sent with the message (``message.imageUrl``): an absolute ``http(s)``
        URL or a ``data:image/...;base64,`` URL (see ``MAX_DATA_URL_CHARS``). Needs
        ``content``. Octocom's live widget needs a URL its servers can fetch.
    image : bytes, UploadedFile, PIL.Image.Image, str, pathlib.Path or None
        An image the app holds (e.g. from ``st.camera_input``), sent as a ``data:``
        URL for the preview widget; downscaled to fit the cap when Pillow is installed.
    delay : float or None
        Seconds the browser waits before dispatching (once, even if the script reruns
        meanwhile; :func:`cancel_pending` drops it). At most one hour.
    key : str
        The ``key`` of the :func:`chat_widget` to open.

    Returns
    -------
    OpenChatEvent
        The validated event; ``.detail()`` is what the page dispatches and ``.to_js()``
        the same event as a snippet for a real site.

    Raises
    ------
    pydantic.ValidationError or ValueError
        When an argument breaks a rule; the message names the field and the rule.
        Nothing is queued and events already queued are untouched.

    Examples
    --------
    >>> import streamlit as st
    >>> import octocom_streamlit as oc
    >>>
    >>> oc.chat_widget()
    >>> if st.button("Order help"):
    ...     oc.open_chat("Hello, I need help with my order.")
    >>> oc.open_chat("Still looking? We can help.", delay=30)
    """
    command = open_command(content, image_url, image, delay)
    send(key, command)
    return command.event


def reply(text: str, *, key: str = DEFAULT_KEY) -> None:
    """Add an agent message to the preview widget, to script the bot's side of a demo.

    Octocom's live widget has no such event and ignores it: on a real site the bot
    answers by itself.

    Parameters
    ----------
    text : str
        The agent's message, shown as text. Not blank; at most ``MAX_CONTENT_CHARS``.
    key : str
        The ``key`` of the :func:`chat_widget` to write in.

    Examples
    --------
    >>> oc.open_chat("Which cream suits dry skin?")
    >>> oc.reply("Our Hydra Balm is made for dry skin. Shall I add it to your cart?")
    """
    send(key, AgentReply(AgentReplyText(text=text).text))


def cancel_pending(*, key: str = DEFAULT_KEY) -> None:
    """Drop the delayed opens of the widget ``key`` that have not fired yet.

    Examples
    --------
    >>> oc.open_chat("Need help choosing a plan?", delay=30)
    >>> if st.button("No thanks"):
    ...     oc.cancel_pending()
    """
    send(key, CancelPending())
