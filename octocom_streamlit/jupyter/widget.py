"""``ChatWidget``: the chat widget and ``open_chat`` in a notebook, as an anywidget."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anywidget
import traitlets
from ipywidgets import CallbackDispatcher
from pydantic import model_validator
from pydantic_core import PydanticCustomError

from octocom_streamlit.arguments import validate_call
from octocom_streamlit.command_calls import send
from octocom_streamlit.commands import CancelPendingArguments, OpenChatArguments, ReplyArguments
from octocom_streamlit.frontend_bundle import ESM_FILE, esm_path
from octocom_streamlit.jupyter.outbox import Outbox
from octocom_streamlit.jupyter.report_history import ReportHistory
from octocom_streamlit.jupyter.reports_trait import ReportsTrait
from octocom_streamlit.protocol.constants import (
    ARG_TRAITS,
    DEFAULT_CORNER,
    DEFAULT_GREETING,
    DEFAULT_KEY,
    DEFAULT_LAYOUT,
    DEFAULT_LOADER_TIMEOUT,
    DEFAULT_SUBTITLE,
    DEFAULT_TITLE,
    REPORTS_READ_TRAIT,
    REPORTS_TRAIT,
)
from octocom_streamlit.protocol.contract import OpenChatEvent
from octocom_streamlit.protocol.options import Corner, Layout
from octocom_streamlit.protocol.reports import WidgetEvent
from octocom_streamlit.widget_options import NOTEBOOK_OPTIONS, LoaderInput, NotebookOptionArguments

EventCallback = Callable[[WidgetEvent], Any]


class ChatWidget(anywidget.AnyWidget):
    """The Octocom chat widget in a notebook (by default the offline preview widget).

    Display it by leaving it last in a cell (``w``) or with ``display(w)``. It runs the
    same front end as :func:`octocom_streamlit.chat_widget`: the preview widget listens
    for ``openChatEvent`` on the notebook page's ``document``, and :meth:`open_chat`
    dispatches that event there, exactly once per call and in call order.

    Parameters
    ----------
    layout : "floating" or "inline"
        ``"floating"`` (default): a launcher at the output's edge; the panel opens above
        it. ``"inline"``: the panel always shows, without a launcher.
    corner : "bottom-right" or "bottom-left"
        Which side of the output the launcher sits on.
    height : int or None
        Inline: the panel's height (default 560). Floating: the open widget's height.
    title, subtitle, greeting : str
        Branding of the preview widget's header and its first agent message
        (``greeting=""`` for none). Colours follow the notebook's light or dark theme.
    accent_color : str or None
        A hex colour (``"#0f766e"``) for the launcher, header and customer bubbles.
    avatar_url : str or None
        An image URL (http(s) or data:image) for the header's avatar.
    loader : str, LoaderScript, list of LoaderScript or None
        Your real Octocom widget (the embed snippet, a script URL, or
        :class:`~octocom_streamlit.LoaderScript` objects), loaded into the notebook
        page instead of the preview widget.
    loader_timeout : float
        Seconds to wait for each loader script before reporting a failure (1-120).
    on_event : callable or None
        Called with each :class:`~octocom_streamlit.WidgetEvent` the page reports
        (same as :meth:`on_event`).

    Examples
    --------
    >>> from octocom_streamlit.jupyter import ChatWidget
    >>> w = ChatWidget(title="Glow & Co. skincare", accent_color="#0f766e")
    >>> w  # doctest: +SKIP
    >>> w.open_chat("Hello, I need help with my order.").detail()
    {'type': 'OPEN_OCTOCOM', 'message': {'content': 'Hello, I need help with my order.'}}
    """

    _esm: Path | str
    if ESM_FILE.is_file():
        _esm = ESM_FILE  # anywidget reads it (and reloads it with ANYWIDGET_HMR=1)

    # The traits the front end reads: one per component arg (protocol ARG_TRAITS, which
    # tests/unit pins to these names), with a leading underscore: internal.
    _session = traitlets.Unicode(read_only=True).tag(sync=True)
    _widget_key = traitlets.Unicode(DEFAULT_KEY, read_only=True).tag(sync=True)
    # No per-element trait: only the Outbox writes it, and validating every envelope of the
    # window again on each call costs more than the rest of the call (figure 6 of BENCHMARKS.md).
    _envelopes: traitlets.List[dict[str, Any]] = traitlets.List(read_only=True).tag(sync=True)
    _options = traitlets.Dict(read_only=True).tag(sync=True)
    # Widget events, written by the page (see reports_trait.py): a trait, not custom
    # messages, because every notebook front end syncs traits (marimo re-runs the cells
    # that use the widget when one changes). Python acknowledges in `_reports_read`.
    # Any element: ReportsTrait skips what it does not know, rather than the kernel failing.
    _reports: traitlets.List[Any] = traitlets.List(read_only=True).tag(sync=True, echo_update=False)
    _reports_read = traitlets.Dict(read_only=True).tag(sync=True)

    #: ``"open"`` or ``"closed"`` as the page last reported (``observe`` it), ``""`` before any report.
    state = traitlets.Unicode("", read_only=True)

    def __init__(
        self,
        *,
        layout: Layout = DEFAULT_LAYOUT,
        corner: Corner = DEFAULT_CORNER,
        height: int | None = None,
        title: str = DEFAULT_TITLE,
        subtitle: str = DEFAULT_SUBTITLE,
        greeting: str = DEFAULT_GREETING,
        accent_color: str | None = None,
        avatar_url: str | None = None,
        loader: LoaderInput = None,
        loader_timeout: float = DEFAULT_LOADER_TIMEOUT,
        on_event: EventCallback | None = None,
    ) -> None:
        options = validate_call("ChatWidget", NotebookOptionArguments, locals()).options()
        if "_esm" not in type(self).__dict__:
            self._esm = esm_path().read_text(encoding="utf-8")  # raises if the bundle is missing
        self._outbox = Outbox(publish=lambda window: self.set_trait(ARG_TRAITS["envelopes"], window))
        self._report_history = ReportHistory()
        self._reports_trait = ReportsTrait()
        self._report_callbacks = CallbackDispatcher()
        self._widget_options = options
        # Set before the comm opens, so the page's first state is already complete.
        self.set_trait(ARG_TRAITS["session"], uuid.uuid4().hex)
        self.set_trait(ARG_TRAITS["options"], options.wire())
        super().__init__()
        if on_event is not None:
            self.on_event(on_event)
        self.observe(self._read_reports_trait, names=REPORTS_TRAIT)

    # -- commands to the page -------------------------------------------------

    def open_chat(
        self,
        content: str | None = None,
        image_url: str | None = None,
        *,
        image: Any = None,
        delay: float | None = None,
        once: str | None = None,
    ) -> OpenChatEvent:
        """Open the chat widget, optionally with a customer message, exactly once.

        The page dispatches ``openChatEvent`` with this event's
        :meth:`~octocom_streamlit.OpenChatEvent.detail` on the notebook's ``document``,
        once per call, in call order: also when called before the widget is displayed
        (it is delivered when a view appears) and when the widget is displayed in
        several cells (one dispatch; every view shows it).

        Parameters
        ----------
        content : str or None
            What the customer says: it appears as the visitor's own message (write it in
            their voice; :meth:`reply` scripts the bot). ``None`` (with no image) only opens.
            Must not be blank; at most ``MAX_CONTENT_CHARS`` characters; shown as text.
        image_url : str or None
            An image sent with the message (``message.imageUrl``): an absolute
            ``http(s)`` URL or a ``data:image/...;base64,`` URL. Needs ``content``.
        image : bytes, PIL.Image.Image, str, pathlib.Path or None
            An image the notebook holds, sent as a ``data:`` URL (downscaled to fit the
            cap when Pillow is installed).
        delay : float or None
            Seconds (an int or a float, more than 0, at most one hour) the browser waits
            before dispatching; :meth:`cancel_pending` drops it.
        once : str or None
            An id of your choice: this widget sends at most one open with it, so a cell
            run again sends nothing and does not restart a ``delay``; an open that fired,
            or that :meth:`cancel_pending` dropped, stays done.

        Returns
        -------
        OpenChatEvent
            The validated event; ``.to_js()`` is the same event as a snippet for a real site.

        Raises
        ------
        ArgumentError
            When an argument breaks a rule (a ``ValueError``): the message starts with
            the call and the argument, states the rule and, where there is one, the fix.
            Nothing is queued and commands already queued are untouched.

        Examples
        --------
        >>> w = ChatWidget()
        >>> w.open_chat("Here is a photo of the rash.", image_url="https://example.com/rash.jpg").detail()
        {'type': 'OPEN_OCTOCOM', 'message': {'content': 'Here is a photo of the rash.', 'imageUrl': 'https://example.com/rash.jpg'}}
        """
        arguments = {"content": content, "image_url": image_url, "image": image, "delay": delay, "once": once}
        return send("ChatWidget.open_chat", OpenChatArguments, arguments, self._target).event

    def reply(self, text: str) -> None:
        """Add an agent message to the preview widget, to script the bot's side of a flow.

        Octocom's live widget has no such event and ignores it.

        Parameters
        ----------
        text : str
            The agent's message, shown as text. Not blank; at most ``MAX_CONTENT_CHARS``.

        Examples
        --------
        >>> w = ChatWidget()
        >>> _ = w.open_chat("Which cream suits dry skin?")
        >>> w.reply("Our Hydra Balm is made for dry skin.")
        """
        send("ChatWidget.reply", ReplyArguments, {"text": text}, self._target)

    def cancel_pending(self) -> None:
        """Drop the delayed opens that have not fired yet.

        Examples
        --------
        >>> w = ChatWidget()
        >>> _ = w.open_chat("Can you help me choose a serum?", delay=30, once="serum-nudge")
        >>> w.cancel_pending()
        """
        send("ChatWidget.cancel_pending", CancelPendingArguments, {}, self._target)

    def configure(self, **changes: Any) -> None:
        """Change options of the displayed widget (any keyword of the constructor but ``on_event``).

        Raises
        ------
        ArgumentError
            When an option breaks a rule (a ``ValueError``); nothing changes then.

        Examples
        --------
        >>> w = ChatWidget()
        >>> w.configure(title="Glow & Co.", accent_color="#be185d")
        """
        current = {name: getattr(self._widget_options, name) for name in NOTEBOOK_OPTIONS}
        options = validate_call("ChatWidget.configure", _Configure, {**current, **changes}).options()
        self._widget_options = options
        self.set_trait(ARG_TRAITS["options"], options.wire())

    # -- events from the page -------------------------------------------------

    def on_event(self, callback: EventCallback, remove: bool = False) -> None:
        """Call ``callback`` with each :class:`~octocom_streamlit.WidgetEvent` the page reports.

        Events: ``opened``/``closed`` (``by`` a ``"person"`` or an ``"event"``),
        ``customer_message`` (``content`` typed in the preview widget), ``delivered``
        (``seq`` and ``kind`` of a command the page executed), ``loader_ready`` and
        ``loader_failed`` (``error``). They arrive when the kernel is idle, after the
        running cell. An exception in ``callback`` is shown, as for a button's ``on_click``.

        Parameters
        ----------
        callback : callable
            Takes one :class:`~octocom_streamlit.WidgetEvent`.
        remove : bool
            Unregister ``callback`` instead.

        Examples
        --------
        >>> w = ChatWidget()
        >>> w.on_event(lambda event: print(event.type, event.content))
        """
        self._report_callbacks.register_callback(callback, remove=remove)

    @property
    def history(self) -> list[WidgetEvent]:
        """The events the page reported, oldest first (the last 500)."""
        return self._report_history.history()

    @property
    def customer_messages(self) -> list[str]:
        """What a person typed in the preview widget, oldest first."""
        return self._report_history.report().customer_messages

    @property
    def is_open(self) -> bool | None:
        """Whether the widget was last reported open (``None`` before any open or close)."""
        return self._report_history.report().is_open

    @property
    def loader_error(self) -> str | None:
        """The loader's error while its last outcome is a failure, else ``None``."""
        return self._report_history.report().loader_error

    # -- internals ------------------------------------------------------------

    def _target(self, call: str, arguments: object) -> Outbox:
        return self._outbox

    def _read_reports_trait(self, change: dict[str, Any]) -> None:
        reports = self._reports_trait.take(change["new"])
        if not reports:
            return
        with self.hold_sync():  # one message back: the acknowledgement and the aged window
            self.set_trait(REPORTS_READ_TRAIT, self._reports_trait.read())
            for raw in reports:
                self._take_report(raw)

    def _take_report(self, raw: Any) -> None:
        report = self._report_history.add(raw)
        if report is None:
            return
        if report.type == "delivered" and report.seq is not None:
            window = self._outbox.delivered(report.seq)
            if window is not None:
                self.set_trait(ARG_TRAITS["envelopes"], window)
        elif report.type in ("opened", "closed"):
            self.set_trait("state", "open" if report.type == "opened" else "closed")
        self._report_callbacks(report)


class _Configure(NotebookOptionArguments):
    """``ChatWidget.configure``'s arguments: the options; callbacks go through ``on_event``."""

    @model_validator(mode="before")
    @classmethod
    def _no_callback(cls, data: Any) -> Any:
        if isinstance(data, dict) and "on_event" in data:
            raise PydanticCustomError(
                "configure_callback",
                "on_event is not an option: register a callback with ChatWidget.on_event(callback)",
                {"argument": "on_event"},
            )
        return data
