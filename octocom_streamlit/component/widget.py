"""``chat_widget``: mount the chat widget component."""

from __future__ import annotations

from typing import Any

from octocom_streamlit.component.frontend_bundle import raw_component
from octocom_streamlit.component.session import current_session

DEFAULT_KEY = "octocom"


def chat_widget(*, key: str = DEFAULT_KEY, height: int | None = None) -> Any:
    """Display the Octocom chat widget (by default the offline preview widget).

    The widget lives in the component's iframe and listens for ``openChatEvent``
    exactly as Octocom's widget does on a real site. :func:`open_chat` calls with the
    same ``key`` reach it, whether they stand before or after this call in the script.
    Redrawing with new arguments never reloads the iframe, so what a person typed or
    read in the widget stays.

    Parameters
    ----------
    key : str
        Names this widget; ``open_chat(..., key=key)`` targets it. Each key may be
        drawn once per script run.
    height : int or None
        Fixed iframe height in pixels. ``None`` (default) lets the iframe follow the
        widget: the launcher when closed, the panel when open.

    Returns
    -------
    None
        Reserved for widget events (a later version reports them).

    Examples
    --------
    >>> import streamlit as st
    >>> import octocom_streamlit as oc
    >>>
    >>> oc.chat_widget()
    >>> if st.button("Help with my order"):
    ...     oc.open_chat("Hello, I need help with my order.")
    """
    if height is not None and (not isinstance(height, int) or height < 120):
        raise ValueError(f"chat_widget: height must be an int of at least 120 pixels, got {height!r}")
    session = current_session()
    window = session.queue(key).take_window()
    return raw_component()(
        session=session.token,
        widget_key=key,
        events=[queued.envelope() for queued in window],
        fixed_height=height,
        key=key,
        default=None,
        height=height or 72,
    )
