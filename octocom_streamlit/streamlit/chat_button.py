"""``chat_button``: a button that opens the chat in the browser, with no script rerun."""

from __future__ import annotations

import html
from typing import Any, Literal

import streamlit as st
from pydantic import StrictBool, StrictStr

from octocom_streamlit.arguments import validate_call
from octocom_streamlit.commands import MessageArguments
from octocom_streamlit.protocol.constants import BUTTON_ATTRIBUTE, DEFAULT_KEY
from octocom_streamlit.protocol.contract import OpenChatEvent
from octocom_streamlit.protocol.envelopes import ButtonPayload
from octocom_streamlit.protocol.safe_json import safe_json
from octocom_streamlit.rules import Label, WidgetKey
from octocom_streamlit.streamlit.script_run import require_script_run
from octocom_streamlit.streamlit.session import current_session


class _ChatButtonArguments(MessageArguments):
    """``chat_button``'s arguments: the message, the button, and the widget it opens."""

    label: Label
    key: StrictStr | None = None
    widget_key: WidgetKey = DEFAULT_KEY
    help: StrictStr | None = None
    type: Literal["primary", "secondary"] = "secondary"
    use_container_width: StrictBool = False
    disabled: StrictBool = False


def chat_button(
    label: str,
    content: str | None = None,
    image_url: str | None = None,
    *,
    image: Any = None,
    key: str | None = None,
    widget_key: str = DEFAULT_KEY,
    help: str | None = None,
    type: Literal["primary", "secondary"] = "secondary",
    use_container_width: bool = False,
    disabled: bool = False,
) -> OpenChatEvent:
    """Display a button that opens the chat from the browser, with no Python rerun.

    The event is validated here, when the button is declared (same rules as
    :func:`open_chat`). A click dispatches ``openChatEvent`` into the widget's
    document directly: the script does not run again, so the click costs no round
    trip to the server. The widget of ``widget_key`` must be on the page: drawn by
    :func:`chat_widget` in the same run, before or after the button. When the run has
    drawn other widgets but not that one, the page shows a warning naming the drawn
    keys and the closest one.

    Parameters
    ----------
    label : str
        The button's text (shown as text).
    content, image_url, image
        The message, as for :func:`open_chat`; all ``None`` only opens the widget.
    key : str or None
        Puts the button in ``st.container(key=key)``, for styling or tests.
    widget_key : str
        The ``key`` of the :func:`chat_widget` to open.
    help : str or None
        A tooltip.
    type : "primary" or "secondary"
        The button's emphasis, as ``st.button``.
    use_container_width : bool
        Stretch the button to its container's width.
    disabled : bool
        Show the button disabled.

    Returns
    -------
    OpenChatEvent
        The validated event a click dispatches.

    Raises
    ------
    ArgumentError
        When an argument breaks a rule (a ``ValueError``); the message names the call,
        the argument and the rule.
    StreamlitRunRequired
        Outside a Streamlit script run (``streamlit run`` or ``AppTest``).

    Notes
    -----
    There is no ``once=``: each click is a person asking for the chat, and each opens it.

    Examples
    --------
    >>> import octocom_streamlit as oc
    >>>
    >>> widget = oc.chat_widget()
    >>> event = oc.chat_button("Ask about this chart", "What does the spike in March mean?")
    >>> event.detail()
    {'type': 'OPEN_OCTOCOM', 'message': {'content': 'What does the spike in March mean?'}}
    """
    checked = validate_call("chat_button", _ChatButtonArguments, locals())
    event, widget_key = checked.event, checked.widget_key
    require_script_run("chat_button")
    session = current_session()
    session.stray_keys.aiming_button(widget_key)
    payload = safe_json(ButtonPayload(key=widget_key, detail=event).wire())
    classes = f"octocom-chat-button octocom-chat-button--{'primary' if type == 'primary' else 'secondary'}"
    if use_container_width:
        classes += " octocom-chat-button--wide"
    attributes = [f'type="button" class="{classes}" {BUTTON_ATTRIBUTE}="{html.escape(payload, quote=True)}"']
    if help:
        attributes.append(f'title="{html.escape(help, quote=True)}"')
    if disabled:
        attributes.append("disabled")
    markup = f"<button {' '.join(attributes)}>{html.escape(label)}</button>"
    if key is None:
        st.html(markup)
    else:
        with st.container(key=key):
            st.html(markup)
    session.warn_about_stray_keys()  # a widget_key no widget of this run was drawn with
    return event
