"""The fixed text around the figures in ``BENCHMARKS.md``."""

PREAMBLE = """
# Benchmarks

Written by `make bench` (`python -m bench`); every figure below comes from the run
that wrote this file. {environment}

Method, common to the browser figures: a real `streamlit run` server on 127.0.0.1
(the apps are in `bench/apps/`) driven by Debian's headless Chromium through
Playwright, one browser context (one Streamlit session) per measured page. Times
are medians over at least 20 trials measured side by side in one run; ratios are
between figures of that same run. The tests never assert on time: these numbers
are only reported.
"""

APPENDIX = """
## Notes

- **streamlit-component-lib leaks one `<style>` per render.** Version 2.0.0's
  `_injectTheme` (called on every render message) appends a new `:root {...}` theme
  `<style>` to the component iframe's `<head>` and never removes the old one. Every
  rerun that redraws `chat_widget` therefore adds two DOM nodes (about 400 bytes of
  CSS) to the widget iframe: the "open only" row of figure 5. It affects every
  component built on the library, the template included; a fix in our entry point
  would keep only the newest of those elements. `tests/reliability/test_leaks.py`
  holds the failing check (marked `xfail(strict=True)` until it is fixed).
- Figure 1's `naive` variant draws the same preview widget with `chat_widget()` and
  dispatches into its iframe from a `components.html` script, so that both sides
  show the message in the same widget; only the delivery differs.
- Reproduce: `make bench` (about 3 minutes; the first run also installs the
  component template's npm packages into `.make/bench/`, later runs reuse them).
"""
