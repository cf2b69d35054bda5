"""Scripts put into pages before their own code runs: they trap dialogs and record dispatches.

What they record is read back by :func:`tests.support.streamlit_page.dispatched` (the widget
iframe's ``window.__seen``) and :func:`tests.support.notebook_pages.seen` (the notebook
page's ``window.__seen``); trapped ``alert``/``confirm``/``prompt`` messages land in the top
page's ``window.__alerts``.
"""

from __future__ import annotations

#: In every frame of a Streamlit page (a Playwright init script): traps dialogs; the top page
#: also keeps the list of trapped messages and the count of widget iframe loads.
ALERT_TRAP = """
(() => {
  const top = window.top;
  if (window === top) { window.__alerts = []; window.__frameLoads = 0; }
  const trap = (m) => { try { top.__alerts.push(String(m)); } catch (e) {} };
  window.alert = trap; window.confirm = trap; window.prompt = trap;
})();
"""

#: Injected at the top of the widget iframe's HTML (Playwright init scripts do not reach
#: that sandboxed iframe's document): it runs before the widget's own module script.
FRAME_RECORDER = """
(() => {
  const top = window.top;
  const trap = (m) => { try { top.__alerts.push(String(m)); } catch (e) {} };
  window.alert = trap; window.confirm = trap; window.prompt = trap;
  try { top.__frameLoads = (top.__frameLoads || 0) + 1; } catch (e) {}
  window.__seen = [];
  document.addEventListener("openChatEvent", (e) => {
    window.__seen.push(JSON.parse(JSON.stringify({ type: e.type, detail: e.detail })));
  });
})();
"""

#: Records every openChatEvent dispatched on a notebook page's document, in order.
DOCUMENT_RECORDER = """
(() => {
  window.__seen = [];
  document.addEventListener("openChatEvent", (e) => {
    window.__seen.push(JSON.parse(JSON.stringify(e.detail)));
  });
})();
"""
