"""chat_widget options, loader snippets and widget keys: validated, with clear errors."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

import octocom_streamlit as oc
from octocom_streamlit.loader import LoaderScript, parse_loader
from octocom_streamlit.protocol.options import WidgetOptions
from octocom_streamlit.rules import WidgetKey


class _Keyed(BaseModel):
    key: WidgetKey


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("layout", "sidebar", "'floating' or 'inline'"),
        ("corner", "top-left", "'bottom-right' or 'bottom-left'"),
        ("offset", -1, "greater than or equal to 0"),
        ("height", 50, "greater than or equal to 200"),
        ("title", "", "at least 1 character"),
        ("accent_color", "red", "hex colour"),
        ("accent_color", "#12345", "hex colour"),
        ("avatar_url", "javascript:alert(1)", "avatar_url must be an absolute http(s) URL or a data:image"),
        ("loader_timeout", 0.1, "greater than or equal to 1"),
        ("report", "everything", "'interactions' or 'all'"),
    ],
)
def test_bad_options_name_field_and_rule(field: str, value: object, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        WidgetOptions.model_validate({field: value})
    assert field in str(caught.value) and rule in str(caught.value)


@pytest.mark.parametrize("key", ["octocom", "help-2", "A_b"])
def test_good_keys(key: str) -> None:
    assert _Keyed(key=key).key == key


@pytest.mark.parametrize("key", ["", "has space", "dot.key", "x" * 65, 3])
def test_bad_keys(key: object) -> None:
    with pytest.raises(ValueError, match="key must be 1-64 letters"):
        _Keyed(key=key)


def test_dashboard_snippet_is_parsed_with_its_attributes() -> None:
    snippet = """
      <script src="https://widget.octocom.example/loader.js" data-bot-id="abc" async></script>
      <script>window.octocomSettings = { lang: "en" };</script>
    """
    assert parse_loader(snippet) == [
        LoaderScript(
            src="https://widget.octocom.example/loader.js",
            attributes={"data-bot-id": "abc", "async": ""},
        ),
        LoaderScript(code='window.octocomSettings = { lang: "en" };'),
    ]


def test_bare_url_and_objects() -> None:
    assert parse_loader("https://x.example/l.js") == [LoaderScript(src="https://x.example/l.js")]
    script = LoaderScript(src="https://x.example/l.js")
    assert parse_loader(script) == [script]


@pytest.mark.parametrize(
    ("loader", "message"),
    [
        ("<div>not a script</div>", "only <script> elements"),
        ("", "only <script> elements"),
        ('<script src="javascript:alert(1)"></script>', r"loader src must be an absolute http\(s\) URL"),
        ('<script src="/relative.js"></script>', r"loader src must be an absolute http\(s\) URL"),
        ('<script src="https://x.example/l.js" onload="evil()"></script>', "onload is not allowed"),
    ],
)
def test_bad_loaders_are_refused(loader: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_loader(loader)


def test_loader_script_needs_src_or_code() -> None:
    with pytest.raises(ValidationError, match="exactly one of src or code"):
        LoaderScript(src="https://x.example/l.js", code="window.x = 1;")
    for empty in ({}, {"code": ""}, {"code": "  \n "}, {"attributes": {"async": ""}}):
        with pytest.raises(ValidationError, match="a <script> with neither src nor code loads nothing"):
            LoaderScript.model_validate(empty)


@pytest.mark.parametrize(
    ("loader", "message"),
    [
        ("<script async></script>", "loader: a <script> with neither src nor code loads nothing"),
        ('<script src="https://x.example/l.js"></script><script> </script>', "neither src nor code"),
        ('<script src="https://x.example/l.js"', 'loader: the <script tag is not closed: it needs its ">"'),
        ('<script src="https://x.example/l.js">', "loader: the <script> element is not closed: end it with"),
        (
            "x.example/l.js",
            "loader: the script URL has no https:// in front; give it in full: https://x.example/l.js",
        ),
        ("//x.example/l.js", "give it in full: https://x.example/l.js"),
    ],
)
def test_a_snippet_that_loads_nothing_or_is_cut_short_says_what_is_wrong(loader: str, message: str) -> None:
    with pytest.raises(oc.ArgumentError) as raised:
        oc.chat_widget(loader=loader)
    assert message in str(raised.value)
