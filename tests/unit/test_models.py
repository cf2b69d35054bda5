"""The contract models: exact serialization and the input rules."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from octocom_streamlit import ChatMessage, OpenChatEvent
from octocom_streamlit.protocol.constants import (
    DATA_URL_IMAGE_TYPES,
    MAX_CONTENT_CHARS,
    MAX_DATA_URL_CHARS,
    MAX_HTTP_URL_CHARS,
)
from octocom_streamlit.protocol.contract import validate_image_url
from tests.support.images import PNG_1PX


def test_open_without_message_has_only_type() -> None:
    assert OpenChatEvent.create().detail() == {"type": "OPEN_OCTOCOM"}


def test_content_only_has_no_image_key() -> None:
    detail = OpenChatEvent.create("Hello, I need help with my order.").detail()
    assert detail == {"type": "OPEN_OCTOCOM", "message": {"content": "Hello, I need help with my order."}}


def test_image_url_serializes_as_camel_case() -> None:
    detail = OpenChatEvent.create("Look", "https://cdn.example.com/a.jpg?x=1").detail()
    assert detail == {
        "type": "OPEN_OCTOCOM",
        "message": {"content": "Look", "imageUrl": "https://cdn.example.com/a.jpg?x=1"},
    }
    assert list(detail["message"]) == ["content", "imageUrl"]


def test_models_accept_alias_and_field_name() -> None:
    assert ChatMessage(content="a", imageUrl=PNG_1PX) == ChatMessage(content="a", image_url=PNG_1PX)


def test_type_is_always_open_octocom() -> None:
    with pytest.raises(ValidationError, match="type"):
        OpenChatEvent(type="CLOSE_OCTOCOM")  # type: ignore[arg-type]


def test_extra_keys_are_refused() -> None:
    with pytest.raises(ValidationError, match="extra"):
        OpenChatEvent.model_validate({"type": "OPEN_OCTOCOM", "foo": 1})
    with pytest.raises(ValidationError, match=r"message\.extra"):
        OpenChatEvent.model_validate({"message": {"content": "a", "extra": 1}})


def test_models_are_frozen() -> None:
    event = OpenChatEvent.create("a")
    with pytest.raises(ValidationError):
        event.message = None  # type: ignore[misc]


@pytest.mark.parametrize("content", ["", " ", "\n\t "])
def test_blank_content_is_refused(content: str) -> None:
    with pytest.raises(ValidationError, match=r"message\.content[\s\S]*must not be empty"):
        OpenChatEvent.create(content)


def test_content_must_be_a_string() -> None:
    with pytest.raises(ValidationError, match=r"message\.content[\s\S]*valid string"):
        OpenChatEvent.create(42)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"message\.content"):
        OpenChatEvent.create(b"bytes")  # type: ignore[arg-type]


def test_content_length_limit() -> None:
    assert OpenChatEvent.create("x" * MAX_CONTENT_CHARS).message is not None
    with pytest.raises(ValidationError, match=rf"message\.content[\s\S]*at most {MAX_CONTENT_CHARS}"):
        OpenChatEvent.create("x" * (MAX_CONTENT_CHARS + 1))


def test_image_without_content_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"content is required when a message is given"):
        OpenChatEvent.create(None, "https://example.com/a.png")


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/a.png",
        "http://127.0.0.1:8501/app/static/a.png",
        "https://example.com/path with%20escapes.png".replace(" ", "%20"),
        PNG_1PX,
        "data:image/jpeg;base64," + base64.b64encode(b"\xff\xd8\xff").decode(),
    ],
)
def test_accepted_image_urls_round_trip_unchanged(url: str) -> None:
    message = OpenChatEvent.create("photo", url).detail()["message"]
    assert message["imageUrl"] == url


@pytest.mark.parametrize(
    ("url", "rule"),
    [
        ("javascript:alert(1)", "scheme 'javascript'"),
        ("JaVaScRiPt:alert(1)", "scheme 'javascript'"),
        ("file:///etc/passwd", "scheme 'file'"),
        ("/relative/a.png", "relative or malformed"),
        ("a.png", "relative or malformed"),
        ("//example.com/a.png", "relative or malformed"),
        ("https://", "with a host"),
        ("https:/example.com", "with a host"),
        ("http://exa mple.com/a.png", "white space"),
        (" https://example.com/a.png", "white space"),
        ("https://example.com:99999/a.png", "well-formed"),
        ("data:text/html;base64,PHNjcmlwdD4=", "type text/html is not allowed"),
        ("data:image/svg+xml;base64,PHN2Zz4=", "type image/svg+xml is not allowed"),
        ("data:image/png,rawbytes", "data:image/<type>;base64"),
        ("data:image/png;base64,not base64!", "not valid base64"),
        ("https://example.com/" + "a" * MAX_HTTP_URL_CHARS, f"at most {MAX_HTTP_URL_CHARS}"),
        ("data:image/png;base64," + "A" * MAX_DATA_URL_CHARS, "the limit is"),
    ],
)
def test_refused_image_urls_name_field_and_rule(url: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        OpenChatEvent.create("photo", url)
    text = str(caught.value)
    assert "message.imageUrl" in text
    assert "image_url" in text
    assert rule in text


def test_to_json_is_compact_and_script_safe() -> None:
    event = OpenChatEvent.create("</script><b>&")
    assert event.to_json() == (
        '{"type":"OPEN_OCTOCOM","message":{"content":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}}'
    )


def _readme_image_url_rule() -> str:
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    row = re.search(r"^\| `image_url` \| (.*) \|$", text, re.M)
    assert row is not None, "README.md's rules table has no image_url row"
    return row.group(1)


def test_readme_states_the_image_url_rule_the_validator_applies() -> None:
    rule = _readme_image_url_rule()
    listed = re.search(r"`data:image/<([a-z,]+)>;base64,\.\.\.`", rule)
    assert listed is not None
    assert {f"image/{kind}" for kind in listed.group(1).split(",")} == set(DATA_URL_IMAGE_TYPES)
    refused = rule.split("Refused: ", 1)[1].split(". ", 1)[0]
    for scheme in re.findall(r"`([a-z]+:)`", refused):
        with pytest.raises(PydanticCustomError):
            validate_image_url(f"{scheme}//x/photo.png" if scheme == "file:" else f"{scheme}alert(1)")
    assert "`data:image/svg+xml` included" in refused
    with pytest.raises(PydanticCustomError, match="image/svg"):
        validate_image_url("data:image/svg+xml;base64,PHN2Zz4=")
    (example,) = re.findall(r"`(https://\S+\.svg)` passes", rule)  # README names what passes
    assert validate_image_url(example) == example
    assert "SVG URLs are refused" not in rule and "and SVG URLs" not in rule
