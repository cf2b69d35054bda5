"""Every argument of every public call: a bad value raises ``ArgumentError`` in the caller's words.

Each row is a call and the start of its message: the call and the argument as written,
then the rule. No pydantic wording, URLs or model names reach the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import octocom_streamlit as oc
from octocom_streamlit.jupyter import ChatWidget

PNG_URL = "https://example.com/a.png"

CASES: list[tuple[str, Callable[[], Any], str]] = [
    # open_chat
    (
        "open_chat content type",
        lambda: oc.open_chat(12345),
        "open_chat(content=12345): content must be a str, got int",
    ),
    (
        "open_chat content blank",
        lambda: oc.open_chat("  "),
        "open_chat(content='  '): content must not be empty",
    ),
    (
        "open_chat content long",
        lambda: oc.open_chat("x" * 10_001),
        "open_chat(content='xxx",
    ),
    (
        "open_chat image_url relative",
        lambda: oc.open_chat("Hi", image_url="photo.jpg"),
        "open_chat(image_url='photo.jpg'): image_url must be an absolute http(s) URL",
    ),
    (
        "open_chat image_url type",
        lambda: oc.open_chat("Hi", image_url=5),
        "open_chat(image_url=5): image_url must be a str, got int",
    ),
    (
        "open_chat image_url alone",
        lambda: oc.open_chat(image_url=PNG_URL),
        f"open_chat(image_url='{PNG_URL}'): content is required when a message is given",
    ),
    (
        "open_chat image",
        lambda: oc.open_chat("Hi", image=b"not an image"),
        "open_chat(image=b'not an image'): image: type unknown is not accepted",
    ),
    (
        "open_chat image and image_url",
        lambda: oc.open_chat("Hi", image=b"x", image_url=PNG_URL),
        "open_chat(image=b'x'): image and image_url are both given",
    ),
    (
        "open_chat delay zero",
        lambda: oc.open_chat("Hi", delay=0),
        "open_chat(delay=0): delay must be more than 0",
    ),
    (
        "open_chat delay str",
        lambda: oc.open_chat("Hi", delay="5"),
        "open_chat(delay='5'): delay must be a number (int or float), got str",
    ),
    (
        "open_chat delay bool",
        lambda: oc.open_chat("Hi", delay=True),
        "open_chat(delay=True): delay must be a number (int or float), got bool",
    ),
    (
        "open_chat delay long",
        lambda: oc.open_chat("Hi", delay=3601),
        "open_chat(delay=3601): delay must be at most 3600",
    ),
    ("open_chat once type", lambda: oc.open_chat("Hi", once=1), "open_chat(once=1): once must be a str"),
    (
        "open_chat once blank",
        lambda: oc.open_chat("Hi", once=""),
        "open_chat(once=''): once must be a non-blank id",
    ),
    (
        "open_chat key",
        lambda: oc.open_chat("Hi", key="a b"),
        "open_chat(key='a b'): key must be 1-64 letters",
    ),
    # reply and cancel_pending
    ("reply text blank", lambda: oc.reply(""), "reply(text=''): text must not be empty"),
    ("reply text type", lambda: oc.reply(None), "reply(text=None): text must be a str, got NoneType"),
    ("reply key", lambda: oc.reply("Hi", key="?"), "reply(key='?'): key must be 1-64 letters"),
    (
        "cancel_pending key",
        lambda: oc.cancel_pending(key=""),
        "cancel_pending(key=''): key must be 1-64 letters",
    ),
    # chat_widget
    (
        "chat_widget key",
        lambda: oc.chat_widget(key="a.b"),
        "chat_widget(key='a.b'): key must be 1-64 letters",
    ),
    (
        "chat_widget layout",
        lambda: oc.chat_widget(layout="float"),
        "chat_widget(layout='float'): layout must be one of 'floating' or 'inline'",
    ),
    (
        "chat_widget corner",
        lambda: oc.chat_widget(corner="top-left"),
        "chat_widget(corner='top-left'): corner must be one of 'bottom-right' or 'bottom-left'",
    ),
    (
        "chat_widget offset type",
        lambda: oc.chat_widget(offset="24"),
        "chat_widget(offset='24'): offset must be an int",
    ),
    (
        "chat_widget offset bool",
        lambda: oc.chat_widget(offset=True),
        "chat_widget(offset=True): offset must be an int",
    ),
    (
        "chat_widget offset range",
        lambda: oc.chat_widget(offset=401),
        "chat_widget(offset=401): offset must be at most 400",
    ),
    (
        "chat_widget height",
        lambda: oc.chat_widget(height=100),
        "chat_widget(height=100): height must be at least 200",
    ),
    (
        "chat_widget title empty",
        lambda: oc.chat_widget(title=""),
        "chat_widget(title=''): title must not be empty",
    ),
    (
        "chat_widget title type",
        lambda: oc.chat_widget(title=5),
        "chat_widget(title=5): title must be a str, got int",
    ),
    (
        "chat_widget subtitle",
        lambda: oc.chat_widget(subtitle="x" * 121),
        "chat_widget(subtitle='xxx",
    ),
    (
        "chat_widget greeting",
        lambda: oc.chat_widget(greeting=None),
        "chat_widget(greeting=None): greeting must be a str, got NoneType",
    ),
    (
        "chat_widget accent_color",
        lambda: oc.chat_widget(accent_color="red"),
        "chat_widget(accent_color='red'): accent_color must be a hex colour",
    ),
    (
        "chat_widget avatar_url",
        lambda: oc.chat_widget(avatar_url="me.png"),
        "chat_widget(avatar_url='me.png'): avatar_url must be an absolute http(s) URL",
    ),
    (
        "chat_widget loader type",
        lambda: oc.chat_widget(loader=5),
        "chat_widget(loader=5): loader must be the <script>",
    ),
    (
        "chat_widget loader markup",
        lambda: oc.chat_widget(loader="<div>hi</div>"),
        "chat_widget(loader='<div>hi</div>'): loader must be a script URL",
    ),
    (
        "chat_widget loader_timeout",
        lambda: oc.chat_widget(loader_timeout=0.5),
        "chat_widget(loader_timeout=0.5): loader_timeout must be at least 1",
    ),
    (
        "chat_widget report",
        lambda: oc.chat_widget(report="everything"),
        "chat_widget(report='everything'): report must be one of 'interactions' or 'all'",
    ),
    (
        "chat_widget on_event",
        lambda: oc.chat_widget(on_event="print"),
        "chat_widget(on_event='print'): on_event must be a function or None, got str",
    ),
    # chat_button
    ("chat_button label type", lambda: oc.chat_button(None), "chat_button(label=None): label must be a str"),
    (
        "chat_button label blank",
        lambda: oc.chat_button(" "),
        "chat_button(label=' '): label must not be empty",
    ),
    (
        "chat_button content",
        lambda: oc.chat_button("Help", 5),
        "chat_button(content=5): content must be a str",
    ),
    (
        "chat_button image_url",
        lambda: oc.chat_button("Help", "Hi", image_url="javascript:alert(1)"),
        "chat_button(image_url='javascript:alert(1)'): image_url must be an absolute http(s) URL",
    ),
    (
        "chat_button image",
        lambda: oc.chat_button("Help", "Hi", image=Path("/no/such.png")),
        "chat_button(image=PosixPath('/no/such.png')): image: no image file at /no/such.png",
    ),
    (
        "chat_button key",
        lambda: oc.chat_button("Help", key=3),
        "chat_button(key=3): key must be a str, got int",
    ),
    (
        "chat_button widget_key",
        lambda: oc.chat_button("Help", widget_key="a b"),
        "chat_button(widget_key='a b'): widget_key must be 1-64 letters",
    ),
    (
        "chat_button help",
        lambda: oc.chat_button("Help", help=3),
        "chat_button(help=3): help must be a str, got int",
    ),
    (
        "chat_button type",
        lambda: oc.chat_button("Help", type="tertiary"),
        "chat_button(type='tertiary'): type must be one of 'primary' or 'secondary'",
    ),
    (
        "chat_button use_container_width",
        lambda: oc.chat_button("Help", use_container_width="yes"),
        "chat_button(use_container_width='yes'): use_container_width must be True or False, got str",
    ),
    (
        "chat_button disabled",
        lambda: oc.chat_button("Help", disabled=1),
        "chat_button(disabled=1): disabled must be True or False, got int",
    ),
    # ChatWidget and its methods
    (
        "ChatWidget layout",
        lambda: ChatWidget(layout="float"),
        "ChatWidget(layout='float'): layout must be one of",
    ),
    (
        "ChatWidget corner",
        lambda: ChatWidget(corner="top"),
        "ChatWidget(corner='top'): corner must be one of",
    ),
    (
        "ChatWidget height",
        lambda: ChatWidget(height=True),
        "ChatWidget(height=True): height must be an int, got bool",
    ),
    ("ChatWidget title", lambda: ChatWidget(title=""), "ChatWidget(title=''): title must not be empty"),
    ("ChatWidget subtitle", lambda: ChatWidget(subtitle=1), "ChatWidget(subtitle=1): subtitle must be a str"),
    ("ChatWidget greeting", lambda: ChatWidget(greeting=1), "ChatWidget(greeting=1): greeting must be a str"),
    (
        "ChatWidget accent_color",
        lambda: ChatWidget(accent_color="#12"),
        "ChatWidget(accent_color='#12'): accent_color",
    ),
    (
        "ChatWidget avatar_url",
        lambda: ChatWidget(avatar_url="x"),
        "ChatWidget(avatar_url='x'): avatar_url must be",
    ),
    (
        "ChatWidget loader",
        lambda: ChatWidget(loader="ftp://x"),
        "ChatWidget(loader='ftp://x'): loader must be",
    ),
    (
        "ChatWidget loader_timeout",
        lambda: ChatWidget(loader_timeout="15"),
        "ChatWidget(loader_timeout='15'): loader_timeout must be a number (int or float), got str",
    ),
    (
        "ChatWidget on_event",
        lambda: ChatWidget(on_event=1),
        "ChatWidget(on_event=1): on_event must be a function",
    ),
    (
        "ChatWidget.open_chat content",
        lambda: ChatWidget().open_chat(12345),
        "ChatWidget.open_chat(content=12345): content must be a str, got int",
    ),
    (
        "ChatWidget.open_chat image_url",
        lambda: ChatWidget().open_chat("Hi", image_url="selfie.jpg"),
        "ChatWidget.open_chat(image_url='selfie.jpg'): image_url must be",
    ),
    (
        "ChatWidget.open_chat image",
        lambda: ChatWidget().open_chat("Hi", image=3.5),
        "ChatWidget.open_chat(image=3.5): image must be bytes, an uploaded file, a PIL image or a path, "
        "got float",
    ),
    (
        "ChatWidget.open_chat delay",
        lambda: ChatWidget().open_chat("Hi", delay=False),
        "ChatWidget.open_chat(delay=False): delay must be a number (int or float), got bool",
    ),
    (
        "ChatWidget.open_chat once",
        lambda: ChatWidget().open_chat("Hi", once=[1]),
        "ChatWidget.open_chat(once=[1]): once",
    ),
    (
        "ChatWidget.reply text",
        lambda: ChatWidget().reply(" "),
        "ChatWidget.reply(text=' '): text must not be empty",
    ),
    (
        "ChatWidget.configure",
        lambda: ChatWidget().configure(layout="side"),
        "ChatWidget.configure(layout='side'): layout must be one of 'floating' or 'inline'",
    ),
]


@pytest.mark.parametrize(("call", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_bad_argument_message(call: Callable[[], Any], expected: str) -> None:
    with pytest.raises(oc.ArgumentError) as caught:
        call()
    message = str(caught.value)
    assert message.startswith(expected), message
    assert isinstance(caught.value, ValueError)  # `except ValueError` keeps working
    for internal in (
        "pydantic",
        "errors.pydantic.dev",
        "validation error for",
        "OpenChatEvent",
        "ChatMessage",
    ):
        assert internal not in message, message


def test_a_local_file_as_image_url_points_to_image() -> None:
    for url in ("photo.jpg", "/static/photo.jpg", "file:///home/me/photo.jpg"):
        with pytest.raises(oc.ArgumentError, match=r"pass image=Path\(\.\.\.\)"):
            oc.open_chat("Here is my photo", image_url=url)


IMAGE_HINT = (
    "image_url must be a str (an http(s) or data: URL), got {kind}. For a file on disk or an image the "
    "app holds, pass image=Path(...) (or bytes, an upload, a PIL image) instead"
)


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            lambda: oc.open_chat("Hi", image_url=Path("photo.jpg")),
            "open_chat(image_url=PosixPath('photo.jpg'))",
        ),
        (lambda: oc.open_chat("Hi", image_url=b"\x89PNG"), "open_chat(image_url=b'\\x89PNG')"),
        (
            lambda: oc.open_chat("Hi", image_url=bytearray(b"GIF89a")),
            "open_chat(image_url=bytearray(b'GIF89a'))",
        ),
        (
            lambda: oc.chat_button("Help", "Hi", image_url=Path("a.png")),
            "chat_button(image_url=PosixPath('a.png'))",
        ),
        (
            lambda: ChatWidget().open_chat("Hi", image_url=Path("selfie.jpg")),
            "ChatWidget.open_chat(image_url=PosixPath('selfie.jpg'))",
        ),
    ],
    ids=["open_chat Path", "open_chat bytes", "open_chat bytearray", "chat_button Path", "ChatWidget Path"],
)
def test_an_image_given_as_image_url_points_to_image(call: Callable[[], Any], expected: str) -> None:
    with pytest.raises(oc.ArgumentError) as caught:
        call()
    kind = type(caught.value.value).__name__
    assert str(caught.value) == f"{expected}: {IMAGE_HINT.format(kind=kind)}"


def test_a_value_that_is_no_image_gets_no_image_hint() -> None:
    with pytest.raises(oc.ArgumentError) as caught:
        oc.open_chat("Hi", image_url=5)  # type: ignore[arg-type]
    assert str(caught.value) == "open_chat(image_url=5): image_url must be a str, got int"


def test_the_error_carries_call_argument_and_rule() -> None:
    with pytest.raises(oc.ArgumentError) as caught:
        oc.open_chat("Hi", delay=0)
    error = caught.value
    assert (error.call, error.argument, error.value) == ("open_chat", "delay", 0)
    assert error.rule == "delay must be more than 0"


def test_a_long_bad_value_is_shortened() -> None:
    with pytest.raises(oc.ArgumentError) as caught:
        oc.open_chat("x" * 10_001)
    assert len(str(caught.value)) < 200
    assert str(caught.value).endswith("content must be at most 10000 characters long, got 10001")


def test_the_models_keep_raising_pydantic_errors() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=r"message\.content"):
        oc.OpenChatEvent.create(12345)  # type: ignore[arg-type]
