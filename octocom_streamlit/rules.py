"""The rules of single arguments, as types that every call's argument model shares.

Each type is a pydantic annotation: a field declared with it checks its value and,
when the value breaks the rule, raises an error whose message starts with the
argument's name. :func:`~octocom_streamlit.arguments.validate_call` turns that into an
:class:`~octocom_streamlit.ArgumentError` in the caller's words. The wire's own rules
(the text of a message, image URLs) live in :mod:`octocom_streamlit.protocol.contract`
and are used here as they are.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, PlainValidator, StrictStr, ValidationInfo
from pydantic_core import PydanticCustomError

from octocom_streamlit.images import holds_an_image, image_to_data_url
from octocom_streamlit.protocol.contract import not_blank, validate_image_url

#: Longest accepted ``delay`` in seconds (one hour).
MAX_DELAY_SECONDS = 3600.0

#: Longest accepted ``once`` id, in characters.
MAX_ONCE_CHARS = 200

_KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _widget_key(value: object, info: ValidationInfo) -> str:
    if not isinstance(value, str) or not _KEY.match(value):
        name = info.field_name or "key"
        raise PydanticCustomError(
            "widget_key", f"{name} must be 1-64 letters, digits, '_' or '-', got {value!r}"
        )
    return value


#: A widget key: it becomes CSS class names and storage keys, so letters, digits, ``_`` and ``-``.
WidgetKey = Annotated[str, PlainValidator(_widget_key)]


def _once_id(value: object) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError(
            "once_type", f"once must be a str, an id such as 'plan-nudge', got {type(value).__name__}"
        )
    if not value.strip() or len(value) > MAX_ONCE_CHARS:
        raise PydanticCustomError(
            "once_id", f"once must be a non-blank id of at most {MAX_ONCE_CHARS} characters"
        )
    return value


#: An ``open_chat(once=...)`` id: a non-blank str of at most :data:`MAX_ONCE_CHARS` characters.
OnceId = Annotated[str, PlainValidator(_once_id)]

#: Seconds before a delayed open: an int or a float (never ``"5"`` or ``True``), more than 0, at most an hour.
DelaySeconds = Annotated[float, Field(strict=True, gt=0, le=MAX_DELAY_SECONDS, allow_inf_nan=False)]


def _not_a_file(value: Any) -> Any:
    if holds_an_image(value):  # a path, bytes, an upload: what image= is for
        raise PydanticCustomError(
            "image_url_local",
            f"image_url must be a str (an http(s) or data: URL), got {type(value).__name__}",
        )
    return value


#: An image URL given by the caller: a str, an accepted URL; a file or bytes point to ``image=``.
ImageUrl = Annotated[StrictStr, BeforeValidator(_not_a_file), AfterValidator(validate_image_url)]

#: An image the app holds (bytes, an upload, a PIL image, a path), as the ``data:`` URL it becomes.
ImageData = Annotated[Any, AfterValidator(lambda image: None if image is None else image_to_data_url(image))]

#: Text shown to a person (a button's label): a str that is not blank.
Label = Annotated[StrictStr, AfterValidator(not_blank)]
