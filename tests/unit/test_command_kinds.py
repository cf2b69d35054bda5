"""A command's kind is listed in three places of the wire; they agree."""

from __future__ import annotations

from typing import get_args

from octocom_streamlit.protocol.envelopes import CommandKind, Envelope
from octocom_streamlit.protocol.schema import UNIONS


def test_command_kinds_envelopes_and_schema_union_agree() -> None:
    members = get_args(get_args(Envelope)[0])
    kinds = [model.model_fields["kind"].default for model in members]
    assert list(get_args(CommandKind)) == kinds
    assert tuple(UNIONS["Envelope"]) == members
