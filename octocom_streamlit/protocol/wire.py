"""The base of every model that crosses the wire: snake_case in Python, camelCase in JSON."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class WireModel(BaseModel):
    """A frozen model whose JSON form (``wire()``) uses camelCase keys and leaves out ``None``.

    Python code constructs it by field name; :meth:`wire` is the one place that turns it
    into what the frontend reads, and ``model_validate`` reads the JSON form back.
    """

    # loc_by_alias=False: errors name the Python field (accent_color), as the caller wrote it.
    model_config = ConfigDict(
        frozen=True, alias_generator=to_camel, populate_by_name=True, loc_by_alias=False
    )

    def wire(self) -> dict[str, Any]:
        """Return the JSON-ready form the frontend reads (camelCase keys, no ``None`` values)."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)
