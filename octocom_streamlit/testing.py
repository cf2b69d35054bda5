"""Test flows that use the chat widget with Streamlit's ``AppTest``: no server, no browser.

``AppTest`` runs the app's script in the test's process, but it has no browser, so
nothing dispatches the widget's ``openChatEvent`` and no person types in the widget.
These helpers read what the app *sent* to the widget, and play the widget's side:

* :func:`opened_chats`: every ``open_chat`` the session sent to a widget, in order.
* :func:`agent_replies`: the texts of every ``reply``.
* :func:`send_widget_event`: the widget reports an event (a customer message, an
  open or close, a loader failure...), which the next ``at.run()`` sees in
  ``chat_widget()``'s :class:`~octocom_streamlit.WidgetReport` and ``on_event``.

An app that opens the chat when a payment fails and answers a question about a
parcel, saved as ``app.py``::

    import streamlit as st
    import octocom_streamlit as oc


    def answer(event):
        if event.type == "customer_message" and "parcel" in event.content:
            oc.reply("It left our warehouse this morning.")


    oc.chat_widget(on_event=answer)
    if st.button("Pay", key="pay"):
        oc.open_chat("Checkout failed: card declined")

and its test, beside it (this module's examples run against that ``app.py``):

>>> from streamlit.testing.v1 import AppTest
>>> from octocom_streamlit.testing import agent_replies, opened_chats, send_widget_event
>>> at = AppTest.from_file("app.py").run()
>>> _ = at.button(key="pay").click().run()
>>> [event.message.content for event in opened_chats(at)]
['Checkout failed: card declined']
>>> send_widget_event(at, "customer_message", content="Where is my parcel?")
>>> _ = at.run()
>>> agent_replies(at)
['It left our warehouse this morning.']

How it works: the helpers use only what a test itself can reach (``at.get(...)``,
``at.session_state``), and the app runs the same code as under ``streamlit run``: its
delivery state holds no test log, and no module of the package but this one (and its
implementation, :mod:`octocom_streamlit.streamlit.apptest`) knows ``AppTest``.

*What was sent.* ``AppTest`` keeps only the last run's elements, so the readers rebuild
the session's commands from what each helper call finds: the carrier that every
``open_chat``, ``reply`` and ``cancel_pending`` of the last run wrote at its call site,
and the commands the session's delivery state still keeps for the widget (until a widget
of that key is drawn, then ``REPLAY_SECONDS`` and among the newest
``MAX_REPLAYED_COMMANDS``; see :mod:`octocom_streamlit.delivery`). Each call adds them to
a record kept per ``AppTest`` object, by session token, widget key and sequence number,
and the readers return that record. The rule: call a helper after the runs that send,
before a command leaves that window. Nothing that left unseen is missed silently: the
session numbers each widget key's commands 1, 2, 3..., and a reader that finds a number
missing raises ``RuntimeError`` naming it.

*What the widget reports.* :func:`send_widget_event` plays the widget's iframe: it puts
the value the iframe would report (``{"instance": ..., "events": [...]}``, the last
``KEPT_EVENTS`` numbered events) in ``at.session_state`` under the component's key,
where ``AppTest`` delivers widget values, and ``chat_widget`` reads it in every run after
as a browser's component value (AppTest has no browser, so the component's own value is
``None`` there). One difference from a browser: a widget that leaves the page and comes
back keeps its simulated history (a browser's new iframe starts afresh).
"""

from __future__ import annotations

from octocom_streamlit.streamlit.apptest import EVENT_FIELDS, agent_replies, opened_chats, send_widget_event

__all__ = ["EVENT_FIELDS", "agent_replies", "opened_chats", "send_widget_event"]
