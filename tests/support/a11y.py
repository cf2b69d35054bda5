"""Accessibility probes shared by the Streamlit and Jupyter end-to-end tests.

- ``axe_violations`` injects axe-core (the npm package in ``frontend/node_modules``)
  into a frame and runs it at the WCAG 2.0/2.1 A and AA tags plus best-practice.
- ``rendered_contrast`` reads an element's computed text colour and the colour it is
  really painted on (the first opaque background up its ancestors, semi-transparent
  ones blended), and ``contrast_ratio`` is WCAG's formula on those colours.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from tests.support.paths import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Frame, Page

AXE_SCRIPT = ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")
# Rules that judge a whole page (one main landmark, one h1, all content in landmarks):
# the widget is a part of someone else's page, not a page.
PAGE_LEVEL_RULES = ("landmark-one-main", "page-has-heading-one", "region")

RUN_AXE = """
async ({ include, tags, disabled }) => {
  const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
  const context = include === null ? document : { include: [include] };
  const result = await window.axe.run(context, { runOnly: { type: "tag", values: tags }, rules });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
  }));
}
"""


def axe_violations(frame: Page | Frame, include: str | None = None) -> list[dict[str, Any]]:
    """axe-core's violations in ``frame`` (or only under the ``include`` selector)."""
    if not frame.evaluate("() => typeof window.axe !== 'undefined'"):
        frame.add_script_tag(path=str(AXE_SCRIPT))
    violations: list[dict[str, Any]] = frame.evaluate(
        RUN_AXE, {"include": include, "tags": list(AXE_TAGS), "disabled": list(PAGE_LEVEL_RULES)}
    )
    return violations


def describe(violations: list[dict[str, Any]]) -> str:
    """A readable list for an assertion message."""
    return json.dumps(violations, indent=1)


# The element's text colour and the colour under it, as [r, g, b] (alpha blended away).
RENDERED_COLOURS = """
(element) => {
  const parse = (text) => {
    const m = text.match(/rgba?\\(([^)]+)\\)/);
    if (!m) throw new Error(`unparsed colour ${text}`);
    const [r, g, b, a = "1"] = m[1].split(/[ ,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  };
  const over = (top, bottom) => top.slice(0, 3).map((c, i) => c * top[3] + bottom[i] * (1 - top[3]));
  const layers = [];
  for (let node = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    layers.push([parse(style.backgroundColor), Number(style.opacity)]);
  }
  let under = [255, 255, 255];  // the page behind a see-through frame: assume white
  for (const [[r, g, b, a]] of layers.reverse()) under = over([r, g, b, a], under);
  const style = getComputedStyle(element);
  const text = parse(style.color);
  let opacity = 1;
  for (let node = element; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
  return { text: over([text[0], text[1], text[2], text[3] * opacity], under), background: under };
}
"""


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else float(((c + 0.055) / 1.055) ** 2.4)


def luminance(rgb: list[float]) -> float:
    """WCAG relative luminance of an sRGB colour given as 0-255 channels."""
    r, g, b = (_linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: list[float], b: list[float]) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def parse_rgb(css: str) -> list[float]:
    """``rgb(r, g, b)`` / ``rgba(r, g, b, a)`` as computed by the browser, as [r, g, b]."""
    inside = css[css.index("(") + 1 : css.rindex(")")]
    return [float(part) for part in inside.replace("/", " ").replace(",", " ").split()[:3]]


def rendered_contrast(frame: Page | Frame, selector: str) -> float:
    """Contrast between the rendered text (or icon) colour of ``selector`` and what it sits on."""
    colours = frame.locator(selector).first.evaluate(RENDERED_COLOURS)
    return contrast_ratio(colours["text"], colours["background"])
