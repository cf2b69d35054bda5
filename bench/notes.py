"""The fixed text around the figures in ``BENCHMARKS.md``."""

PREAMBLE = """
# Benchmarks

Written by `make bench` (`python -m bench`); every figure below comes from the run
that wrote this file. {environment}

Method, common to the browser figures: a real `streamlit run` server on 127.0.0.1
(the apps are in `bench/apps/`) driven by Debian's headless Chromium through
Playwright, one browser context (one Streamlit session) per measured page; figures 1b
and 1c run figure 1's pages in Firefox ESR (Marionette) and WebKitGTK (WebKitWebDriver)
through the three-engine page driver of `tests/support/engines`; figure 6
runs a real JupyterLab server (a Python kernel, ipywidgets, anywidget) the same way. Times
are medians over at least 20 trials measured side by side in one run; ratios are
between figures of that same run. The tests never assert on time: these numbers
are only reported.
"""

APPENDIX = """
## Notes

- Fixed after this benchmark and the reliability suite found them: the widget
  iframe grew by one element per rerun (`streamlit-component-lib` 2.0.0 appends a new
  theme `<style>` on every render; the widget now keeps only the newest; see
  `tests/reliability/test_leaks.py`), and a call that arrived while the widget iframe
  was reloading was consumed by the unloading document (`tests/reliability/test_faults.py`,
  which also found calls lost when the loader stayed down past the args replay window).
- Figure 1's `naive` variant draws the same preview widget with `chat_widget()` and
  dispatches into its iframe from a `components.html` script, so that both sides
  show the message in the same widget; only the delivery differs.
- Reproduce: `make bench` ({duration:.0f} minutes for this run, no network). Figure 3's two references
  come from `.make/bench/`: `make bench-references` installs the React reference's npm
  packages, builds it and downloads the `streamlit-js-eval` wheel there, once, with a
  network; without them their rows say why they were skipped.
"""
