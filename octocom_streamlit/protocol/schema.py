"""Every wire model as one JSON Schema: the source of ``frontend/src/protocol/generated.ts``.

``scripts/generate_protocol.py`` feeds :func:`bundle` to ``json-schema-to-typescript``
and writes :data:`~octocom_streamlit.protocol.constants.EXPORTED` and the default
options beside the types. The schema describes what ``wire()`` sends, so:

* a field that defaults to ``None`` is optional and never ``null`` (``None`` is not sent);
* every other field is required (a default is sent like any value);
* property titles are dropped (they would become needless type aliases), and
  descriptions keep their first paragraph (the TypeScript doc comment).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from octocom_streamlit.protocol.constants import EXPORTED
from octocom_streamlit.protocol.contract import ChatMessage, OpenChatEvent
from octocom_streamlit.protocol.envelopes import (
    ButtonPayload,
    CancelEnvelope,
    CarrierPayload,
    ComponentArgs,
    OpenEnvelope,
    ReplyEnvelope,
)
from octocom_streamlit.protocol.options import LoaderScript, WidgetOptions
from octocom_streamlit.protocol.reports import (
    EVENT_MODELS,
    ComponentValue,
    PageReport,
    ReportStamp,
    ReportTime,
)

#: The models the frontend gets types for, besides those they reference.
MODELS: tuple[type[BaseModel], ...] = (
    ChatMessage,
    OpenChatEvent,
    LoaderScript,
    WidgetOptions,
    OpenEnvelope,
    ReplyEnvelope,
    CancelEnvelope,
    ComponentArgs,
    CarrierPayload,
    ButtonPayload,
    *EVENT_MODELS,
    ReportTime,
    ReportStamp,
    ComponentValue,
    PageReport,
)

#: Named unions: the TypeScript name and its members.
UNIONS = {
    "Envelope": (OpenEnvelope, ReplyEnvelope, CancelEnvelope),
    "WidgetEvent": EVENT_MODELS,
}


def _as_sent(schema: Any) -> Any:
    """Apply the rules of the module docstring to every object schema, recursively."""
    if isinstance(schema, list):
        return [_as_sent(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    schema = {key: _as_sent(value) for key, value in schema.items()}
    if isinstance(schema.get("description"), str):
        schema["description"] = " ".join(schema["description"].split("\n\n")[0].split())
    properties = schema.get("properties")
    if isinstance(properties, dict):
        required = []
        for name, prop in properties.items():
            prop.pop("title", None)
            if "default" in prop and prop["default"] is None:
                options = [option for option in prop.pop("anyOf", []) if option != {"type": "null"}]
                if len(options) == 1:
                    prop.update(options[0])
                elif options:
                    prop["anyOf"] = options
                prop.pop("default")
            else:
                required.append(name)
        schema["required"] = required
    return schema


def bundle() -> dict[str, Any]:
    """Return one JSON Schema whose ``$defs`` hold every wire model and union, by name."""
    models = [(model, "serialization") for model in MODELS]
    _, top = models_json_schema(models, ref_template="#/$defs/{model}")  # type: ignore[arg-type]
    defs: dict[str, Any] = top["$defs"]
    for name, members in UNIONS.items():
        defs[name] = {"title": name, "oneOf": [{"$ref": f"#/$defs/{model.__name__}"} for model in members]}
    return {
        "title": "OctocomProtocol",
        "description": "The wire protocol between octocom_streamlit and its frontend.",
        "type": "object",
        "additionalProperties": False,
        "$defs": _as_sent(defs),
    }


def constants() -> dict[str, Any]:
    """Return the constants the frontend gets, by name, including ``DEFAULT_OPTIONS``."""
    return {**EXPORTED, "DEFAULT_OPTIONS": WidgetOptions().wire()}
