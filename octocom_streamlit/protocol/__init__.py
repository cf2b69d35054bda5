"""The wire protocol between Python and the frontend: every shape and value that crosses.

* :mod:`~octocom_streamlit.protocol.constants`: version, attribute names, the default key,
  defaults, frame heights, limits, allowed image types.
* :mod:`~octocom_streamlit.protocol.contract`: Octocom's ``openChatEvent`` detail.
* :mod:`~octocom_streamlit.protocol.options`: the widget's options and loader scripts.
* :mod:`~octocom_streamlit.protocol.envelopes`: command envelopes, the component args,
  the carrier and the chat-button payload (Python to the page).
* :mod:`~octocom_streamlit.protocol.reports`: widget events and how they travel back.
* :mod:`~octocom_streamlit.protocol.schema`: all of it as one JSON Schema, from which
  ``scripts/generate_protocol.py`` writes ``frontend/src/protocol/generated.ts``.

Examples of each message live in ``tests/fixtures/protocol/``; pytest and Vitest read them.
"""
