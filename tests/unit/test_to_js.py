"""`to_js()` snippets, run in Node with a real EventTarget document, dispatch `detail()`."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from octocom_streamlit import OpenChatEvent

NODE = shutil.which("node")

HARNESS = """
const document = new EventTarget();
const seen = [];
document.addEventListener("openChatEvent", (e) => seen.push({ type: e.type, detail: e.detail }));
%s
process.stdout.write(JSON.stringify(seen));
"""

CASES = [
    OpenChatEvent.create(),
    OpenChatEvent.create("Hello, I need help with my order."),
    OpenChatEvent.create("with image", "https://example.com/a.png"),
    OpenChatEvent.create("quotes \" and ' and `backticks` ${x}"),
    OpenChatEvent.create("</script><script>alert(1)</script>"),
    OpenChatEvent.create("line\u2028separator\u2029and \\ backslash\nnewline"),
    OpenChatEvent.create("emoji 😀 and ünïcödé"),
]


@pytest.mark.skipif(NODE is None, reason="node is required to run the snippet")
@pytest.mark.parametrize("event", CASES, ids=range(len(CASES)))
def test_snippet_dispatches_exactly_the_detail(event: OpenChatEvent) -> None:
    snippet = event.to_js()
    assert "</script" not in snippet.lower()
    out = subprocess.run([NODE, "-e", HARNESS % snippet], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [{"type": "openChatEvent", "detail": event.detail()}]


def test_snippet_matches_the_guide_shape() -> None:
    snippet = OpenChatEvent.create("Hi").to_js()
    assert snippet.startswith('document.dispatchEvent(new CustomEvent("openChatEvent", {')
    assert snippet.endswith("}));")
