"""One path for every command of both bindings: check the arguments, find the widget, queue.

``oc.open_chat``, ``oc.reply`` and ``oc.cancel_pending`` (Streamlit) and
``ChatWidget.open_chat``, ``.reply`` and ``.cancel_pending`` (Jupyter) are each one call
of :func:`send`. A binding differs only in its argument model (Streamlit's calls also
take ``key``) and in its :class:`CommandTarget`: where the command is queued and how it
reaches the page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from octocom_streamlit.arguments import validate_call
from octocom_streamlit.commands import (
    CancelPendingArguments,
    OpenChatArguments,
    ReplyArguments,
    WidgetCommand,
)

_Arguments = TypeVar("_Arguments", OpenChatArguments, ReplyArguments, CancelPendingArguments)


class CommandTarget(Protocol):
    """One widget's side of a binding: its ``once=`` ids and its queue to the page."""

    def admit(self, once: str | None) -> bool:
        """Return whether a call with ``once`` is sent now (``None`` always is), and spend the id."""
        ...

    def send(self, command: WidgetCommand) -> None:
        """Queue ``command`` for the widget; it reaches the page once, in order."""
        ...


#: Finds the widget a checked call goes to: ``(call, arguments) -> target``. It may also
#: refuse the place (Streamlit's calls need a script run), after the arguments passed.
TargetFinder = Callable[[str, Any], CommandTarget]


def send(
    call: str, model: type[_Arguments], arguments: Mapping[str, Any], target: TargetFinder
) -> _Arguments:
    """Check a command call's arguments, then queue its command unless its ``once=`` id is spent.

    Parameters
    ----------
    call : str
        The public call as the caller wrote it (``"open_chat"``, ``"ChatWidget.reply"``).
    model : type
        The call's argument model (``OpenChatArguments`` or a binding's extension of it...).
    arguments : mapping of str to object
        The arguments as the caller passed them, by name.
    target : callable
        Returns the widget the checked call goes to (see :data:`TargetFinder`).

    Returns
    -------
    OpenChatArguments, ReplyArguments or CancelPendingArguments
        The checked arguments (``open_chat`` returns their ``event``).

    Raises
    ------
    ArgumentError
        When an argument breaks a rule; nothing is queued and nothing already queued changes.

    Examples
    --------
    >>> from octocom_streamlit.commands import OnceIds
    >>> class Printer:
    ...     once = OnceIds()
    ...     def admit(self, once):
    ...         return self.once.admit(once)
    ...     def send(self, command):
    ...         print(type(command).__name__)
    >>> printer = Printer()
    >>> for _ in range(2):
    ...     _ = send("open_chat", OpenChatArguments, {"content": "Hi", "once": "hi"}, lambda call, a: printer)
    OpenChat
    """
    checked = validate_call(call, model, arguments)
    widget = target(call, checked)
    if widget.admit(checked.once_id()):
        widget.send(checked.command())
    return checked
