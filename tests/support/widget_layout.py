"""Measuring a real (stand-in) chat widget where a visitor sees it, in any engine's page driver.

The stand-in vendor scripts of ``tests/support/loader_site/`` draw under an element marked
``data-standin-root`` and mark the parts they draw (launcher, panel, greeting, close button)
``data-standin-part``; each records on its window ``__standin`` = ``{name, opens, open, ...}``.
The same script runs in two places, and the helpers read either from the top page:

- ``where="plain"``: the loader site's ``plain.html?script=...``, the script on a plain page
  (the visitor's site, the reference);
- ``where="app"``: the app's widget iframe (``chat_widget(loader=...)``).

Boxes are in the top page's viewport pixels (an iframe's offset added), as ``[left, top,
right, bottom]``. :func:`blocked_points` asks the top page's ``document.elementFromPoint``,
which follows the hit testing of CSS ``clip-path``, which points of a grid our iframe takes.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any, Literal

from tests.support.engines import PageDriver

#: Our widget's iframe in a Streamlit page.
WIDGET_FRAME = 'iframe[title*="octocom_widget"]'
#: The widest band around the widget's boxes that the frame may keep (the issue's limit).
MAX_BAND = 32
#: The spacing of the grid of points checked over the app.
GRID_STEP = 40
#: How far a box in the app may be from the plain page's.
TOLERANCE = 2

Where = Literal["plain", "app"]
Box = list[float]

#: JS prelude: ``vendor(where)`` -> {win, x, y}: the stand-in's window and its offset in the top page.
_PRELUDE = f"""
const vendor = (where) => {{
  if (where === "plain") return {{win: window, x: 0, y: 0}};
  const frame = document.querySelector('{WIDGET_FRAME}');
  if (!frame || !frame.contentWindow) return null;
  const r = frame.getBoundingClientRect();
  return {{win: frame.contentWindow, x: r.left + frame.clientLeft, y: r.top + frame.clientTop}};
}};
const kids = (el) => el.shadowRoot ? [...el.shadowRoot.children] : [...el.children];
const boxOf = (el, x, y) => {{
  const r = el.getBoundingClientRect();
  return [r.left + x, r.top + y, r.right + x, r.bottom + y];
}};
// Every element the stand-in made, in the flat tree and its own iframes: path -> box, part -> box.
const walk = (where) => {{
  const v = vendor(where);
  const boxes = {{}}, parts = {{}}, shown = {{}}, rest = {{}};
  if (!v) return null;
  const visit = (el, x, y, path, win) => {{
    boxes[path] = boxOf(el, x, y);
    const style = win.getComputedStyle(el);
    const part = el.getAttribute("data-standin-part");
    const visible = style.display !== "none" && style.visibility === "visible"
      && el.getClientRects().length > 0 && Number(style.opacity) > 0;
    if (part) {{
      parts[part] = boxes[path];
      shown[part] = visible;
      rest[part] = style.opacity === "1" && style.transform === "none";
    }}
    if (el.localName === "iframe") {{
      const doc = el.contentDocument;
      const r = el.getBoundingClientRect();
      const [fx, fy] = [x + r.left + el.clientLeft, y + r.top + el.clientTop];
      if (doc && doc.body) visit(doc.body, fx, fy, path + ">#frame", el.contentWindow);
      return;
    }}
    kids(el).forEach((child, i) => visit(child, x, y, path + ">" + child.localName + ":" + i, win));
  }};
  const roots = v.win.document.querySelectorAll("[data-standin-root]");
  roots.forEach((root, i) => visit(root, v.x, v.y, "root" + i, v.win));
  return {{boxes, parts, shown, rest}};
}};
"""


def _js(body: str) -> str:
    return _PRELUDE + body


def standin(driver: PageDriver, where: Where) -> dict[str, Any] | None:
    """The stand-in's own record (``window.__standin``): name, opens (every detail), open."""
    return driver.run_js(
        _js("const v = vendor(arguments[0]); return v && v.win.__standin ? v.win.__standin : null;"), where
    )


#: Truthy once the stand-in has drawn everything it draws unasked (its own iframes loaded, its
#: greeting shown), is open or closed as asked (null: either), nothing of it animates and every
#: part it shows is at rest (opacity 1, no transform: no stand-in keeps one at rest; WebKit can
#: report an animation over a frame or more before its style is final).
_SETTLED = """
const [where, wantOpen] = [arguments[0], arguments[1]];
const v = vendor(where);
const s = v && v.win.__standin;
if (!s || !v.win.document.querySelector("[data-standin-root]")) return false;
if (wantOpen !== null && s.open !== wantOpen) return false;
if (s.name === "frame-panel" && s.framesReady < 2) return false;
if (s.name === "bottom-left" && !s.greeted) return false;
// Flush style first: an engine may create a CSS animation only when style is next computed.
v.win.document.documentElement.getBoundingClientRect();
const scopes = [v.win.document];
for (const root of v.win.document.querySelectorAll("[data-standin-root]")) {
  if (root.shadowRoot) scopes.push(root.shadowRoot);
}
const still = scopes.every(
  (scope) => scope.getAnimations().every((a) => a.playState !== "running" && !a.pending));
const found = walk(where);
if (!still || !found) return false;
const parts = Object.keys(found.parts).filter((part) => found.shown[part]);
if (wantOpen !== null && parts.includes("panel") !== wantOpen) return false;
return parts.every((part) => found.rest[part]);
"""


def wait_settled(driver: PageDriver, where: Where, *, is_open: bool | None = None) -> None:
    """Wait until the stand-in is drawn and still (and open or closed, when asked): twice in a row,
    a frame or more apart, so that a change that has not started animating yet is not missed."""
    for _ in range(2):
        driver.wait_js(_js(_SETTLED), where, is_open)
        time.sleep(0.05)
    driver.wait_js(_js(_SETTLED), where, is_open)


def layout(driver: PageDriver, where: Where) -> dict[str, Any]:
    """``{"boxes": {path: box}, "parts": {part: box}, "shown": {part: bool}}`` of the stand-in."""
    found = driver.run_js(_js("return walk(arguments[0]);"), where)
    assert found is not None, f"no stand-in widget in the {where} page"
    return found


def centre(box: Box) -> tuple[float, float]:
    """The centre of ``box``."""
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def box_differences(app: dict[str, Box], plain: dict[str, Box], tolerance: float = TOLERANCE) -> list[str]:
    """Every element whose box in the app is more than ``tolerance`` px from its box on the plain page
    (or that one of them lacks), as readable lines; empty when they agree.

    Examples
    --------
    >>> box_differences({"a": [0, 0, 10, 10]}, {"a": [1, 0, 10, 11]})
    []
    >>> box_differences({"a": [0, 0, 10, 10]}, {"a": [24, 0, 34, 10], "b": [0, 0, 1, 1]})
    ['a: app [0, 0, 10, 10], plain page [24, 0, 34, 10]', 'b: app None, plain page [0, 0, 1, 1]']
    """
    lines = []
    for path in sorted(set(app) | set(plain)):
        mine, theirs = app.get(path), plain.get(path)
        apart = mine is None or theirs is None
        if apart or any(abs(a - b) > tolerance for a, b in zip(mine, theirs, strict=True)):
            rounded = [None if b is None else [round(v, 1) for v in b] for b in (mine, theirs)]
            lines.append(f"{path}: app {rounded[0]}, plain page {rounded[1]}")
    return lines


#: Grid points over the app outside the shown parts (+ band) that hit our iframe or its element.
_BLOCKED = f"""
const [band, step] = [arguments[0], arguments[1]];
const found = walk("app");
const frame = document.querySelector('{WIDGET_FRAME}');
if (!found || !frame) return null;
const boxes = Object.keys(found.parts).filter((p) => found.shown[p]).map((p) => found.parts[p]);
const status = frame.contentDocument && frame.contentDocument.querySelector(".oc-loader-status");
const at = vendor("app");
if (status && !status.hidden) boxes.push(boxOf(status, at.x, at.y));
const near = (x, y) => boxes.some(
  (b) => x >= b[0] - band && x <= b[2] + band && y >= b[1] - band && y <= b[3] + band);
const container = frame.closest('[class*="st-key-"]') || frame;
const blocked = [];
let checked = 0;
for (let y = step / 2; y < innerHeight; y += step) {{
  for (let x = step / 2; x < innerWidth; x += step) {{
    if (near(x, y)) continue;
    checked += 1;
    const hit = document.elementFromPoint(x, y);
    if (hit && (hit === frame || container.contains(hit))) blocked.push([x, y]);
  }}
}}
return {{checked, blocked}};
"""


def blocked_points(driver: PageDriver, band: int = MAX_BAND, step: int = GRID_STEP) -> dict[str, Any]:
    """``{"checked": n, "blocked": [[x, y], ...]}``: of the points of a ``step`` px grid over the app
    that lie outside the widget's shown parts grown by ``band`` px, those our iframe takes.

    Read twice in a row with the same answer (the frame follows a change of the widget within a
    frame or two: this waits for that, not for a time)."""
    last: dict[str, Any] | None = None
    for _ in range(40):
        found = driver.run_js(_js(_BLOCKED), band, step)
        assert found is not None, "no widget iframe with a stand-in in the app"
        if found == last:
            return found
        last = found
        time.sleep(0.05)
    assert last is not None
    return last


def hits_widget_frame(driver: PageDriver, x: float, y: float) -> bool:
    """Does a click at (x, y) of the top page go to our widget's iframe?"""
    return bool(
        driver.run_js(
            f"const f = document.querySelector('{WIDGET_FRAME}');"
            " return !!f && document.elementFromPoint(arguments[0], arguments[1]) === f;",
            x,
            y,
        )
    )


def click_part(driver: PageDriver, where: Where, part: str) -> None:
    """Click the stand-in's ``part`` from script (``element.click()``, in its own iframe if it has one)."""
    clicked = driver.run_js(
        _js("""
const v = vendor(arguments[0]);
const find = (doc) => {
  const direct = doc.querySelector(`[data-standin-part="${arguments[1]}"]`);
  if (direct) return direct;
  for (const host of doc.querySelectorAll("[data-standin-root]")) {
    const inner = host.shadowRoot && host.shadowRoot.querySelector(`[data-standin-part="${arguments[1]}"]`);
    if (inner) return inner;
  }
  for (const frame of doc.querySelectorAll("iframe")) {
    const inner = frame.contentDocument && find(frame.contentDocument);
    if (inner) return inner;
  }
  return null;
};
let target = v && find(v.win.document);
if (target && target.localName === "iframe") target = target.contentDocument.querySelector("button");
if (!target) return false;
target.click();
return true;
"""),
        where,
        part,
    )
    assert clicked, f"no {part} in the stand-in widget ({where})"


def focused_part(driver: PageDriver) -> str | None:
    """The ``data-standin-part`` of the element that has the keyboard focus in the app's widget
    (following focus into its iframes and shadow roots), or None."""
    return driver.run_js(f"""
let doc = document, el = document.activeElement;
const frame = document.querySelector('{WIDGET_FRAME}');
if (el !== frame) return null;
for (let depth = 0; depth < 6 && el; depth += 1) {{
  if (el.localName === "iframe") {{ doc = el.contentDocument; el = doc && doc.activeElement; continue; }}
  if (el.shadowRoot && el.shadowRoot.activeElement) {{ el = el.shadowRoot.activeElement; continue; }}
  break;
}}
if (!el) return null;
const part = el.closest("[data-standin-part]");
return part ? part.getAttribute("data-standin-part") : null;
""")


#: Where :func:`painted` samples each part: a 4 x 4 grid at these fractions of its box (inside any
#: rounded corner of a round launcher or a panel).
_SAMPLE_AT = (0.2, 0.4, 0.6, 0.8)


def painted(driver: PageDriver, parts: dict[str, Box], shown: dict[str, bool]) -> dict[str, list[list[int]]]:
    """The colours a screenshot of the page shows inside each shown part: ``{part: [[r, g, b], ...]}``.

    What a person sees, not what the DOM says: an engine may lay a frame out and take its clicks
    and still paint none of it.
    """
    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        shot = Path(folder) / "page.png"
        driver.screenshot(shot)
        with Image.open(shot) as image:
            rgb = image.convert("RGB")
            scale = rgb.width / driver.run_js("return innerWidth;")  # a screenshot may be in device pixels
            samples: dict[str, list[list[int]]] = {}
            for part, box in parts.items():
                if not shown.get(part):
                    continue
                points = [
                    (box[0] + fx * (box[2] - box[0]), box[1] + fy * (box[3] - box[1]))
                    for fy in _SAMPLE_AT
                    for fx in _SAMPLE_AT
                ]
                samples[part] = [
                    list(
                        rgb.getpixel(
                            (min(rgb.width - 1, int(x * scale)), min(rgb.height - 1, int(y * scale)))
                        )
                    )
                    for x, y in points
                ]
            return samples


def paint_differences(
    app: dict[str, list[list[int]]], plain: dict[str, list[list[int]]], tolerance: int = 24
) -> list[str]:
    """The parts whose colours in the app differ from the plain page's (any channel by more than
    ``tolerance`` at any sample), as readable lines; empty when the app shows what the site shows.

    Examples
    --------
    >>> paint_differences({"launcher": [[26, 115, 232]]}, {"launcher": [[26, 115, 230]]})
    []
    >>> paint_differences({"launcher": [[255, 255, 255]]}, {"launcher": [[26, 115, 232]]})
    ['launcher: 1 of 1 samples differ, e.g. app [255, 255, 255], plain page [26, 115, 232]']
    """
    lines = []
    for part in sorted(set(app) | set(plain)):
        mine, theirs = app.get(part, []), plain.get(part, [])
        if len(mine) != len(theirs):
            lines.append(f"{part}: shown in the {'app' if mine else 'plain page'} only")
            continue
        off = [
            (a, b)
            for a, b in zip(mine, theirs, strict=True)
            if max(abs(x - y) for x, y in zip(a, b, strict=True)) > tolerance
        ]
        if off:
            example = f"e.g. app {off[0][0]}, plain page {off[0][1]}"
            lines.append(f"{part}: {len(off)} of {len(mine)} samples differ, {example}")
    return lines
