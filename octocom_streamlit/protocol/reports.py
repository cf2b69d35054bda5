"""What a widget reports back to Python: widget events, and the two ways they travel.

Each event type is one model (the frontend builds exactly these); every report adds
``at``, the browser time in milliseconds since the epoch.

* Streamlit: the component value, :class:`ComponentValue`: the iframe's ``instance``
  and its last :data:`~octocom_streamlit.protocol.constants.KEPT_EVENTS` events, each
  numbered ``n`` (see :mod:`octocom_streamlit.streamlit.report_cursor`).
* Jupyter: the model's ``_reports`` trait, a window of :class:`PageReport` entries
  that Python acknowledges in ``_reports_read`` (see :mod:`octocom_streamlit.jupyter.page_reports`).
"""

from __future__ import annotations

from typing import Annotated, Literal, Union, get_args

from pydantic import ConfigDict, Field, TypeAdapter, WithJsonSchema

from octocom_streamlit.protocol.envelopes import CommandKind
from octocom_streamlit.protocol.wire import WireModel

StateCause = Literal["person", "event"]


class _Report(WireModel):
    # A newer frontend may add fields: an older Python reads what it knows.
    model_config = ConfigDict(extra="ignore")


class OpenedEvent(_Report):
    """The widget opened, because a person clicked or an ``openChatEvent`` arrived."""

    type: Literal["opened"]
    by: StateCause


class ClosedEvent(_Report):
    """The widget closed (``by`` a person, or by an event)."""

    type: Literal["closed"]
    by: StateCause


class CustomerMessageEvent(_Report):
    """A person typed ``content`` in the preview widget."""

    type: Literal["customer_message"]
    content: str


class DeliveredEvent(_Report):
    """The page executed the command ``seq`` of ``kind``."""

    type: Literal["delivered"]
    seq: int
    kind: CommandKind


class ButtonClickedEvent(_Report):
    """A ``chat_button`` opened the chat."""

    type: Literal["button_clicked"]


class LoaderReadyEvent(_Report):
    """The real Octocom loader loaded."""

    type: Literal["loader_ready"]


class LoaderFailedEvent(_Report):
    """The real Octocom loader failed with ``error``."""

    type: Literal["loader_failed"]
    error: str


AnyWidgetEvent = Annotated[
    Union[  # noqa: UP007
        OpenedEvent,
        ClosedEvent,
        CustomerMessageEvent,
        DeliveredEvent,
        ButtonClickedEvent,
        LoaderReadyEvent,
        LoaderFailedEvent,
    ],
    Field(discriminator="type"),
]
WIDGET_EVENT: TypeAdapter[AnyWidgetEvent] = TypeAdapter(AnyWidgetEvent)
EVENT_MODELS: tuple[type[WireModel], ...] = get_args(get_args(AnyWidgetEvent)[0])

#: The fields each event type carries besides ``type`` (all required), by type.
EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    get_args(model.model_fields["type"].annotation)[0]: tuple(
        name for name in model.model_fields if name != "type"
    )
    for model in EVENT_MODELS
}


class ReportTime(WireModel):
    """What every report adds to its event: ``at``, browser time in ms since the epoch."""

    at: int


class ReportStamp(ReportTime):
    """What the Streamlit component adds to each event: its number ``n`` (from 1) and ``at``."""

    n: int = Field(ge=1)


def _event_with(stamp: str) -> WithJsonSchema:
    # An event model's fields and a stamp's: how TypeScript sees a reported event
    # (Python keeps it raw, to skip one event of an unknown shape, not the whole report).
    return WithJsonSchema({"allOf": [{"$ref": "#/$defs/WidgetEvent"}, {"$ref": f"#/$defs/{stamp}"}]})


StampedEvent = Annotated[dict[str, object], _event_with("ReportStamp")]
TimedEvent = Annotated[dict[str, object], _event_with("ReportTime")]


class ComponentValue(WireModel):
    """The Streamlit component's value: the iframe ``instance`` and its recent numbered events.

    ``instance`` changes when the iframe is recreated, so Python restarts its count.
    """

    instance: str
    events: list[StampedEvent]


class PageReport(WireModel):
    """One entry of a notebook page's report window: event number ``n`` of ``page``."""

    page: str
    n: int = Field(ge=1)
    event: TimedEvent
