"""Page placement of the widget by the ``.st-key-<key>`` class Streamlit gives a keyed element.

``chat_widget`` draws its component with ``key=element_key(key)``, so Streamlit gives the
component's element container the class ``st-key-octocom-widget-<key>`` (1.46 and later);
the CSS below (a style-only ``st.html``, which takes no room in the page) fixes that
element to a corner of the viewport. There is no ``st.container`` around it: a container
makes every rerun paint about 7 ms later (``make bench``'s click-to-visible). The widget
iframe marks its own element with ``data-octocom-state``, which sizes the box:

- ``closed`` / ``open`` (the preview widget): the box fits the launcher or the open panel,
  so everything else stays clickable;
- ``window`` (the real widget, ``loader=``): the box and its iframe cover the whole window
  (the viewport, without its scrollbars), so the real widget lays itself out in the window
  as on a plain page of that size; the iframe clips itself (``clip-path``, which also clips
  hit testing) to what the widget draws, so everything else stays clickable
  (frontend/src/windowFrame/). The iframe sets that clip before it asks for the window, so
  the frame never covers the app unclipped;
- ``loader`` (the real widget, ``layout="inline"``): nothing here, the frame stays in the page.

Nothing in Streamlit is patched.
"""

from __future__ import annotations

from octocom_streamlit.protocol.constants import FRAME_STATE_ATTRIBUTE
from octocom_streamlit.protocol.options import WidgetOptions

CLOSED_WIDTH = 88
OPEN_WIDTH = 392
OPAQUE_MASK = "linear-gradient(#000, #000)"


def element_key(widget_key: str) -> str:
    """Return the Streamlit key of the component element of the widget ``widget_key``.

    Streamlit gives the element's container the CSS class ``st-key-<that key>``, which
    :func:`placement_css` selects.

    Examples
    --------
    >>> element_key("octocom")
    'octocom-widget-octocom'
    """
    return f"octocom-widget-{widget_key}"


def placement_css(widget_key: str, options: WidgetOptions) -> str:
    """Return the ``<style>`` element that places the widget of ``widget_key``."""
    box = f".st-key-{element_key(widget_key)}"
    if options.layout == "inline":
        return f"<style>{box} iframe {{ color-scheme: normal; }}</style>"
    side = "right" if options.corner == "bottom-right" else "left"
    off = options.offset
    return (
        "<style>"
        f"{box} {{ position: fixed; bottom: {off}px; {side}: {off}px; z-index: 999990;"
        f" width: {CLOSED_WIDTH}px; max-width: calc(100vw - {2 * off}px); }}"
        f'{box}:has(iframe[{FRAME_STATE_ATTRIBUTE}="open"]) {{ width: {OPEN_WIDTH}px; }}'
        f"{box} iframe {{ display: block; color-scheme: normal; background: transparent; }}"
        # The window frame: its box takes no click (only the clipped iframe does).
        f'{box}:has(iframe[{FRAME_STATE_ATTRIBUTE}="window"]) {{ inset: 0; width: auto; max-width: none;'
        " pointer-events: none; }"
        f'{box} iframe[{FRAME_STATE_ATTRIBUTE}="window"] {{ position: absolute; inset: 0;'
        " width: 100%; height: 100%; border: 0; pointer-events: auto;"
        # WebKit (WebKitGTK 2.50) paints nothing of an iframe with a clip-path unless it also has a
        # mask; this one is opaque everywhere, so it changes nothing else in any engine.
        f" -webkit-mask-image: {OPAQUE_MASK}; mask-image: {OPAQUE_MASK}; }}"
        "</style>"
    )


CHAT_BUTTON_CSS = """<style>
.octocom-chat-button { display: inline-flex; align-items: center; justify-content: center;
  min-height: 2.5rem; padding: 0.25rem 0.75rem; margin: 0; border-radius: 0.5rem;
  border: 1px solid color-mix(in srgb, currentColor 22%, transparent);
  background: transparent; color: inherit; font: inherit; font-size: 0.875rem; line-height: 1.6;
  cursor: pointer; user-select: none; }
.octocom-chat-button:hover { border-color: var(--primary-color, #ff4b4b);
  color: var(--primary-color, #ff4b4b); }
.octocom-chat-button:focus-visible { outline: 2px solid var(--primary-color, #ff4b4b); outline-offset: 2px; }
.octocom-chat-button--primary { background: #ff4b4b; border-color: #ff4b4b; color: #fff; }
.octocom-chat-button--primary:hover { color: #fff; filter: brightness(0.95); }
.octocom-chat-button--wide { width: 100%; }
.octocom-chat-button:disabled { opacity: 0.5; cursor: not-allowed; }
</style>"""
