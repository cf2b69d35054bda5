"""Benchmarks of octocom-streamlit: ``python -m bench`` (or ``make bench``).

Each module measures one figure against a real ``streamlit run`` server on
127.0.0.1 driven by Debian's headless Chromium (or, for the Python cost, inside
Streamlit's AppTest); :mod:`bench.__main__` runs them all, prints a table and writes
``BENCHMARKS.md`` at the repository root. Nothing here asserts on time.
"""
