"""The one check every Streamlit call makes: is there a script run to draw and deliver in.

Outside ``streamlit run`` (a notebook, a Python shell, plain ``python app.py``, a thread
Streamlit did not start) Streamlit's elements draw nowhere and a queued open reaches no
page: the call would return as if it had worked and deliver nothing. So each public call
of the Streamlit binding raises :class:`~octocom_streamlit.StreamlitRunRequired` there,
after checking its arguments and before queueing anything, and names what to use
instead. ``AppTest`` runs are script runs: the calls work under it.
"""

from __future__ import annotations

from streamlit.runtime.scriptrunner import get_script_run_ctx

from octocom_streamlit.arguments import StreamlitRunRequired

#: What a notebook uses instead of each call: ``octocom_streamlit.jupyter.ChatWidget``.
_IN_A_NOTEBOOK = {
    "chat_widget": "w = ChatWidget(...) and show w in a cell",
    "open_chat": "w = ChatWidget(), show w in a cell, then w.open_chat(...)",
    "reply": "w = ChatWidget(), show w in a cell, then w.reply(...)",
    "cancel_pending": "w = ChatWidget(), show w in a cell, then w.cancel_pending()",
    "chat_button": "w = ChatWidget() and an ipywidgets Button whose on_click calls w.open_chat(...)",
}


def not_in_a_run_message(call: str) -> str:
    """Return what :func:`require_script_run` says about ``call`` outside a script run.

    Examples
    --------
    >>> print(not_in_a_run_message("reply"))  # doctest: +NORMALIZE_WHITESPACE
    reply() needs a running Streamlit app: start it with `streamlit run your_app.py` (or test it
    with streamlit.testing.v1.AppTest). It was called outside a Streamlit script run (a notebook,
    a Python shell, plain `python`, or a thread Streamlit did not start), where no page shows the
    chat, so nothing was sent. In a notebook, use octocom_streamlit.jupyter.ChatWidget:
    w = ChatWidget(), show w in a cell, then w.reply(...).
    """
    return (
        f"{call}() needs a running Streamlit app: start it with `streamlit run your_app.py` (or test "
        "it with streamlit.testing.v1.AppTest). It was called outside a Streamlit script run (a "
        "notebook, a Python shell, plain `python`, or a thread Streamlit did not start), where no page "
        "shows the chat, so nothing was sent. In a notebook, use octocom_streamlit.jupyter.ChatWidget: "
        f"{_IN_A_NOTEBOOK[call]}."
    )


def require_script_run(call: str) -> None:
    """Raise :class:`~octocom_streamlit.StreamlitRunRequired` unless a Streamlit script run is going on.

    Parameters
    ----------
    call : str
        The public call, as the caller wrote it (``"open_chat"``); a key of the notebook
        equivalents the message names.

    Raises
    ------
    StreamlitRunRequired
        Outside ``streamlit run`` and ``AppTest`` (a ``RuntimeError``).

    Examples
    --------
    The package's examples run inside an ``AppTest`` script run, where this passes:

    >>> require_script_run("open_chat")
    """
    if get_script_run_ctx(suppress_warning=True) is None:
        raise StreamlitRunRequired(not_in_a_run_message(call))
