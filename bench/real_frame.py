"""Figure 7: the real widget's frame: how much of the page it blocks, and how fast it follows.

The app (``tests/e2e/apps/real_widget_app.py``) draws the real widget from the stand-in vendor
script ``doc-panel.js`` of the tests' loader site (a 60 px launcher at right: 20px; bottom: 20px).

- **Blocked area.** At 1280 x 800 and 375 x 700, with the widget closed, every point of a 10 px
  grid over the window is asked ``document.elementFromPoint`` in the top page (which follows the
  hit testing of CSS ``clip-path``): the share of points our iframe takes, of the whole window
  and of the window outside the launcher's box grown by 32 px (the most the frame may keep).
- **Following.** In the widget's frame, at a random phase of the display's frame, a 40 px element
  is added at a random place, or an element moved or resized there (from a task, or moved from an
  animation frame callback, as a vendor's JavaScript animation does); after each following
  animation frame (a task after it: the frame is painted) the element's centre and corners
  are asked in the top page: the frames painted before all of them were the widget's are the
  frames the frame was behind. A 300 ms CSS transition is followed frame by frame the same way
  (the frames in which the moving box was not all the widget's), and the frame's own animation
  frame requests are counted for 2 s while nothing changes.

Only the frame's behaviour is measured, in the page, so Playwright's latency is not in it.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from playwright.sync_api import Browser, Page

from tests.e2e.conftest import APPS
from tests.support.loader_server import LoaderServer
from tests.support.servers import StreamlitServer
from tests.support.widget_layout import MAX_BAND, WIDGET_FRAME

SIZES = {"1280 x 800": (1280, 800), "375 x 700": (375, 700)}
KINDS = ("added", "moved", "resized", "moved by a frame callback")
GRID = 10

BLOCKED = f"""
([step, band]) => {{
  const frame = document.querySelector('{WIDGET_FRAME}');
  const inner = frame.contentDocument.querySelector('[data-standin-part="launcher"]').getBoundingClientRect();
  const at = frame.getBoundingClientRect();
  const box = [inner.left + at.left, inner.top + at.top, inner.right + at.left, inner.bottom + at.top];
  const near = (x, y) => x >= box[0] - band && x <= box[2] + band && y >= box[1] - band && y <= box[3] + band;
  const container = frame.closest('[class*="st-key-"]') || frame;
  let all = 0, taken = 0, outside = 0, takenOutside = 0;
  for (let y = step / 2; y < innerHeight; y += step) {{
    for (let x = step / 2; x < innerWidth; x += step) {{
      const hit = document.elementFromPoint(x, y);
      const ours = !!hit && (hit === frame || container.contains(hit));
      all += 1; taken += ours;
      if (!near(x, y)) {{ outside += 1; takenOutside += ours; }}
    }}
  }}
  return {{all, taken, outside, takenOutside,
           windowSized: at.width === innerWidth && at.height === innerHeight}};
}}
"""

# The page script both measurements start with: `painted()` resolves a task after the next
# animation frame (the frame is painted); `ours(el)` says whether the top page's hit testing gives
# the element's centre and corners to the widget's frame.
_PAINTED_AND_OURS = """
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const ours = (el) => {
    const b = el.getBoundingClientRect();
    const points = [[(b.left + b.right) / 2, (b.top + b.bottom) / 2], [b.left + 2, b.top + 2],
                    [b.right - 2, b.top + 2], [b.left + 2, b.bottom - 2], [b.right - 2, b.bottom - 2]];
    return points.every(([x, y]) => document.elementFromPoint(x, y) === frame);
  };
"""

FOLLOW = f"""
async ({{kind, seed}}) => {{
  const frame = document.querySelector('{WIDGET_FRAME}');
  const doc = frame.contentDocument;
  let state = seed;
  const rand = () => {{ state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; }};
{_PAINTED_AND_OURS}
  const place = () => [80 + rand() * (innerWidth - 400), 80 + rand() * (innerHeight - 400)];
  const el = doc.createElement("div");
  el.style.cssText = "position: fixed; width: 40px; height: 40px; background: #c00; border-radius: 6px;";
  const [x0, y0] = place();
  el.style.left = x0 + "px"; el.style.top = y0 + "px";
  if (kind !== "added") {{ doc.body.appendChild(el); await painted(); await painted(); }}
  await painted();
  await new Promise((done) => setTimeout(done, rand() * 1000 / 60));  // a random phase of the frame
  const move = () => {{ const [x, y] = place(); el.style.left = x + "px"; el.style.top = y + "px"; }};
  // Then wait for the first frame painted with the change (a task after it) and count from there.
  if (kind === "moved by a frame callback") {{
    const win = frame.contentWindow;
    const inFrame = (done) => win.requestAnimationFrame(() => {{ move(); setTimeout(done, 0); }});
    await new Promise(inFrame);
  }} else {{
    if (kind === "added") doc.body.appendChild(el);
    else if (kind === "moved") move();
    else {{ el.style.width = "240px"; el.style.height = "160px"; }}
    await painted();
  }}
  let behind = 0;
  while (!ours(el) && behind < 120) {{
    behind += 1;
    await painted();
  }}
  el.remove();
  await painted();
  return behind;
}}
"""

ANIMATED = f"""
async ({{seed}}) => {{
  const frame = document.querySelector('{WIDGET_FRAME}');
  const doc = frame.contentDocument;
{_PAINTED_AND_OURS}
  const el = doc.createElement("div");
  el.style.cssText = "position: fixed; left: 120px; top: 160px; width: 60px; height: 60px;"
    + " background: #06c; transition: transform 300ms linear;";
  doc.body.appendChild(el);
  await painted(); await painted();
  await new Promise((done) => setTimeout(done, (seed % 17)));
  el.style.transform = "translate(" + (innerWidth - 300) + "px, " + (innerHeight - 400) + "px)";
  let frames = 0, behind = 0;
  const ended = new Promise((done) => el.addEventListener("transitionend", done, {{once: true}}));
  let over = false;
  ended.then(() => {{ over = true; }});
  while (!over && frames < 600) {{
    await painted();
    frames += 1;
    if (!ours(el)) behind += 1;
  }}
  await painted();
  const settled = ours(el);
  el.remove();
  await painted();
  return {{frames, behind, settled}};
}}
"""

IDLE_REQUESTS = f"""
async (ms) => {{
  const win = document.querySelector('{WIDGET_FRAME}').contentWindow;
  const own = win.requestAnimationFrame;
  let asked = 0;
  win.requestAnimationFrame = (callback) => {{ asked += 1; return own.call(win, callback); }};
  await new Promise((done) => setTimeout(done, ms));
  win.requestAnimationFrame = own;
  return asked;
}}
"""


@dataclass
class Blocked:
    """Grid points of one window size: all, taken by our iframe, and the same outside the launcher."""

    all: int
    taken: int
    outside: int
    taken_outside: int
    window_sized: bool


@dataclass
class RealFrameResult:
    """What figure 7 reports (``follow`` and ``animated`` are empty where the frame does not clip)."""

    blocked: dict[str, Blocked] = field(default_factory=dict)
    follow: dict[str, list[int]] = field(default_factory=dict)
    animated: list[tuple[int, int, bool]] = field(default_factory=list)
    idle_requests: int | None = None


@contextmanager
def real_widget_app() -> Iterator[str]:
    """The app with the stand-in real widget, and the loader site it loads from; stopped on exit."""
    site = LoaderServer()
    try:
        env = {"OCTOCOM_TEST_LOADER_BASE": site.url}
        server = StreamlitServer(APPS / "real_widget_app.py", extra_env=env)
        try:
            yield f"{server.url}/?script=doc-panel.js"
        finally:
            server.stop()
    finally:
        site.stop()


def _open(browser: Browser, url: str, width: int, height: int) -> Page:
    page = browser.new_context(viewport={"width": width, "height": height}).new_page()
    page.goto(url)
    page.wait_for_function(
        f"""() => {{
          const f = document.querySelector('{WIDGET_FRAME}');
          const d = f && f.contentDocument;
          return !!(d && d.querySelector('[data-standin-part="launcher"]'));
        }}"""
    )
    time.sleep(1.0)  # the frame settles (loader status box gone, clip applied)
    return page


def measure_real_frame(browser: Browser, url: str, trials: int) -> RealFrameResult:
    """Measure figure 7 on the app at ``url``: ``trials`` changes of each kind, and transitions.

    Examples
    --------
    >>> with running_chromium() as browser, real_widget_app() as url:  # doctest: +SKIP
    ...     measure_real_frame(browser, url, trials=20).blocked["1280 x 800"].taken_outside
    0
    """
    result = RealFrameResult()
    for label, (width, height) in SIZES.items():
        page = _open(browser, url, width, height)
        got = page.evaluate(BLOCKED, [GRID, MAX_BAND])
        result.blocked[label] = Blocked(
            got["all"], got["taken"], got["outside"], got["takenOutside"], got["windowSized"]
        )
        page.context.close()
    if not all(b.window_sized for b in result.blocked.values()):
        return result  # a fixed frame (before issue #18): nothing follows anything
    page = _open(browser, url, *SIZES["1280 x 800"])
    rng = random.Random(18)
    result.follow = {kind: [] for kind in KINDS}
    for _ in range(trials):
        for kind in rng.sample(KINDS, len(KINDS)):
            behind = page.evaluate(FOLLOW, {"kind": kind, "seed": rng.randrange(1, 2**31)})
            result.follow[kind].append(int(behind))
    for _ in range(max(5, trials // 4)):
        got = page.evaluate(ANIMATED, {"seed": rng.randrange(1, 2**31)})
        result.animated.append((int(got["frames"]), int(got["behind"]), bool(got["settled"])))
    result.idle_requests = int(page.evaluate(IDLE_REQUESTS, 2000))
    page.context.close()
    return result
