"""The golden protocol fixtures (tests/fixtures/protocol/): Python writes them and reads them.

Vitest reads the same files (frontend/src/protocol/fixtures.test.ts), so a field renamed
on one side only fails a unit test on that side, in seconds.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from octocom_streamlit.commands import AgentReply, CancelPending, OpenChat
from octocom_streamlit.delivery import QueuedCommand
from octocom_streamlit.jupyter import ChatWidget
from octocom_streamlit.jupyter.report_history import ReportHistory
from octocom_streamlit.jupyter.reports_trait import ReportsTrait
from octocom_streamlit.protocol.constants import (
    ARG_TRAITS,
    COMMAND_ATTRIBUTE,
    REPORTS_READ_TRAIT,
    REPORTS_TRAIT,
)
from octocom_streamlit.protocol.contract import OpenChatEvent
from octocom_streamlit.protocol.envelopes import ButtonPayload, CarrierPayload, ComponentArgs
from octocom_streamlit.protocol.options import LoaderScript, WidgetOptions
from octocom_streamlit.protocol.reports import EVENT_FIELDS, WIDGET_EVENT, ComponentValue, PageReport
from octocom_streamlit.streamlit.carrier import carrier_html
from octocom_streamlit.streamlit.component_value import ComponentValueCursor

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "protocol"
SESSION = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
PNG = "data:image/png;base64," + (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)

RASH = OpenChatEvent.create("Here is a photo of the rash.", PNG)
COMMANDS = {
    "envelope-open.json": (OpenChat(OpenChatEvent.create("Hello, I need help with my order.")), 1),
    "envelope-open-delayed-image.json": (OpenChat(RASH, 2.5), 2),
    "envelope-open-bare.json": (OpenChat(OpenChatEvent.create()), 3),
    "envelope-reply.json": (AgentReply("Our Hydra Balm is made for dry skin."), 4),
    "envelope-cancel.json": (CancelPending(), 5),
}
IDS = {
    1: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    2: "1b2c3d4e5f60718293a4b5c6d7e8f90a",
    3: "2c3d4e5f60718293a4b5c6d7e8f90a1b",
    4: "3d4e5f60718293a4b5c6d7e8f90a1b2c",
    5: "4e5f60718293a4b5c6d7e8f90a1b2c3d",
}


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def queued(name: str) -> QueuedCommand:
    command, seq = COMMANDS[name]
    return QueuedCommand(seq=seq, id=IDS[seq], command=command)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_serializes_to_its_envelope(name: str) -> None:
    assert queued(name).wire() == fixture(name)


def test_the_envelopes_cover_every_kind() -> None:
    assert {fixture(name)["kind"] for name in COMMANDS} == {"open", "reply", "cancel"}


def test_component_args() -> None:
    names = (
        "envelope-open.json",
        "envelope-open-delayed-image.json",
        "envelope-reply.json",
        "envelope-cancel.json",
    )
    envelopes = [queued(name).envelope for name in names]
    options = WidgetOptions(title="Acme help", accent_color="#0f766e")
    args = ComponentArgs(session=SESSION, widget_key="support", envelopes=envelopes, options=options)
    assert args.wire() == fixture("component-args.json")


def test_options() -> None:
    loader = [
        LoaderScript(src="https://widget.example.com/loader.js", attributes={"data-bot-id": "42"}),
        LoaderScript(code="window.octocomReady = true;"),
    ]
    options = WidgetOptions(
        layout="floating",
        corner="bottom-left",
        offset=16,
        height=640,
        title="Acme help",
        subtitle="We answer in minutes",
        greeting="",
        accent_color="#0f766e",
        avatar_url="https://example.com/avatar.png",
        loader=loader,
        loader_timeout=20.0,
        report="all",
    )
    assert options.wire() == fixture("options-all.json")
    assert WidgetOptions().wire() == fixture("options-default.json")


def test_the_carrier_element_holds_the_carrier_payload() -> None:
    element = carrier_html(SESSION, "support", queued("envelope-open-delayed-image.json"))
    match = re.fullmatch(rf'<style {COMMAND_ATTRIBUTE}="([^"]*)"></style>', element)
    assert match is not None
    assert json.loads(html.unescape(match.group(1))) == fixture("carrier.json")


def test_the_chat_button_payload() -> None:
    detail = OpenChatEvent.create("What does the spike in March mean?")
    assert ButtonPayload(key="support", detail=detail).wire() == fixture("button.json")


@pytest.mark.parametrize(
    ("model", "name"),
    [
        (ComponentArgs, "component-args.json"),
        (CarrierPayload, "carrier.json"),
        (ButtonPayload, "button.json"),
        (WidgetOptions, "options-all.json"),
        (WidgetOptions, "options-default.json"),
        (ComponentValue, "report-component-value.json"),
    ],
)
def test_the_models_read_back_what_they_wrote(model: Any, name: str) -> None:
    assert model.model_validate(fixture(name)).wire() == fixture(name)


def test_the_reports_cover_every_event_type_with_exactly_its_fields() -> None:
    events = fixture("report-component-value.json")["events"]
    assert {event["type"] for event in events} == set(EVENT_FIELDS)
    for event in events:
        assert set(event) == {"type", "n", "at", *EVENT_FIELDS[event["type"]]}
        WIDGET_EVENT.validate_python(event)


def test_streamlit_reads_the_component_value() -> None:
    value = fixture("report-component-value.json")
    report = ComponentValueCursor().read(value)
    assert [event.model_dump(exclude_none=True) for event in report.new_events] == value["events"]
    assert report.customer_messages == ["Do you ship to Norway?"]
    assert report.loader_error is None and report.is_open is False


def test_jupyter_reads_the_page_window() -> None:
    window = fixture("report-page-window.json")
    for entry in window:
        PageReport.model_validate(entry)
    taken = ReportsTrait().take(window)
    assert taken == [entry["event"] for entry in window]
    log = ReportHistory()
    assert [log.add(event) is not None for event in taken] == [True] * len(window)
    assert log.report().customer_messages == ["Do you ship to Norway?"]


def test_the_notebook_model_has_a_trait_per_arg_and_the_report_traits() -> None:
    traits = set(ChatWidget.class_trait_names(sync=True))
    assert {*ARG_TRAITS.values(), REPORTS_TRAIT, REPORTS_READ_TRAIT} <= traits
    assert set(ARG_TRAITS) == {field.alias for field in ComponentArgs.model_fields.values()}
