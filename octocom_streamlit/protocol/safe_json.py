"""JSON text that is safe inside HTML attributes, ``<script>`` elements and JS source."""

from __future__ import annotations

import json
from typing import Any

# Escaped so the text holds no markup at all: a sanitizer (Streamlit's DOMPurify) sees
# nothing to strip, and `</script>` or `-->` inside content cannot end an element.
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def safe_json(value: Any, *, compact: bool = True) -> str:
    """Serialize ``value`` as JSON with ``<``, ``>``, ``&`` and U+2028/U+2029 escaped."""
    separators = (",", ":") if compact else (", ", ": ")
    text = json.dumps(value, ensure_ascii=False, separators=separators)
    for raw, escaped in _ESCAPES.items():
        text = text.replace(raw, escaped)
    return text
