"""``python -m octocom_streamlit``: the same as the ``octocom-streamlit`` command."""

from octocom_streamlit.cli import main

raise SystemExit(main())
