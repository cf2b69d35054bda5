"""Bad input, property-based: every invalid call raises a clear error naming the field and
queues nothing; every valid one survives JSON, the carrier element and the snippet unchanged.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from streamlit.testing.v1 import AppTest

from octocom_streamlit import OpenChatEvent
from octocom_streamlit.delivery import DeliveryQueue
from octocom_streamlit.protocol.constants import COMMAND_ATTRIBUTE
from octocom_streamlit.streamlit.carrier import carrier_html
from tests.reliability.strategies import CONTENT, IMAGE_URL, invalid_calls, valid_calls
from tests.support.carriers import carriers


def examples(request: pytest.FixtureRequest, normal: int, heavy: int) -> int:
    """How many hypothesis examples: ``normal``, or ``heavy`` with ``--heavy``."""
    return heavy if request.config.getoption("--heavy") else normal


def assert_names_field(error: ValidationError, field: str) -> None:
    text = str(error)
    assert error.error_count() == 1, text
    assert field in text, f"the error does not name {field}:\n{text}"
    (detail,) = error.errors()
    assert detail["msg"].strip(), "the error says no rule"


def test_invalid_calls_raise_a_clear_error(request: pytest.FixtureRequest) -> None:
    @settings(max_examples=examples(request, 400, 5000), deadline=None)
    @given(invalid_calls)
    def check(call: tuple[Any, Any, str]) -> None:
        content, image_url, field = call
        with pytest.raises(ValidationError) as info:
            OpenChatEvent.create(content, image_url)
        assert_names_field(info.value, field)

    check()


def _snippet_detail(snippet: str) -> Any:
    match = re.fullmatch(
        r'document\.dispatchEvent\(new CustomEvent\("openChatEvent", \{\n  detail: (.*),\n\}\)\);',
        snippet,
        re.S,
    )
    assert match, snippet
    return json.loads(match.group(1))


def test_valid_calls_round_trip_unchanged(request: pytest.FixtureRequest) -> None:
    @settings(max_examples=examples(request, 400, 5000), deadline=None)
    @given(valid_calls)
    def check(call: tuple[str | None, str | None]) -> None:
        content, image_url = call
        event = OpenChatEvent.create(content, image_url)
        detail = event.detail()
        expected: dict[str, Any] = {"type": "OPEN_OCTOCOM"}
        if content is not None:
            expected["message"] = {"content": content}
            if image_url is not None:
                expected["message"]["imageUrl"] = image_url
        assert detail == expected
        text = event.to_json()
        assert not set("<>&") & set(text)  # nothing in it is markup
        assert json.loads(text) == detail
        assert OpenChatEvent.model_validate(json.loads(text)) == event
        assert _snippet_detail(event.to_js()) == detail
        queued = DeliveryQueue().push(event)
        element = carrier_html("session", "octocom", queued)
        match = re.fullmatch(rf'<style {COMMAND_ATTRIBUTE}="([^"]*)"></style>', element)
        assert match, element
        assert json.loads(html.unescape(match.group(1)))["envelope"]["detail"] == detail

    check()


def _batch_script() -> None:  # an AppTest script: a valid call, the batch, another valid call
    import streamlit as st

    import octocom_streamlit as oc

    oc.chat_widget()
    outcomes: list[str] = []
    oc.open_chat("valid before")
    for content, image_url in st.session_state.get("batch", []):
        try:
            oc.open_chat(content, image_url)
        except Exception as exc:  # every outcome is reported, not only the expected one
            outcomes.append(f"{type(exc).__name__}: {exc}")
        else:
            outcomes.append("accepted")
    oc.open_chat("valid after")
    st.session_state.outcomes = outcomes


def test_invalid_calls_queue_nothing(request: pytest.FixtureRequest) -> None:
    @settings(
        max_examples=examples(request, 15, 150),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.lists(invalid_calls, min_size=1, max_size=6))
    def check(batch: list[tuple[Any, Any, str]]) -> None:
        app = AppTest.from_function(_batch_script, default_timeout=30)
        app.session_state["batch"] = [(content, image_url) for content, image_url, _ in batch]
        app.run()
        assert not app.exception
        outcomes = app.session_state["outcomes"]
        for outcome, (_, _, field) in zip(outcomes, batch, strict=True):
            # open_chat speaks the caller's words: the argument, not the model's field path
            argument = {CONTENT: "content", IMAGE_URL: "image_url"}.get(field, field)
            assert outcome.startswith("ArgumentError: open_chat("), outcome
            assert f"{argument} " in outcome, outcome
            assert "validation error for" not in outcome, outcome
        sent = carriers(app)
        assert [(c["seq"], c["detail"]["message"]["content"]) for c in sent] == [
            (1, "valid before"),
            (2, "valid after"),
        ]
        app.session_state["batch"] = []
        app.run()  # the next run's args window holds exactly the two valid calls, then two more
        (component,) = app.get("component_instance")
        window = json.loads(component.proto.json_args)["envelopes"]
        assert [(e["seq"], e["detail"]["message"]["content"]) for e in window] == [
            (1, "valid before"),
            (2, "valid after"),
        ]
        assert [c["seq"] for c in carriers(app)] == [3, 4]

    check()
