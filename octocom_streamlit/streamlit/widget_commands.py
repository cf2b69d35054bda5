"""Script-side calls that send commands to a mounted widget: ``open_chat``, ``reply``, ``cancel_pending``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from octocom_streamlit.command_calls import send
from octocom_streamlit.commands import (
    CallArguments,
    CancelPendingArguments,
    OpenChatArguments,
    ReplyArguments,
    WidgetCommand,
)
from octocom_streamlit.protocol.constants import DEFAULT_KEY
from octocom_streamlit.protocol.contract import OpenChatEvent
from octocom_streamlit.rules import WidgetKey
from octocom_streamlit.streamlit.carrier import carrier_html
from octocom_streamlit.streamlit.script_run import require_script_run
from octocom_streamlit.streamlit.session import SessionDelivery, current_session


class _Keyed(CallArguments):
    """The Streamlit calls' own argument: the ``key`` of the widget a command goes to."""

    key: WidgetKey = DEFAULT_KEY


class _OpenChat(OpenChatArguments, _Keyed):
    pass


class _Reply(ReplyArguments, _Keyed):
    pass


class _CancelPending(CancelPendingArguments, _Keyed):
    pass


@dataclass
class _SessionWidget:
    """The widget ``key`` of this browser session: the session's once ids and the key's queue."""

    session: SessionDelivery
    key: str

    def admit(self, once: str | None) -> bool:
        return self.session.once.admit(once)

    def send(self, command: WidgetCommand) -> None:
        """Queue ``command`` and write its carrier at the call site."""
        queued = self.session.queue(self.key).push(command)
        st.html(carrier_html(self.session.token, self.key, queued))
        self.session.warn_about_stray_keys()


def _session_widget(call: str, arguments: _Keyed) -> _SessionWidget:
    require_script_run(call)  # after the arguments passed: they are wrong anywhere
    return _SessionWidget(current_session(), arguments.key)


def open_chat(
    content: str | None = None,
    image_url: str | None = None,
    *,
    image: Any = None,
    delay: float | None = None,
    once: str | None = None,
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
        What the customer says: it appears as the visitor's own message, as if they had
        typed it (write it in their voice). ``None`` (with no image) only opens the
        widget; to have the bot speak in the preview, use :func:`reply`. Must not be
        blank; at most ``MAX_CONTENT_CHARS`` characters; shown as text.
    image_url : str or None
        An image sent with the message (``message.imageUrl``): an absolute ``http(s)``
        URL or a ``data:image/...;base64,`` URL (see ``MAX_DATA_URL_CHARS``). Needs
        ``content``. Octocom's live widget needs a URL its servers can fetch.
    image : bytes, UploadedFile, PIL.Image.Image, str, pathlib.Path or None
        An image the app holds (e.g. from ``st.camera_input``), sent as a ``data:``
        URL for the preview widget; downscaled to fit the cap when Pillow is installed.
    delay : float or None
        Seconds (an int or a float, more than 0, at most one hour) the browser waits
        before dispatching; :func:`cancel_pending` drops it. A script that reruns makes
        the call again, and each call is another open: give timed nudges ``once=``.
    once : str or None
        An id of your choice: the call is sent at most once per browser session with
        this id. A rerun that makes the same call sends nothing and does not restart a
        ``delay``; an open that fired, or that :func:`cancel_pending` dropped, stays
        done. A new id arms a new open. (A tab reload starts a new session.)
    key : str
        The ``key`` of the :func:`chat_widget` to open.

    Returns
    -------
    OpenChatEvent
        The validated event; ``.detail()`` is what the page dispatches and ``.to_js()``
        the same event as a snippet for a real site.

    Raises
    ------
    ArgumentError
        When an argument breaks a rule (a ``ValueError``): the message starts with the
        call and the argument as written, states the rule and, where there is one, the
        fix. Nothing is queued and commands already queued are untouched.
    StreamlitRunRequired
        Outside a Streamlit script run (``streamlit run`` or ``AppTest``), e.g. in a
        notebook, where nothing could be delivered; there, use
        ``octocom_streamlit.jupyter.ChatWidget``. Nothing is queued.

    Examples
    --------
    >>> import streamlit as st
    >>> import octocom_streamlit as oc
    >>>
    >>> widget = oc.chat_widget()
    >>> if st.button("Order help"):
    ...     oc.open_chat("Hello, I need help with my order.")
    >>> nudge = oc.open_chat("Can someone help me pick a plan?", delay=30, once="plan-nudge")
    >>> nudge.detail()
    {'type': 'OPEN_OCTOCOM', 'message': {'content': 'Can someone help me pick a plan?'}}
    """
    arguments = {"content": content, "image_url": image_url, "image": image, "delay": delay, "once": once}
    return send("open_chat", _OpenChat, {**arguments, "key": key}, _session_widget).event


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
    >>> import octocom_streamlit as oc
    >>>
    >>> widget = oc.chat_widget()
    >>> question = oc.open_chat("Which cream suits dry skin?")
    >>> oc.reply("Our Hydra Balm is made for dry skin. Shall I add it to your cart?")
    """
    send("reply", _Reply, {"text": text, "key": key}, _session_widget)


def cancel_pending(*, key: str = DEFAULT_KEY) -> None:
    """Drop the delayed opens of the widget ``key`` that have not fired yet.

    An open given ``once=`` that was dropped stays done: later runs do not re-arm it.

    Examples
    --------
    >>> import streamlit as st
    >>> import octocom_streamlit as oc
    >>>
    >>> widget = oc.chat_widget()
    >>> nudge = oc.open_chat("Can someone help me pick a plan?", delay=30, once="plan-nudge")
    >>> if st.button("No thanks"):
    ...     oc.cancel_pending()
    """
    send("cancel_pending", _CancelPending, {"key": key}, _session_widget)
