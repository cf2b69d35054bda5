"""The option list is declared once (WidgetOptions); both bindings' public signatures follow it.

``chat_widget`` takes ``key``, every option and ``on_event``; ``ChatWidget`` and its
``configure`` take every option but the Streamlit-only ones. A new option added to the
model and not to a signature (or the other way round) fails here.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import octocom_streamlit as oc
from octocom_streamlit.jupyter import ChatWidget
from octocom_streamlit.protocol.options import WidgetOptions
from octocom_streamlit.widget_options import NOTEBOOK_OPTIONS, STREAMLIT_ONLY


def _parameters(function: Any) -> dict[str, Any]:
    signature = inspect.signature(function)
    return {name: p.default for name, p in signature.parameters.items() if name != "self"}


def _defaults(names: Any) -> dict[str, Any]:
    return {name: WidgetOptions.model_fields[name].default for name in names}


def test_chat_widget_takes_key_every_option_and_on_event() -> None:
    parameters = _parameters(oc.chat_widget)
    assert list(parameters) == ["key", *WidgetOptions.model_fields, "on_event"]
    options = WidgetOptions.model_fields
    assert {name: parameters[name] for name in options} == _defaults(options)


def test_chat_widget_constructor_takes_the_notebook_options_and_on_event() -> None:
    parameters = _parameters(ChatWidget.__init__)
    assert list(parameters) == [*NOTEBOOK_OPTIONS, "on_event"]
    assert {name: parameters[name] for name in NOTEBOOK_OPTIONS} == _defaults(NOTEBOOK_OPTIONS)
    assert set(WidgetOptions.model_fields) - set(NOTEBOOK_OPTIONS) == STREAMLIT_ONLY


def test_the_public_annotations_agree() -> None:
    streamlit = inspect.signature(oc.chat_widget).parameters
    notebook = inspect.signature(ChatWidget.__init__).parameters
    for name in NOTEBOOK_OPTIONS:
        assert streamlit[name].annotation == notebook[name].annotation, name


@pytest.mark.parametrize("name", sorted(STREAMLIT_ONLY))
def test_configure_takes_what_the_constructor_takes(name: str) -> None:
    widget = ChatWidget()
    expected = rf"^ChatWidget.configure\({name}=.*: {name} is an option of Streamlit"
    with pytest.raises(oc.ArgumentError, match=expected):
        widget.configure(**{name: WidgetOptions.model_fields[name].default})


def test_configure_changes_every_notebook_option() -> None:
    widget = ChatWidget()
    widget.configure(title="Glow & Co.", layout="inline", loader_timeout=30)
    options = widget._options
    assert (options["title"], options["layout"], options["loaderTimeout"]) == ("Glow & Co.", "inline", 30)


def test_configure_refuses_a_callback() -> None:
    with pytest.raises(oc.ArgumentError, match=r"on_event is not an option: register a callback"):
        ChatWidget().configure(on_event=print)
