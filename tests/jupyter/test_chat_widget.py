"""ChatWidget without a browser: its traits, its commands, and the messages it takes from a page.

Outside a kernel ipywidgets gives the widget a comm that sends nothing; the traits
are what a kernel would sync, and ``set_state`` is ipywidgets' own entry point for a
trait the page writes (the page reports its events in ``_reports``).
"""

from __future__ import annotations

from typing import Any

import pytest

from octocom_streamlit import ArgumentError, OpenChatEvent, WidgetEvent
from octocom_streamlit import frontend_bundle as bundle
from octocom_streamlit.delivery import MAX_WAITING_COMMANDS, QueueFullError
from octocom_streamlit.frontend_bundle import FrontendMissingError
from octocom_streamlit.jupyter import ChatWidget
from octocom_streamlit.protocol.options import WidgetOptions
from tests.support.images import PNG_1PX, solid_png


class Page:
    """The page's side of ``_reports`` (frontend/src/jupyter/reportsTrait.ts): it numbers each
    event, writes every report not acknowledged yet, and drops what ``_reports_read`` says
    Python took."""

    def __init__(self, widget: ChatWidget, token: str = "page-1") -> None:
        self.widget, self.token, self.n = widget, token, 0
        self.unread: list[dict[str, Any]] = []

    def report(self, **event: Any) -> dict[str, Any]:
        self.n += 1
        entry = {"page": self.token, "n": self.n, "event": {"at": 1_700_000_000_000, **event}}
        self.unread.append(entry)
        return entry

    def write(self, window: list[dict[str, Any]] | None = None) -> None:
        self.widget.set_state({"_reports": list(self.unread if window is None else window)})
        read = self.widget._reports_read.get(self.token, 0)
        self.unread = [entry for entry in self.unread if entry["n"] > read]

    def says(self, **event: Any) -> None:
        self.report(**event)
        self.write()


def page_says(widget: ChatWidget, **event: Any) -> None:
    """One event from the page that last wrote to ``widget`` (a new page for a new widget)."""
    if not isinstance(getattr(widget, "_test_page", None), Page):
        widget._test_page = Page(widget)  # type: ignore[attr-defined]
    widget._test_page.says(**event)  # type: ignore[attr-defined]


def seqs(widget: ChatWidget) -> list[int]:
    return [envelope["seq"] for envelope in widget._envelopes]


def test_traits_have_the_streamlit_args_shape() -> None:
    w = ChatWidget(title="Glow & Co.", accent_color="#be185d", layout="inline", height=480)
    state = w.get_state()
    assert len(state["_session"]) == 32 and state["_widget_key"] == "octocom"
    assert state["_envelopes"] == []
    expected = WidgetOptions(title="Glow & Co.", accent_color="#be185d", layout="inline", height=480)
    assert state["_options"] == expected.wire()
    assert ChatWidget()._session != w._session  # one stream per widget
    assert "export default" in str(state["_esm"]) or "export{" in str(state["_esm"]).replace(" ", "")


def test_open_chat_queues_the_same_envelopes_as_streamlit() -> None:
    w = ChatWidget()
    assert w.open_chat() == OpenChatEvent.create()
    w.open_chat("Hello, I need help with my order.")
    w.open_chat("Here is a photo.", image_url=PNG_1PX)
    assert seqs(w) == [1, 2, 3]
    assert [e["kind"] for e in w._envelopes] == ["open"] * 3
    assert [e["detail"] for e in w._envelopes] == [
        {"type": "OPEN_OCTOCOM"},
        {"type": "OPEN_OCTOCOM", "message": {"content": "Hello, I need help with my order."}},
        {"type": "OPEN_OCTOCOM", "message": {"content": "Here is a photo.", "imageUrl": PNG_1PX}},
    ]
    assert len({e["id"] for e in w._envelopes}) == 3


def test_image_bytes_become_a_data_url() -> None:
    w = ChatWidget()
    w.open_chat("The redness on my cheek.", image=solid_png(4, 4))
    assert w._envelopes[0]["detail"]["message"]["imageUrl"].startswith("data:image/png;base64,")


@pytest.mark.parametrize(
    ("call", "names"),
    [
        ({"content": "   "}, "content"),
        ({"image_url": "https://example.com/a.png"}, "content is required"),
        ({"content": "x", "image_url": "javascript:alert(1)"}, "image_url"),
        ({"content": 5}, "content"),
        ({"content": "x", "delay": 0}, "delay"),
        ({"content": "x", "image": b"not an image"}, "image"),
    ],
)
def test_bad_input_names_the_field_and_loses_nothing(call: dict[str, Any], names: str) -> None:
    w = ChatWidget()
    w.open_chat("kept")
    with pytest.raises(ArgumentError, match=names):
        w.open_chat(**call)
    assert seqs(w) == [1]
    w.open_chat("after the error")
    assert seqs(w) == [1, 2]


def test_reply_delay_and_cancel_use_the_shared_commands() -> None:
    w = ChatWidget()
    w.open_chat("Still deciding?", delay=2.5)
    w.reply("Our Hydra Balm suits dry skin.")
    w.cancel_pending()
    kinds = [(e["kind"], e.get("delayMs")) for e in w._envelopes]
    assert kinds == [("open", 2500), ("reply", None), ("cancel", None)]
    assert w._envelopes[1]["reply"] == {"content": "Our Hydra Balm suits dry skin."}
    with pytest.raises(ArgumentError, match=r"^ChatWidget\.reply\(text=' '\): text must not be empty"):
        w.reply(" ")
    assert seqs(w) == [1, 2, 3]


def test_the_window_ages_only_once_the_page_delivered_everything() -> None:
    w = ChatWidget()
    w.open_chat("one")
    w.open_chat("two")
    page_says(w, type="delivered", seq=1, kind="open")
    assert w._outbox.queue.commands[0].first_drawn_at is None  # seq 2 is still on its way
    page_says(w, type="delivered", seq=2, kind="open")
    assert all(q.first_drawn_at is not None for q in w._outbox.queue.commands)
    assert seqs(w) == [1, 2]  # kept for the replay window (another page may still need them)


def test_expired_events_leave_the_window_after_the_next_delivery() -> None:
    now = [0.0]
    w = ChatWidget()
    w._outbox.queue.clock = lambda: now[0]
    w.open_chat("one")
    page_says(w, type="delivered", seq=1, kind="open")
    now[0] = 31.0
    w.open_chat("two")
    assert seqs(w) == [1, 2]
    page_says(w, type="delivered", seq=2, kind="open")
    assert seqs(w) == [2]


def test_waiting_commands_never_expire_before_a_page_took_them() -> None:
    now = [0.0]
    w = ChatWidget()
    w._outbox.queue.clock = lambda: now[0]
    w.open_chat("before display")
    now[0] = 3600.0
    w.open_chat("an hour later")
    assert seqs(w) == [1, 2]


def test_a_widget_never_displayed_fills_up_with_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("octocom_streamlit.delivery.MAX_WAITING_COMMANDS", 3)
    w = ChatWidget()
    for n in range(3):
        w.open_chat(f"m{n}")
    with pytest.raises(QueueFullError, match="display it"):
        w.open_chat("one too many")
    assert seqs(w) == [1, 2, 3]
    assert MAX_WAITING_COMMANDS == 1_000


def test_events_from_the_page_reach_python() -> None:
    w = ChatWidget()
    heard: list[WidgetEvent] = []
    w.on_event(heard.append)
    states: list[str] = []
    w.observe(lambda change: states.append(change["new"]), names="state")
    assert w.is_open is None and w.state == ""
    page_says(w, type="opened", by="event")
    page_says(w, type="customer_message", content="<b>typed</b> by a person")
    page_says(w, type="closed", by="person")
    page_says(w, type="something_new")  # a later front end's event: ignored
    w.set_state({"_reports": [{"kind": "other"}, "junk", {"page": "p", "n": True, "event": {}}]})
    assert [(e.n, e.type) for e in heard] == [(1, "opened"), (2, "customer_message"), (3, "closed")]
    assert heard[0].by == "event" and heard[2].by == "person"
    assert w.customer_messages == ["<b>typed</b> by a person"]
    assert states == ["open", "closed"] and w.is_open is False
    assert w.history == heard
    w.on_event(heard.append, remove=True)
    page_says(w, type="loader_failed", error="timeout")
    assert len(heard) == 3 and w.loader_error == "timeout"


def test_a_failing_callback_does_not_stop_the_others() -> None:
    w = ChatWidget()
    heard: list[str] = []

    def broken(event: WidgetEvent) -> None:
        raise RuntimeError("analyst's bug")

    w.on_event(broken)
    w.on_event(lambda event: heard.append(event.type))
    page_says(w, type="opened", by="person")
    assert heard == ["opened"]


def test_options_are_validated_and_configure_keeps_them_on_error() -> None:
    with pytest.raises(ArgumentError, match=r"^ChatWidget\(accent_color='red'\): accent_color must be a hex"):
        ChatWidget(accent_color="red")
    w = ChatWidget(title="Glow & Co.")
    w.configure(greeting="", accent_color="#0f766e")
    assert w._options["greeting"] == "" and w._options["accentColor"] == "#0f766e"
    assert w._options["title"] == "Glow & Co."
    with pytest.raises(
        ArgumentError, match=r"^ChatWidget\.configure\(height=10\): height must be at least 200"
    ):
        w.configure(height=10)
    assert "height" not in w._options  # None is never sent


def test_loader_snippet_is_parsed_like_streamlit() -> None:
    w = ChatWidget(loader='<script src="https://widget.example.com/loader.js" data-bot-id="42"></script>')
    assert w._options["loader"] == [
        {"src": "https://widget.example.com/loader.js", "attributes": {"data-bot-id": "42"}}
    ]


def test_a_missing_bundle_says_how_to_build_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setattr(bundle, "ESM_FILE", tmp_path / "widget.js")
    with pytest.raises(FrontendMissingError, match="npm run build"):
        bundle.esm_path()


def test_each_report_is_taken_once_in_order_however_the_writes_arrive() -> None:
    w = ChatWidget()
    heard: list[str] = []
    w.on_event(lambda event: heard.append(event.content or event.type))
    page = Page(w)
    first = page.report(type="customer_message", content="one")
    # marimo merges the writes that queue while the kernel is busy: only the last arrives.
    page.report(type="customer_message", content="two")
    page.report(type="customer_message", content="three")
    page.write()
    assert heard == ["one", "two", "three"]
    assert w._reports_read == {"page-1": 3} and page.unread == []
    page.write([first])  # a write repeated (or arriving late) takes nothing again
    w.set_state({"_reports": []})
    assert heard == ["one", "two", "three"]
    # A second page of the same kernel (another tab) counts from 1 on its own.
    other = Page(w, token="page-2")
    other.says(type="customer_message", content="from another tab")
    page.says(type="customer_message", content="four")
    assert heard == ["one", "two", "three", "from another tab", "four"]
    assert w._reports_read == {"page-2": 1, "page-1": 4}
    assert [e.n for e in w.history] == [1, 2, 3, 4, 5]


def test_read_positions_are_kept_for_the_most_recent_pages_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("octocom_streamlit.jupyter.reports_trait.MAX_PAGES", 2)
    w = ChatWidget()
    for token in ("a", "b", "a", "c"):
        page = Page(w, token=token)
        page.n = len(w.history)  # each new Page object continues its token's numbering
        page.says(type="opened", by="person")
    assert w._reports_read == {"a": 3, "c": 4}
