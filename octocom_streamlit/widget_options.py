"""The widget's options as a caller gives them, declared once for both bindings.

The option list is :class:`~octocom_streamlit.protocol.options.WidgetOptions` (the wire):
``chat_widget`` takes every option, ``ChatWidget`` all but :data:`STREAMLIT_ONLY` (its
constructor and ``configure``). ``tests/unit/test_option_signatures.py`` holds both
public signatures to this list. :class:`OptionArguments` adds what a caller may give
beyond the wire: the loader as the dashboard's snippet or a URL, parsed here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ConfigDict, field_validator, model_validator
from pydantic_core import PydanticCustomError

from octocom_streamlit.loader import parse_loader
from octocom_streamlit.protocol.options import LoaderScript, WidgetOptions
from octocom_streamlit.protocol.reports import WidgetEvent

#: What ``loader=`` takes: the embed snippet, a script URL, :class:`LoaderScript` objects, or ``None``.
LoaderInput = str | LoaderScript | list[LoaderScript] | None

#: Options only a Streamlit page has: the distance from the page's corner, and which reports rerun the script.
STREAMLIT_ONLY = frozenset({"offset", "report"})

#: The options of a notebook ``ChatWidget`` (constructor and ``configure``), in the wire's order.
NOTEBOOK_OPTIONS = tuple(name for name in WidgetOptions.model_fields if name not in STREAMLIT_ONLY)


class OptionArguments(WidgetOptions):
    """The options of ``chat_widget`` or ``ChatWidget`` as given, with ``on_event``.

    Examples
    --------
    >>> OptionArguments(loader="https://widget.example.com/loader.js").options().wire()["loader"]
    [{'src': 'https://widget.example.com/loader.js', 'attributes': {}}]
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    on_event: Callable[[WidgetEvent], Any] | None = None

    @field_validator("loader", mode="before")
    @classmethod
    def _parse_loader(cls, value: Any) -> Any:
        """Accept what users have: the dashboard snippet, a script URL, or LoaderScript objects."""
        return value if value is None else parse_loader(value)

    def options(self) -> WidgetOptions:
        """Return the options as the wire sends them (without ``on_event``)."""
        return WidgetOptions.model_construct(
            **{name: getattr(self, name) for name in WidgetOptions.model_fields}
        )


class NotebookOptionArguments(OptionArguments):
    """A notebook widget's options: :class:`OptionArguments` without :data:`STREAMLIT_ONLY`."""

    @model_validator(mode="before")
    @classmethod
    def _no_page_options(cls, data: Any) -> Any:
        for name in sorted(STREAMLIT_ONLY & set(data if isinstance(data, dict) else ())):
            raise PydanticCustomError(
                "streamlit_only",
                f"{name} is an option of Streamlit's chat_widget only; a notebook widget takes "
                + ", ".join(NOTEBOOK_OPTIONS),
                {"argument": name},
            )
        return data
