"""The hidden element that carries one command from the script to the mounted widget.

``open_chat`` writes it with ``st.html`` at its call site: a ``<style>`` element
with no rules and one data attribute. Style-only HTML goes to Streamlit's event
container (no room taken in the page), runs no script, and works in callbacks and
fragments. The widget iframe (same-origin with the page) watches the page's DOM
and executes each new carrier of its key, in sequence order, exactly once.
"""

from __future__ import annotations

import html

from octocom_streamlit.delivery import QueuedCommand
from octocom_streamlit.protocol.constants import COMMAND_ATTRIBUTE
from octocom_streamlit.protocol.envelopes import CarrierPayload
from octocom_streamlit.protocol.safe_json import safe_json


def carrier_html(session_token: str, widget_key: str, queued: QueuedCommand) -> str:
    r"""Return the carrier element for ``queued``.

    The payload is JSON without ``<``, ``>`` or ``&`` (escaped as ``\u003c`` etc.), then
    attribute-escaped: Streamlit's sanitizer keeps it whole and nothing in it is markup.
    """
    payload = CarrierPayload(session=session_token, key=widget_key, envelope=queued.envelope).wire()
    return f'<style {COMMAND_ATTRIBUTE}="{html.escape(safe_json(payload), quote=True)}"></style>'
