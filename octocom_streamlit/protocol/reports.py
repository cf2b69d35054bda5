"""What a widget reports back to Python: widget events, and the two ways they travel.

:class:`WidgetEvent` is one event as the app sees it; :data:`EVENT_FIELDS` says which
of its fields each event type carries. From those two the per-type models are built
(:data:`EVENT_MODELS`, the frontend's ``WidgetEvent`` union), so a new field is added
in this module only. Every report adds ``at``, the browser time in milliseconds.

* Streamlit: the component value, :class:`ComponentValue`: the iframe's ``instance``
  and its last :data:`~octocom_streamlit.protocol.constants.KEPT_EVENTS` events, each
  numbered ``n`` (see :mod:`octocom_streamlit.streamlit.component_value`).
* Jupyter: the model's ``_reports`` trait, a window of :class:`PageReport` entries
  that Python acknowledges in ``_reports_read`` (see :mod:`octocom_streamlit.jupyter.reports_trait`).
"""

from __future__ import annotations

from types import NoneType, UnionType
from typing import Annotated, Any, Literal, Union, get_args

from pydantic import ConfigDict, Field, TypeAdapter, WithJsonSchema, create_model, model_validator

from octocom_streamlit.protocol.envelopes import CommandKind
from octocom_streamlit.protocol.wire import WireModel

StateCause = Literal["person", "event"]

#: The fields each event type carries besides ``type`` (all of them required), by type.
EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    "opened": ("by",),
    "closed": ("by",),
    "customer_message": ("content",),
    "delivered": ("seq", "kind"),
    "button_clicked": (),
    "loader_ready": (),
    "loader_failed": ("error",),
}


class WidgetEvent(WireModel):
    """One thing that happened in the widget.

    Every event has every attribute; those its ``type`` does not carry are ``None``.

    Attributes
    ----------
    n : int
        The event's number: from 1, in the order the widget reported them.
    type : str
        ``"opened"``/``"closed"`` (``by`` is ``"person"`` or ``"event"``),
        ``"customer_message"`` (``content``, typed in the preview widget),
        ``"delivered"`` (``seq`` and ``kind`` of a command the page executed),
        ``"button_clicked"`` (a :func:`chat_button` opened the chat),
        ``"loader_ready"`` or ``"loader_failed"`` (``error``).
    at : int
        Browser time, milliseconds since the epoch.
    """

    model_config = ConfigDict(extra="ignore")  # a newer frontend may send more: read what is known

    n: int
    type: str
    at: int
    by: StateCause | None = None
    content: str | None = None
    seq: int | None = None
    kind: CommandKind | None = None
    error: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _is_a_reported_event(cls, data: Any) -> Any:
        """Accept exactly what the frontend reports: one event type's fields."""
        if isinstance(data, dict):
            WIDGET_EVENT.validate_python(data)  # a ValidationError for an unknown type or a missing field
        return data


class _Report(WireModel):
    model_config = ConfigDict(extra="ignore")


def _required(annotation: Any) -> Any:
    """``X | None`` -> ``X``: a field its type carries is always sent."""
    if isinstance(annotation, UnionType) or getattr(annotation, "__origin__", None) is Union:
        members = tuple(arg for arg in get_args(annotation) if arg is not NoneType)
        return members[0] if len(members) == 1 else Union[members]  # noqa: UP007
    return annotation


def _event_model(type_: str, fields: tuple[str, ...]) -> type[WireModel]:
    name = "".join(part.title() for part in type_.split("_")) + "Event"
    definitions: dict[str, Any] = {"type": (Literal[type_], ...)}
    for field in fields:
        definitions[field] = (_required(WidgetEvent.model_fields[field].annotation), ...)
    model: type[WireModel] = create_model(name, __base__=_Report, __module__=__name__, **definitions)
    model.__doc__ = f"The ``{type_}`` widget event: its fields are EVENT_FIELDS[{type_!r}]."
    return model


#: One model per event type: what the frontend builds (its ``WidgetEvent`` union).
EVENT_MODELS: tuple[type[WireModel], ...] = tuple(_event_model(t, f) for t, f in EVENT_FIELDS.items())
WIDGET_EVENT: TypeAdapter[Any] = TypeAdapter(
    Annotated[Union[EVENT_MODELS], Field(discriminator="type")]  # type: ignore[arg-type]  # noqa: UP007
)


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
