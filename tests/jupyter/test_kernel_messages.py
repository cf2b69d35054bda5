"""ChatWidget through a real IPython kernel: the Jupyter widget messages the page receives and sends.

The kernel is a real ipykernel started by jupyter_client; this test plays the page's
side of the comm (what the anywidget front end does) and reads the messages as the
page would get them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from jupyter_client.blocking.client import BlockingKernelClient
from jupyter_client.manager import KernelManager, start_new_kernel

from tests.support.paths import ROOT


@pytest.fixture(scope="module")
def kernel() -> Iterator[BlockingKernelClient]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    manager, client = start_new_kernel(kernel_name="python3", env=env, cwd=str(ROOT))
    assert isinstance(manager, KernelManager)
    yield client
    client.stop_channels()
    manager.shutdown_kernel(now=True)


def execute(client: BlockingKernelClient, code: str) -> list[dict[str, Any]]:
    """Run ``code``; return every iopub message it caused, in order."""
    return caused_by(client, client.execute(code))


def page_writes(client: BlockingKernelClient, comm_id: str, state: dict[str, Any]) -> list[dict[str, Any]]:
    """The page sets traits (a comm ``update``, as anywidget's ``save_changes``); returns what it caused."""
    update = {"method": "update", "state": state, "buffer_paths": []}
    message = client.session.msg("comm_msg", {"comm_id": comm_id, "data": update})
    client.shell_channel.send(message)
    return caused_by(client, message["header"]["msg_id"])


def caused_by(client: BlockingKernelClient, msg_id: str) -> list[dict[str, Any]]:
    """Every iopub message the request ``msg_id`` caused, in order, until the kernel is idle."""
    messages = []
    while True:
        message = client.get_iopub_msg(timeout=30)
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            return messages
        messages.append(message)


def printed(messages: list[dict[str, Any]]) -> str:
    errors = [m["content"] for m in messages if m["msg_type"] == "error"]
    assert not errors, errors
    return "".join(m["content"]["text"] for m in messages if m["msg_type"] == "stream")


def test_the_page_gets_the_args_and_each_call_once(kernel: BlockingKernelClient) -> None:
    opened = execute(
        kernel,
        "from octocom_streamlit.jupyter import ChatWidget\n"
        "w = ChatWidget(title='Glow & Co.')\n"
        "w.open_chat('before display')",
    )
    (comm_open,) = [m for m in opened if m["msg_type"] == "comm_open"
                    and m["content"]["data"]["state"].get("_model_name") == "AnyModel"]  # fmt: skip
    state = comm_open["content"]["data"]["state"]
    assert state["_options"]["title"] == "Glow & Co."
    assert len(state["_session"]) == 32 and state["_widget_key"] == "octocom" and state["_envelopes"] == []
    assert "export" in state["_esm"]
    updates = [m["content"]["data"] for m in opened if m["msg_type"] == "comm_msg"]
    assert [u["method"] for u in updates] == ["update"]
    assert [e["detail"] for e in updates[0]["state"]["_envelopes"]] == [
        {"type": "OPEN_OCTOCOM", "message": {"content": "before display"}}
    ]

    displayed = execute(kernel, "display(w)")
    (bundle,) = [m["content"]["data"] for m in displayed if m["msg_type"] == "display_data"]
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == comm_open["content"]["comm_id"]

    # The page: delivered seq 1, then a person typed a message; each write of the
    # `_reports` trait carries every report not acknowledged yet.
    comm_id = comm_open["content"]["comm_id"]
    reports = [
        {"page": "p1", "n": n, "event": event}
        for n, event in enumerate(
            (
                {"type": "delivered", "seq": 1, "kind": "open", "at": 1},
                {"type": "opened", "by": "event", "at": 2},
                {"type": "customer_message", "content": "typed in the page", "at": 3},
            ),
            start=1,
        )
    ]
    first = page_writes(kernel, comm_id, {"_reports": reports[:1]})
    # Python acknowledges what it took (the window it aged is unchanged: not sent); no
    # echo of the page's own write comes back.
    assert [m["content"]["data"] for m in first if m["msg_type"] == "comm_msg"] == [
        {"method": "update", "state": {"_reports_read": {"p1": 1}}, "buffer_paths": []}
    ]
    page_writes(kernel, comm_id, {"_reports": reports})  # a window repeating report 1
    heard = execute(kernel, "print(w.state, w.customer_messages, [e.type for e in w.history])")
    assert printed(heard).strip() == "open ['typed in the page'] ['delivered', 'opened', 'customer_message']"

    later = execute(kernel, "w.open_chat('after display'); w.reply('an agent reply')")
    windows = [m["content"]["data"]["state"]["_envelopes"] for m in later if m["msg_type"] == "comm_msg"]
    assert [[e["seq"] for e in window] for window in windows] == [[1, 2], [1, 2, 3]]


def test_a_streamlit_call_in_a_notebook_says_it_needs_streamlit_run(kernel: BlockingKernelClient) -> None:
    messages = execute(kernel, "import octocom_streamlit as oc\noc.open_chat('Hi')")
    (error,) = [m["content"] for m in messages if m["msg_type"] == "error"]
    assert error["ename"] == "StreamlitRunRequired"
    assert error["evalue"].startswith(
        "open_chat() needs a running Streamlit app: start it with `streamlit run"
    )
    assert error["evalue"].endswith(
        "In a notebook, use octocom_streamlit.jupyter.ChatWidget: w = ChatWidget(), show w in a cell, "
        "then w.open_chat(...)."
    )
    streamed = "".join(m["content"].get("text", "") for m in messages if m["msg_type"] == "stream")
    assert "ScriptRunContext" not in streamed  # not Streamlit's bare-mode warning
