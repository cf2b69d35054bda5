"""reply, cancel_pending, delay, image= and chat_button, seen through AppTest."""

from __future__ import annotations

import html
import json
import re

from streamlit.testing.v1 import AppTest

from tests.support.carriers import carriers, widget_args


def script_commands() -> None:
    import octocom_streamlit as oc
    from tests.support.images import solid_png

    oc.chat_widget()
    oc.open_chat("later", delay=2.5)
    oc.cancel_pending()
    oc.reply("An agent answer.")
    oc.open_chat("selfie", image=solid_png(2, 2))


def test_commands_share_one_sequenced_stream() -> None:
    at = AppTest.from_function(script_commands).run()
    assert not at.exception
    sent = carriers(at)
    assert [c["seq"] for c in sent] == [1, 2, 3, 4]
    assert sent[0]["kind"] == "open" and sent[0]["delayMs"] == 2500
    assert sent[1]["kind"] == "cancel"
    assert sent[2] == {**sent[2], "kind": "reply", "reply": {"content": "An agent answer."}}
    assert sent[3]["detail"]["message"]["imageUrl"].startswith("data:image/png;base64,")


def script_bad_delay() -> None:
    import streamlit as st

    import octocom_streamlit as oc

    oc.open_chat("kept")
    if st.session_state.get("bad"):
        oc.open_chat("x", delay=-1)
    oc.chat_widget()


def test_bad_delay_names_the_rule_and_keeps_the_queue() -> None:
    at = AppTest.from_function(script_bad_delay)
    at.session_state["bad"] = True
    at.run()
    assert at.exception[0].message == "open_chat(delay=-1): delay must be more than 0"
    at.session_state["bad"] = False
    at.run()
    assert [e["detail"]["message"]["content"] for e in widget_args(at)["envelopes"]] == ["kept", "kept"]


def script_button() -> None:
    import octocom_streamlit as oc

    oc.chat_widget()
    oc.chat_button('Ask "why" <now>', "What does <b>this</b> mean?", help="Opens the chat", type="primary")


def test_chat_button_markup_is_escaped_and_carries_the_event() -> None:
    at = AppTest.from_function(script_button).run()
    assert not at.exception
    (button,) = [h.proto.body for h in at.get("html") if "data-octocom-button" in h.proto.body]
    assert ">Ask &quot;why&quot; &lt;now&gt;</button>" in button
    payload = json.loads(html.unescape(re.search(r'data-octocom-button="([^"]*)"', button).group(1)))  # type: ignore[union-attr]
    assert payload == {
        "v": 1,
        "key": "octocom",
        "detail": {"type": "OPEN_OCTOCOM", "message": {"content": "What does <b>this</b> mean?"}},
    }
    assert "<b>" not in button  # the payload holds no markup at all
    assert carriers(at) == []  # declaring a button queues nothing


def script_button_invalid() -> None:
    import octocom_streamlit as oc

    oc.chat_button("Bad", "x", image_url="file:///etc/passwd")


def test_chat_button_validates_when_declared() -> None:
    at = AppTest.from_function(script_button_invalid).run()
    message = at.exception[0].message
    assert message.startswith("chat_button(image_url='file:///etc/passwd'): image_url must be an absolute")
    assert "pass image=Path(...)" in message  # a local file: the fix is image=
