"""Errors in the caller's words: one exception type for every invalid argument.

The rules live with the commands and the options, as pydantic models of each call's
arguments (``commands.py``, ``options.py``, and the bindings' own for what only they
take). Every public call (``open_chat``, ``chat_button``, ``chat_widget``, ``reply``,
``ChatWidget`` and its methods) checks its arguments with :func:`validate_call`, the one
place that turns a broken rule into an :class:`ArgumentError` whose message starts with
the call and the argument as the caller wrote them, states the rule and, where one
exists, gives the fix::

    open_chat(content=12345): content must be a str, got int

The ``octocom-streamlit`` command line checks its input through the same path, in the
words the person typed (:class:`CommandLine`)::

    snippet --image-url photo.jpg: --image-url must be an absolute http(s) URL ...

No pydantic wording, URLs or internal model names reach the caller. The models
themselves (:class:`~octocom_streamlit.OpenChatEvent` and friends) keep raising
pydantic's ``ValidationError``, as pydantic models do.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

_Model = TypeVar("_Model", bound=BaseModel)

#: How many characters of a bad value the message repeats.
_SHOWN_CHARS = 60

#: Where a model field path means another argument than its first part.
_ARGUMENT_OF_FIELD = {"message.content": "content", "message.imageUrl": "image_url", "message": "image_url"}

#: The fix for an image given as ``image_url`` (a file name, a path, bytes): ``image=`` takes it.
_IMAGE_INSTEAD = (
    "for a file on disk or an image the app holds, pass image=Path(...) (or bytes, an upload, "
    "a PIL image) instead"
)

#: A fix to suggest, by (argument, pydantic error type).
_FIXES = {
    ("image_url", "image_url_local"): _IMAGE_INSTEAD,
    ("image_url", "content_required"): "pass content=... with the image, or call with neither to only open",
}

#: The same fixes on the command line, where a person gives text, not Python objects.
_COMMAND_LINE_FIXES = {
    ("image_url", "image_url_local"): (
        "give the https:// URL of the picture (the live widget fetches it: upload it to your storage "
        "first), or a data:image/...;base64, URL"
    ),
    ("image_url", "content_required"): "give CONTENT with the image, or neither to only open",
}


def _type_name(value: Any) -> str:
    return type(value).__name__


def _rules() -> dict[str, Callable[[dict[str, Any]], str]]:
    def got(noun: str) -> Callable[[dict[str, Any]], str]:
        return lambda error: f"must be {noun}, got {_type_name(error.get('input'))}"

    def ctx(template: str) -> Callable[[dict[str, Any]], str]:
        return lambda error: template.format(**{k: _number(v) for k, v in error.get("ctx", {}).items()})

    return {
        "string_type": got("a str"),
        "int_type": got("an int"),
        "float_type": got("a number (int or float)"),
        "bool_type": got("True or False"),
        "list_type": got("a list"),
        "dict_type": got("a dict"),
        "literal_error": ctx("must be one of {expected}"),
        "greater_than": ctx("must be more than {gt}"),
        "greater_than_equal": ctx("must be at least {ge}"),
        "less_than": ctx("must be less than {lt}"),
        "less_than_equal": ctx("must be at most {le}"),
        "finite_number": lambda _error: "must be a finite number",
        "string_too_short": lambda error: (
            "must not be empty"
            if error.get("ctx", {}).get("min_length") == 1
            else "must be at least {min_length} characters long".format(**error["ctx"])
        ),
        "string_too_long": lambda error: "must be at most {max} characters long, got {length}".format(
            max=error.get("ctx", {}).get("max_length"), length=len(error.get("input") or "")
        ),
        "extra_forbidden": lambda _error: "is not an argument of this call",
        "callable_type": got("a function or None"),
        "missing": lambda _error: "is required",
    }


_RULES = _rules()


def _number(value: Any) -> Any:
    """3600.0 reads as 3600 in a rule."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def show_value(value: Any) -> str:
    """Return ``repr(value)``, shortened to :data:`_SHOWN_CHARS` characters."""
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


@dataclass(frozen=True)
class CommandLine:
    """How a command of the ``octocom-streamlit`` command line spells the arguments of the call it checks.

    Parameters
    ----------
    command : str
        The command, e.g. ``"snippet"``.
    words : mapping of str to str
        Each argument's name, e.g. ``"image_url"``, and what the person typed for it: an
        option (``"--image-url"``) or the name of a positional argument (``"CONTENT"``).

    Examples
    --------
    >>> snippet = CommandLine("snippet", {"content": "CONTENT", "image_url": "--image-url"})
    >>> snippet.head("image_url", "my photo.jpg"), snippet.head("content", "Hi")
    ("snippet --image-url 'my photo.jpg'", 'snippet Hi')
    >>> snippet.respell("content is required when image_url is given")
    'CONTENT is required when --image-url is given'
    """

    command: str
    words: Mapping[str, str] = field(default_factory=dict)

    def head(self, argument: str, value: Any) -> str:
        """Return the command as typed, with the value of ``argument`` (shortened, shell-quoted)."""
        word = self.words.get(argument, argument)
        text = value if isinstance(value, str) else repr(value)
        shown = shlex.quote(text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…")
        return f"{self.command} {word} {shown}" if word.startswith("-") else f"{self.command} {shown}"

    def respell(self, text: str) -> str:
        """Return ``text`` with each argument's name replaced by the word the person typed."""
        for name, word in self.words.items():
            text = re.sub(rf"(?<![\w.=/:-]){re.escape(name)}(?![\w=(/-])", word, text)
        return text


class ArgumentError(ValueError):
    """An invalid argument of a public call: names the call, the argument, the rule and a fix.

    A ``ValueError``, so ``except ValueError`` keeps catching it.

    Attributes
    ----------
    call : str or None
        The call as the caller wrote it, e.g. ``"open_chat"`` or ``"ChatWidget.reply"``.
    argument : str
        The argument's name, e.g. ``"content"``.
    rule : str
        What the argument must be, starting with its name.
    fix : str or None
        What to do instead, where there is a better way.
    command_line : CommandLine or None
        Set when the ``octocom-streamlit`` command line made the call: the message then
        uses the words the person typed.

    Examples
    --------
    >>> import octocom_streamlit as oc
    >>> try:
    ...     oc.open_chat(12345)
    ... except oc.ArgumentError as error:
    ...     print(error)
    open_chat(content=12345): content must be a str, got int
    """

    def __init__(
        self,
        argument: str,
        rule: str,
        *,
        fix: str | None = None,
        call: str | None = None,
        value: Any = None,
        command_line: CommandLine | None = None,
    ) -> None:
        self.argument, self.rule, self.fix, self.call, self.value = argument, rule, fix, call, value
        self.command_line = command_line
        if command_line is not None:
            rule, fix = command_line.respell(rule), None if fix is None else command_line.respell(fix)
            message = f"{command_line.head(argument, value)}: {rule}"
        else:
            message = rule if call is None else f"{call}({argument}={show_value(value)}): {rule}"
        super().__init__(message if fix is None else f"{message}. {fix[0].upper()}{fix[1:]}")

    __module__ = "octocom_streamlit"  # shown as octocom_streamlit.ArgumentError, its public name

    def in_call(
        self, call: str, arguments: Mapping[str, Any], command_line: CommandLine | None = None
    ) -> ArgumentError:
        """Return this error as a failure of ``call``, repeating the caller's bad value.

        Parameters
        ----------
        call : str
            The public call, as the caller wrote it (``"open_chat"``, ``"ChatWidget.reply"``).
        arguments : mapping of str to object
            The arguments as the caller passed them; the value of :attr:`argument` is shown.
        command_line : CommandLine or None
            The command line's words, when it made the call.

        Returns
        -------
        ArgumentError
            A new error whose message starts with ``call(argument=value):``, as in the
            class's example.
        """
        return ArgumentError(
            self.argument,
            self.rule,
            fix=self.fix,
            call=call,
            value=arguments.get(self.argument),
            command_line=command_line,
        )


class StreamlitRunRequired(RuntimeError):
    """A Streamlit call made outside a Streamlit script run, where it can draw and deliver nothing.

    ``chat_widget``, ``open_chat``, ``reply``, ``cancel_pending`` and ``chat_button`` need
    ``streamlit run`` (or ``AppTest``); in a notebook, ``octocom_streamlit.jupyter.ChatWidget``
    does the same job. The message says so. A ``RuntimeError``: the arguments were fine,
    the place is not.
    """

    __module__ = "octocom_streamlit"  # shown as octocom_streamlit.StreamlitRunRequired, its public name


def _argument_of(loc: tuple[str | int, ...], error: Mapping[str, Any]) -> str:
    """Return the argument an error is about: the one it names, a mapped field path, else its first part."""
    named = error.get("ctx", {}).get("argument")
    if isinstance(named, str):  # a rule over several arguments names the one to change
        return named
    path = ".".join(str(part) for part in loc)
    return _ARGUMENT_OF_FIELD.get(path, str(loc[0]) if loc else "arguments")


def _rule_text(argument: str, error: dict[str, Any]) -> str:
    kind = error["type"]
    if kind in _RULES:
        return f"{argument} {_RULES[kind](error)}"
    # Our own rules (custom errors) already start with the name they are about ("loader src ...",
    # "loader: a <script> ...").
    message = str(error.get("msg", "")).removeprefix("Value error, ")  # a plain ValueError in a rule
    return message if re.match(r"[a-z_]+:? ", message) else f"{argument}: {message}"


def explain(call: str | CommandLine, arguments: Mapping[str, Any], error: ValidationError) -> ArgumentError:
    """Turn the first error of a pydantic ``ValidationError`` into an :class:`ArgumentError`.

    Parameters
    ----------
    call : str or CommandLine
        The public call as the caller wrote it (``"open_chat"``, ``"ChatWidget.reply"``), or
        the command line's words when the ``octocom-streamlit`` command made the call.
    arguments : mapping of str to object
        The arguments as the caller passed them, to repeat the bad one.
    error : pydantic.ValidationError
        What the call's argument model (or a wire model it builds) raised.

    Returns
    -------
    ArgumentError
        The first broken rule, in the caller's words.
    """
    command_line = call if isinstance(call, CommandLine) else None
    name = call.command if isinstance(call, CommandLine) else call
    first = error.errors(include_url=False)[0]
    cause = first.get("ctx", {}).get("error")
    if isinstance(cause, ArgumentError):  # raised by a function a rule calls (image_to_data_url)
        return cause.in_call(name, arguments, command_line)
    argument = _argument_of(tuple(first["loc"]), first)
    fixes = _FIXES if command_line is None else _COMMAND_LINE_FIXES
    return ArgumentError(
        argument,
        _rule_text(argument, dict(first)),
        fix=fixes.get((argument, first["type"])),
        call=name,
        value=arguments.get(argument, first.get("input")),
        command_line=command_line,
    )


def validate_call(call: str | CommandLine, model: type[_Model], arguments: Mapping[str, Any]) -> _Model:
    """Check the arguments of a public call with the call's model, in the caller's words.

    The one place an argument becomes an :class:`ArgumentError`: every public call of
    both bindings and every command of the command line checks its input here, against
    the model that holds its rules (``commands.py``, ``options.py``, the bindings' own).

    Parameters
    ----------
    call : str or CommandLine
        The public call as the caller wrote it, or the command line's words.
    model : type of pydantic.BaseModel
        The call's argument model: one field per argument.
    arguments : mapping of str to object
        The arguments as the caller passed them (a function's ``locals()``; a method's
        ``self`` is left out).

    Returns
    -------
    pydantic.BaseModel
        The validated arguments.

    Raises
    ------
    ArgumentError
        The first broken rule, naming the call, the argument and the rule.

    Examples
    --------
    >>> from octocom_streamlit.commands import ReplyArguments
    >>> validate_call("reply", ReplyArguments, {"text": "Happy to help."}).text
    'Happy to help.'
    >>> snippet = CommandLine("snippet", {"content": "CONTENT", "image_url": "--image-url"})
    >>> from octocom_streamlit.commands import MessageArguments
    >>> try:
    ...     validate_call(snippet, MessageArguments, {"content": "Hi", "image_url": "photo.jpg"})
    ... except ArgumentError as error:
    ...     print(str(error)[:79])
    snippet --image-url photo.jpg: --image-url must be an absolute http(s) URL or a
    """
    given = {name: value for name, value in arguments.items() if name != "self" and not name.startswith("__")}
    try:
        return model.model_validate(given)
    except ValidationError as error:
        raise explain(call, given, error) from None
