"""``chat_widget``: mount the chat widget component."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from octocom_streamlit.arguments import ArgumentError, validate_call
from octocom_streamlit.protocol.constants import (
    DEFAULT_CORNER,
    DEFAULT_GREETING,
    DEFAULT_INLINE_HEIGHT,
    DEFAULT_KEY,
    DEFAULT_LAYOUT,
    DEFAULT_LOADER_TIMEOUT,
    DEFAULT_OFFSET,
    DEFAULT_REPORT,
    DEFAULT_SUBTITLE,
    DEFAULT_TITLE,
    LAUNCHER_FRAME_HEIGHT,
)
from octocom_streamlit.protocol.envelopes import ComponentArgs
from octocom_streamlit.protocol.options import Corner, Layout, ReportLevel
from octocom_streamlit.protocol.reports import WidgetEvent
from octocom_streamlit.rules import WidgetKey
from octocom_streamlit.streamlit.component import raw_component
from octocom_streamlit.streamlit.placement import CHAT_BUTTON_CSS, element_key, placement_css
from octocom_streamlit.streamlit.script_run import require_script_run
from octocom_streamlit.streamlit.session import current_session
from octocom_streamlit.widget_options import LoaderInput, OptionArguments
from octocom_streamlit.widget_report import WidgetReport

_INITIAL_HEIGHT = {"floating": LAUNCHER_FRAME_HEIGHT, "inline": DEFAULT_INLINE_HEIGHT}


class _ChatWidgetArguments(OptionArguments):
    key: WidgetKey = DEFAULT_KEY


def chat_widget(
    *,
    key: str = DEFAULT_KEY,
    layout: Layout = DEFAULT_LAYOUT,
    corner: Corner = DEFAULT_CORNER,
    offset: int = DEFAULT_OFFSET,
    height: int | None = None,
    title: str = DEFAULT_TITLE,
    subtitle: str = DEFAULT_SUBTITLE,
    greeting: str = DEFAULT_GREETING,
    accent_color: str | None = None,
    avatar_url: str | None = None,
    loader: LoaderInput = None,
    loader_timeout: float = DEFAULT_LOADER_TIMEOUT,
    report: ReportLevel = DEFAULT_REPORT,
    on_event: Callable[[WidgetEvent], None] | None = None,
) -> WidgetReport:
    """Display the Octocom chat widget (by default the offline preview widget).

    The widget lives in the component's iframe and listens for ``openChatEvent``
    exactly as Octocom's widget does on a real site. :func:`open_chat` calls with the
    same ``key`` reach it, whether they stand before or after this call in the script.
    Redrawing with new arguments never reloads the iframe, so what a person typed or
    read in the widget stays.

    Parameters
    ----------
    key : str
        Names this widget; ``open_chat(..., key=key)`` targets it. Letters, digits,
        ``_`` and ``-``; each key may be drawn once per script run (a second draw raises
        ``ArgumentError``: give each widget its own key, or draw it once, in the entry
        script of a multipage app).
    layout : "floating" or "inline"
        ``"floating"`` (default): fixed in a corner of the page, like the real widget,
        taking no room in the page flow. ``"inline"``: the open panel in the page flow.
    corner : "bottom-right" or "bottom-left"
        The corner of the floating widget.
    offset : int
        Distance in pixels from the corner (0-400).
    height : int or None
        Inline: the panel's height (default 560). Floating: the open frame's height
        (default: the panel fits the window). With a loader: inline, the frame's height;
        floating, unused (the real widget's frame is the whole window, clipped to what it draws).
    title, subtitle, greeting : str
        Branding of the preview widget's header and its first agent message
        (``greeting=""`` for none). The theme follows the Streamlit theme.
    accent_color : str or None
        A hex colour (``"#0f766e"``) for the launcher, header and customer bubbles;
        default: the Streamlit theme's primary colour.
    avatar_url : str or None
        An image URL (http(s) or data:image) for the header's avatar.
    loader : str, LoaderScript, list of LoaderScript or None
        Your real Octocom widget: the embed snippet from your Octocom dashboard (its
        ``<script>`` elements), a script URL, or :class:`LoaderScript` objects. The
        iframe loads it instead of the preview widget and dispatches every event to it.
    loader_timeout : float
        Seconds to wait for each loader script before reporting a failure (1-120).
    report : "interactions" or "all"
        Which widget events rerun the script to report themselves: ``"interactions"``
        (default: what a person did, and the loader's outcome) or ``"all"`` (also each
        batch of delivered events, at the cost of one rerun per batch).
    on_event : callable or None
        Called with each new :class:`WidgetEvent` during the script run that sees it.

    Returns
    -------
    WidgetReport
        The widget's new and recent events (``new_events``, ``history``, ``is_open``,
        ``customer_messages``, ``loader_error``).

    Raises
    ------
    ArgumentError
        When an argument breaks a rule, or ``key`` is already drawn in this run (a
        ``ValueError``); nothing is drawn then.
    StreamlitRunRequired
        Outside a Streamlit script run (``streamlit run`` or ``AppTest``), e.g. in a
        notebook, where ``octocom_streamlit.jupyter.ChatWidget`` is the widget to use.

    Examples
    --------
    >>> import streamlit as st
    >>> import octocom_streamlit as oc
    >>>
    >>> widget = oc.chat_widget(title="Acme help", accent_color="#0f766e")
    >>> if st.button("Help with my order"):
    ...     oc.open_chat("Hello, I need help with my order.")
    >>> for message in widget.customer_messages:
    ...     st.write("The visitor wrote:", message)
    """
    checked = validate_call("chat_widget", _ChatWidgetArguments, locals())
    key, options = checked.key, checked.options()
    require_script_run("chat_widget")
    session = current_session()
    if session.stray_keys.drawn_in_this_run(key):
        raise _drawn_twice(key)
    session.stray_keys.drawing(key)
    window = session.queue(key).take_window()
    st.html(placement_css(key, options) + CHAT_BUTTON_CSS)
    args = ComponentArgs(
        session=session.token,
        widget_key=key,
        envelopes=[queued.envelope for queued in window],
        options=options,
    )
    value = raw_component()(
        **args.wire(),
        key=element_key(key),  # its element gets the class st-key-<that>, which placement_css uses
        default=None,
        height=options.height or _INITIAL_HEIGHT[options.layout],
    )
    session.warn_about_stray_keys()
    widget_report = session.cursor(key).read(value)
    if widget_report.loader_error is not None:
        st.warning(
            f"The Octocom widget could not be loaded: {widget_report.loader_error}. "
            "Open requests are kept and delivered once it loads.",
            icon="⚠️",
        )
    if on_event is not None:
        for event in widget_report.new_events:
            on_event(event)
    return widget_report


def _drawn_twice(key: str) -> ArgumentError:
    return ArgumentError(
        "key",
        f"key {key!r} is already drawn in this run, and each chat_widget key is drawn once per run",
        fix=(
            "give each widget its own key (chat_widget(key='support'), aimed at with "
            "open_chat(..., key='support')), or draw the widget once: in a multipage app, in the "
            "entry script that every page runs"
        ),
        call="chat_widget",
        value=key,
    )
