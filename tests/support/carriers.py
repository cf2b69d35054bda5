"""What an AppTest run sent the widget, read without a browser.

Streamlit's AppTest shows the component as a ``component_instance`` element whose
``proto.json_args`` holds the args, and each carrier (one per ``open_chat``, ``reply``...)
as an ``html`` element whose command attribute holds the carrier's payload.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from streamlit.testing.v1 import AppTest

from octocom_streamlit.protocol.constants import COMMAND_ATTRIBUTE
from octocom_streamlit.protocol.envelopes import CarrierPayload


def widget_args(at: AppTest) -> dict[str, Any]:
    """The args the last run passed to the widget component."""
    (component,) = at.get("component_instance")
    return json.loads(component.proto.json_args)  # type: ignore[no-any-return]


def carriers(at: AppTest) -> list[dict[str, Any]]:
    """Each carrier's envelope, with the carrier's address (``v``, ``session``, ``key``) beside it."""
    found = []
    for element in at.get("html"):
        match = re.search(rf'{COMMAND_ATTRIBUTE}="([^"]*)"', element.proto.body)
        if match:
            payload = CarrierPayload.model_validate_json(html.unescape(match.group(1))).wire()
            found.append({**payload.pop("envelope"), **payload})
    return found
