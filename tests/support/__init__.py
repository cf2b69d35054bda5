"""What the test suites (unit, e2e, reliability, jupyter) and ``bench/`` share to run and read the widget.

Each module has one job:

- ``paths``: the repository root, and where a test's screenshot goes.
- ``servers``: ``streamlit run`` (or any server with a health URL) on a free 127.0.0.1 port,
  waited for and stopped.
- ``notebook_servers``: JupyterLab, Voilà and marimo servers the same way, and notebook files.
- ``loader_server``: the stand-in Octocom loader script and its failing variants, served locally.
- ``chromium``: Debian's headless Chromium, its flags, and launching it through Playwright.
- ``recorders``: scripts put into pages before their own code: they trap dialogs and record
  every ``openChatEvent`` dispatched.
- ``pages``: opening a page in a fresh browser context with those recorders (and, for the
  reliability suite, guards), and closing every page a test opened.
- ``streamlit_page``: reading and driving a Streamlit page that shows the widget (its iframe,
  what it dispatched, its bubbles, the app's run counter).
- ``notebook_pages``: the same for a notebook page (JupyterLab, Notebook 7, Voilà, marimo).
- ``carriers``: what an AppTest run sent the widget (its carriers and the component's args),
  read without a browser.
- ``a11y``: axe-core and rendered-contrast probes.
- ``images``: small PNG images made in code.
- ``fixtures``: the pytest plugin (registered by ``tests/conftest.py``) with the fixtures every
  browser suite shares: one Chromium for the session and the Streamlit servers.

Playwright is imported only when a browser is launched (``chromium.running_chromium``);
the other modules name its types for type hints only, so this package imports without it.
"""
