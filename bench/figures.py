"""Turn raw benchmark results into the table's sections, with what limits each figure."""

from __future__ import annotations

import itertools

from bench.call_loop import CallLoopResult
from bench.click_latency import ENGINE_VARIANTS, LatencyResult
from bench.engines import NAMES
from bench.payload import Payload
from bench.python_cost import PythonCost
from bench.real_frame import GRID, RealFrameResult
from bench.report import Section
from bench.stats import FRAMEWORK_AIM, aim_verdict, median, quantile, ratio, ratio_interval
from tests.support.widget_layout import MAX_BAND

LATENCY_LABELS = {
    "floor": "floor: st.button + st.write (no component)",
    "iframe_floor": "floor + a static components.html iframe on the page",
    "component_floor": "floor + a minimal components-v1 component on the page",
    "widget_floor": "floor + chat_widget() on the page (no open_chat)",
    "open_chat": "st.button calling open_chat",
    "naive": "naive: st.button + components.html script",
    "chat_button": "chat_button (client side)",
    "widget_no_placement": "probe: chat_widget()'s component and args, without its placement st.html",
    "component_args": "probe: the minimal component given chat_widget()'s args",
    "component_placement": "probe: the minimal component and chat_widget()'s placement st.html",
}

NAN = float("nan")


def _against(result: LatencyResult, variant: str, base: str) -> tuple[float, float, float]:
    """``variant``'s median over ``base``'s and its bootstrap 95% interval (``nan`` if one is absent)."""
    samples = result.samples
    if variant not in samples or base not in samples:
        return NAN, NAN, NAN
    return (
        ratio(median(samples[variant]), median(samples[base])),
        *ratio_interval(samples[variant], samples[base]),
    )


def _ratio_text(value: tuple[float, float, float]) -> str:
    return f"{value[0]:.2f}x ({value[1]:.2f}-{value[2]:.2f}x)"


def latency_section(result: LatencyResult) -> Section:
    """Figure 1 from the click-to-visible samples.

    Examples
    --------
    >>> result = LatencyResult(samples={"floor": [70.0] * 20}, dom_samples={"floor": [68.0] * 20})
    >>> latency_section(result).rows[0].value
    '70.0 ms'
    """
    trials = max((len(s) for s in result.samples.values()), default=0)
    section = Section(f"1. Click to message visible (median of {trials} trials per row, one run)")
    _latency_rows(section, result, LATENCY_LABELS, dict.fromkeys(LATENCY_LABELS, "floor"))
    samples = result.samples
    medians = {v: median(s) for v, s in samples.items()}
    nan = NAN
    floor = medians.get("floor", nan)
    iframe, iframe_low, iframe_high = _against(result, "iframe_floor", "floor")
    widget, widget_low, widget_high = _against(result, "widget_floor", "floor")
    opened, open_low, open_high = _against(result, "open_chat", "floor")
    own, own_low, own_high = _against(result, "open_chat", "widget_floor")
    ours = _against(result, "widget_floor", "component_floor")
    minimal = _against(result, "component_floor", "iframe_floor")
    if "widget_floor" in samples and "open_chat" in samples:
        section.add(
            "st.button calling open_chat, against the floor with chat_widget()",
            f"{own:.2f}x",
            f"95% interval {own_low:.2f}-{own_high:.2f}x; the share of the delivery itself",
        )
    if "widget_floor" in samples and "component_floor" in samples:
        section.add(
            "the floor with chat_widget(), against the floor with a minimal component",
            f"{ours[0]:.2f}x",
            f"95% interval {ours[1]:.2f}-{ours[2]:.2f}x; the widget's share beyond the framework's;"
            f" {aim_verdict(*ours, aim=FRAMEWORK_AIM)}",
        )
    if "component_floor" in samples and "iframe_floor" in samples:
        section.add(
            "the floor with a minimal component, against the floor with a static iframe",
            f"{minimal[0]:.2f}x",
            f"95% interval {minimal[1]:.2f}-{minimal[2]:.2f}x; components-v1's own share",
        )
    dom_gap = {
        v: median([frame - dom for frame, dom in zip(samples[v], result.dom_samples[v], strict=True)])
        for v in ("floor", "open_chat")
        if v in samples
    }

    def over(variant: str, base: str = "floor") -> float:
        return medians.get(variant, nan) - medians.get(base, nan)

    chat_button = (
        f"`chat_button` needs no rerun at all: its {medians['chat_button']:.1f} ms are the page's own click"
        " handler dispatching into the widget iframe plus one frame, so it is bounded by the browser alone."
        if "chat_button" in medians
        else "`chat_button` was not available when this ran."
    )
    section.limits = f"""
**What limits it.** The floor is Streamlit's rerun round trip: the click goes over the
websocket, the script runs, the delta comes back and React renders it
({floor:.1f} ms median here). `open_chat` rides the same single rerun and sits at
{opened:.2f}x that floor (95% interval {open_low:.2f}-{open_high:.2f}x):
{aim_verdict(opened, open_low, open_high)}. Of its {over("open_chat"):+.1f} ms over the floor,
{over("widget_floor"):+.1f} ms are there without any call, on the same page drawing only
`chat_widget()` ({widget:.2f}x, {widget_low:.2f}-{widget_high:.2f}x), and {over("iframe_floor"):+.1f} ms
on a page drawing a static `components.html` iframe with no code of this package
({iframe:.2f}x, {iframe_low:.2f}-{iframe_high:.2f}x): what Streamlit spends on an iframe
element in every rerun.

**The framework's floor.** A minimal components-v1 component, built the template's way
(`declare_component` over a Vite build of `bench/minimal_component/`: `streamlit-component-lib`,
its args written as text and `Streamlit.setFrameHeight()` on each render, keyed, constant
args, no CSS), costs {over("component_floor"):+.1f} ms over the bare floor
({_ratio_text(_against(result, "component_floor", "floor"))}) and
{over("component_floor", "iframe_floor"):+.1f} ms over the static iframe
({_ratio_text(minimal)}). {_minimal_why(result)} The page drawing `chat_widget()` sits at
{_ratio_text(ours)} the page drawing the minimal component
({over("widget_floor", "component_floor"):+.1f} ms): {aim_verdict(*ours, aim=FRAMEWORK_AIM)}.
That is the widget's own share of a rerun beyond what any component pays.

Against the page with the widget, `open_chat` is at
{own:.2f}x ({own_low:.2f}-{own_high:.2f}x): {aim_verdict(own, own_low, own_high)}. From the
DOM to the next animation frame, which paints it, the message waits
{dom_gap.get("open_chat", nan):.1f} ms (the floor's line: {dom_gap.get("floor", nan):.1f} ms).
The naive approach adds {over("naive"):+.1f} ms because every click creates a new
`components.html` iframe that has to load and run its script before it can dispatch. {chat_button}
Timing is taken in the page (`performance.now()` before `button.click()`, a
`MutationObserver` on the document that shows the message, then the next animation
frame), so Playwright's own latency is not in the figures; each click waits a random
part of a frame first, so no variant keeps one phase against the display's frames; trials
of the variants are interleaved in one run. The intervals resample each variant's trials
(bootstrap, 2000 draws). The spread comes from this shared 2-core machine.
"""
    return section


def _minimal_why(result: LatencyResult) -> str:
    """Why a minimal component costs more than a static iframe, from this run's DOM and frame times."""
    if "component_floor" not in result.samples or "iframe_floor" not in result.samples:
        return ""
    dom = median(result.dom_samples["component_floor"]) - median(result.dom_samples["iframe_floor"])
    return (
        "Both are one iframe element in the page; what a components-v1 element adds is its"
        " conversation with the iframe on every rerun: Streamlit's ComponentInstance posts a render"
        " message with the args and theme to the iframe, whose handler runs in the same renderer"
        " task queue as the page, and the iframe's `setFrameHeight` reply comes back as a message"
        " that Streamlit's React tree handles (a static `components.html` iframe gets its HTML once"
        f" and no message after). In this run the line reached the DOM {dom:+.1f} ms later on the"
        " component's page than on the static iframe's."
    )


def _latency_rows(
    section: Section, result: LatencyResult, labels: dict[str, str], floors: dict[str, str]
) -> None:
    """One row per variant: median, ratio to its floor variant, spread, when it reached the DOM."""
    for variant, label in labels.items():
        if variant in result.missing:
            section.add(label, "not available yet", result.missing[variant])
            continue
        samples = result.samples.get(variant)
        if not samples:
            continue
        mid = median(samples)
        floor_samples = result.samples.get(floors[variant])
        against = f"{ratio(mid, median(floor_samples)):.2f}x {floors[variant]}; " if floor_samples else ""
        note = (
            f"{against}p10-p90 {quantile(samples, 0.1):.1f}-{quantile(samples, 0.9):.1f} ms;"
            f" in DOM at {median(result.dom_samples[variant]):.1f} ms"
        )
        section.add(label, f"{mid:.1f} ms", note)


ENGINE_LABELS = {v: LATENCY_LABELS[v] for v in ENGINE_VARIANTS}


def engine_latency_section(result: LatencyResult, version: str) -> Section:
    """Figure 1 in Firefox or WebKit (``result.engine``): the floors, the widget and the three ways.

    Examples
    --------
    >>> samples = {"floor": [70.0] * 20}
    >>> result = LatencyResult(samples=samples, dom_samples=samples, engine="firefox")
    >>> engine_latency_section(result, "Mozilla Firefox 128").title.startswith("1b.")
    True
    """
    name = NAMES.get(result.engine, result.engine)
    trials = max((len(s) for s in result.samples.values()), default=0)
    number = {"firefox": "1b", "webkit": "1c"}.get(result.engine, "1x")
    section = Section(
        f"{number}. Click to message visible in {name} (median of {trials} trials per row, one run)"
    )
    if "engine" in result.missing:
        section.add(name, "not measured", result.missing["engine"])
        section.limits = f"**Not measured.** {result.missing['engine']}."
        return section
    _latency_rows(section, result, ENGINE_LABELS, dict.fromkeys(ENGINE_LABELS, "floor"))
    ahead = _against(result, "open_chat", "naive")
    ours = _against(result, "widget_floor", "component_floor")
    own = _against(result, "open_chat", "widget_floor")
    for label, value, note in (
        ("st.button calling open_chat, against the naive approach", ahead, "below 1: open_chat ahead"),
        (
            "the floor with chat_widget(), against the floor with a minimal component",
            ours,
            "the widget's share",
        ),
        (
            "st.button calling open_chat, against the floor with chat_widget()",
            own,
            "the delivery's own share",
        ),
    ):
        if value[0] == value[0]:  # not nan
            section.add(label, f"{value[0]:.2f}x", f"95% interval {value[1]:.2f}-{value[2]:.2f}x; {note}")
    medians = {v: median(s) for v, s in result.samples.items()}
    if ahead[2] < 1:
        standing = "ahead of the naive approach in this run: its whole interval is below 1"
    elif ahead[0] < 1:
        standing = "ahead of the naive approach at the median, though this run's interval reaches 1"
    else:
        standing = "not ahead of the naive approach in this run"
    section.limits = f"""
**What limits it in {name}.** The same pages, server and in-page timing as figure 1, in
{version}, driven through the three-engine page driver (`tests/support/engines`; a fresh
tab per page, each brought to the front before its click; the driver's own latency is
outside the timed span). The bare rerun takes {medians.get("floor", NAN):.1f} ms here.
`open_chat` sits at {_ratio_text(ahead)} the naive `components.html` approach: {standing}.
The page drawing `chat_widget()` is at {_ratio_text(ours)} the page drawing a minimal
component ({aim_verdict(*ours, aim=FRAMEWORK_AIM)}), and `open_chat` at {_ratio_text(own)}
the page drawing the widget ({aim_verdict(*own)}). Intervals: bootstrap, 2000 draws.
The page's clock ticks in steps of {_clock_step(result):g} ms here (the smallest gap between
two samples), against a few microseconds in Chromium.
"""
    return section


def _clock_step(result: LatencyResult) -> float:
    """The smallest gap between two distinct samples: the page clock's resolution, or an upper bound of it."""
    values = sorted({round(v, 6) for s in result.samples.values() for v in s})
    gaps = [b - a for a, b in itertools.pairwise(values) if b - a > 1e-6]
    return round(min(gaps), 3) if gaps else NAN


NOTEBOOK_LABELS = {
    "floor": "floor: a cell setting an ipywidgets Label.value",
    "open_chat_quiet": "a cell calling w.open_chat(...);",
    "floor_shown": "floor with an output: the Label cell also showing label.value",
    "open_chat": "a cell calling w.open_chat(...) as written (shows the returned event)",
}
NOTEBOOK_FLOORS = {
    "floor": "floor",
    "open_chat_quiet": "floor",
    "floor_shown": "floor_shown",
    "open_chat": "floor_shown",
}


def notebook_section(result: LatencyResult) -> Section:
    """Figure 6 from the JupyterLab cell-to-visible samples.

    Examples
    --------
    >>> result = LatencyResult(samples={"floor": [30.0] * 20}, dom_samples={"floor": [25.0] * 20})
    >>> notebook_section(result).rows[0].value
    '30.0 ms'
    """
    trials = max((len(s) for s in result.samples.values()), default=0)
    section = Section(
        f"6. Notebook: a cell's open_chat to message visible, JupyterLab (median of {trials} trials)"
    )
    _latency_rows(section, result, NOTEBOOK_LABELS, NOTEBOOK_FLOORS)
    quiet = _against(result, "open_chat_quiet", "floor")
    shown = _against(result, "open_chat", "floor_shown")
    for label, value, note in (
        ("a cell calling w.open_chat(...);, against the Label cell", quiet, "the widget's share"),
        (
            "w.open_chat(...) as written, against the Label cell showing an output",
            shown,
            "the same, with outputs",
        ),
    ):
        if value[0] == value[0]:  # not nan
            section.add(label, f"{value[0]:.2f}x", f"95% interval {value[1]:.2f}-{value[2]:.2f}x; {note}")
    section.limits = f"""
**What limits it.** The floor is the kernel round trip every widget pays: JupyterLab
sends the cell to the kernel, the cell changes one synced trait, the comm update comes
back over the websocket and a widget view changes the DOM. `open_chat` takes the same
trip (the `_envelopes` trait, which carries the commands of the replay window) and then
the preview widget's own work: the sequencer, the `openChatEvent` dispatch on the
notebook document and the bubble. The "delivered" report goes back to Python through the
`_reports` trait after the frame that shows the bubble, not in the task that draws it, and
Python's answer (`_reports_read`) comes after that. Against the floor it
sits at {_ratio_text(quiet)} without an output ({aim_verdict(*quiet)}) and at
{_ratio_text(shown)} as written ({aim_verdict(*shown)}; a cell ending in
`w.open_chat(...)` also shows the returned `OpenChatEvent`, so it is compared with the
Label cell that shows an output too). Measured in JupyterLab's page
(`performance.now()` just before its own `notebook:run-cell` command, a
`MutationObserver` on the document, then the next animation frame), the four cells
interleaved in one run, each started after a random part of a frame (as in figure 1),
the next trial once the kernel is idle again. Intervals: bootstrap, 2000 draws.
"""
    return section


def _loop(loops: dict[str, CallLoopResult], name: str) -> CallLoopResult | None:
    return loops.get(name)


def reruns_section(loops: dict[str, CallLoopResult]) -> Section:
    """Figure 2 from the call loops (first 100 calls, one per click).

    Examples
    --------
    >>> reruns_section({}).title.startswith("2.")
    True
    """
    section = Section("2. Script reruns per call and iframe loads (100 calls, one call per click)")
    for name, label in (
        ("open_chat", "open_chat (message)"),
        ("open_chat_open_only", "open_chat() (open only)"),
        ("naive", "naive components.html"),
        ("floor", "floor: st.write, no widget"),
    ):
        loop = _loop(loops, name)
        if loop is None or loop.start is None:
            continue
        at100 = loop.at(100)
        reruns = (at100.runs - loop.start.runs) / 100
        section.add(f"{label}: script runs per call", f"{reruns:.2f}", "each call is one button click")
        if name != "floor":
            reloads = at100.widget_loads - loop.start.widget_loads
            section.add(
                f"{label}: widget iframe loads", f"{at100.widget_loads}", f"{reloads} reloads over 100 calls"
            )
            section.add(
                f"{label}: events dispatched", f"{at100.dispatches}", "counted by a listener in the widget"
            )
        if name == "naive":
            section.add(f"{label}: html iframes created", f"{at100.html_loads}", "one per call")
        at500 = loop.at(500)
        if name == "open_chat":
            section.add(
                "open_chat: widget iframe loads over all 500 calls",
                f"{at500.widget_loads}",
                f"{at500.dispatches} dispatched",
            )
    extra = _extra_runs_per_call(loops)
    section.limits = f"""
**What limits it.** A call costs the rerun that the click already causes; `open_chat`
itself adds {extra} script runs per call over the floor (delivered events are not
reported back to Python by default, `report="interactions"`). The widget's iframe is
loaded once per page and, in this run, reloaded {_reloads(loops)} times over the 500 calls:
new events reach it through component args and the carrier element, never through
a new `src`. The naive approach creates one `components.html` iframe per call (a new
document each time), which is what its extra latency in figure 1 pays for.
"""
    return section


def _extra_runs_per_call(loops: dict[str, CallLoopResult]) -> str:
    ours, floor = loops.get("open_chat"), loops.get("floor")
    if ours is None or floor is None or ours.start is None or floor.start is None:
        return "(not measured)"
    per_call = (ours.at(100).runs - ours.start.runs) / 100
    floor_per_call = (floor.at(100).runs - floor.start.runs) / 100
    return f"{per_call - floor_per_call:+.2f}"


def _reloads(loops: dict[str, CallLoopResult]) -> str:
    ours = loops.get("open_chat")
    if ours is None or ours.start is None:
        return "(not measured)"
    return str(ours.at(500).widget_loads - ours.start.widget_loads)


def _fmt_bytes(size: int) -> str:
    return f"{size / 1024:.1f} KiB"


def payload_section(payloads: list[Payload]) -> Section:
    """Figure 3 from the measured payloads (the first one is octocom-streamlit's).

    Examples
    --------
    >>> payload_section([Payload("a", js_bytes=2048, js_gzip=1024)]).rows[0].value
    '2.0 KiB'
    """
    section = Section("3. Frontend payload: JS + CSS a component iframe loads")
    base = payloads[0] if payloads and payloads[0].missing is None else None
    for payload in payloads:
        if payload.missing is not None:
            section.add(payload.name, "not measured", payload.missing)
            continue
        note = f"gzip -9: {_fmt_bytes(payload.total_gzip)}"
        if base is not None and payload is not base:
            note += f" ({ratio(payload.total_gzip, base.total_gzip):.1f}x ours)"
        note += f"; JS {_fmt_bytes(payload.js_bytes)}, CSS {_fmt_bytes(payload.css_bytes)}"
        note += f"; HTML {payload.html_bytes:,} B not counted; {payload.detail}"
        section.add(payload.name, _fmt_bytes(payload.total_bytes), note)
    section.limits = """
**What limits it.** Ours is one Vite/Rolldown-minified ES module with the preview
widget's CSS inlined (so its CSS is counted inside the JS) and without React; the
biggest remaining part is `streamlit-component-lib`'s protocol code (its Apache Arrow
dependency is aliased away because the widget takes no dataframes). The React
reference is what a component on the component template's stack loads: React,
ReactDOM, `streamlit-component-lib`'s React helpers with Apache Arrow, and Bootstrap
4.5.0's CSS (which the template links), around a 25-line component of our own (the
template's files are not copied here). The
current `streamlit-js-eval` wheel has no bundle at all: its `index.html` holds one
hand-written, unminified inline script (counted as its JS; a Bootstrap stylesheet
it fetches from a CDN only for its button helper is not counted).
"""
    return section


def python_section(cost: PythonCost) -> Section:
    """Figure 4 from the AppTest samples.

    Examples
    --------
    >>> python_section(PythonCost({"open_chat(content)": [80_000] * 20})).rows[0].value
    '80.0 us'
    """
    section = Section("4. Python cost of one open_chat call (inside an AppTest script run)")
    for name, samples in cost.samples.items():
        micro = [s / 1000 for s in samples]
        section.add(
            name,
            f"{median(micro):.1f} us",
            f"median of {len(micro)}; p90 {quantile(micro, 0.9):.1f} us",
        )
    total = median([s / 1000 for s in cost.samples.get("open_chat(content)", [0])])
    html = median([s / 1000 for s in cost.samples.get("carrier write: st.html", [0])])
    runs = len(cost.samples.get("open_chat(content)", [])) // 10
    section.limits = f"""
**What limits it.** Measured with Streamlit's `AppTest` (a real script run: session
state, delta queue; no server, no browser): a run draws the widget and times ten
calls, {runs} runs after one warm-up run. Validation and queueing are a few
microseconds each; most of the {total:.0f} us is Streamlit's `st.html` writing the
carrier element ({html:.0f} us on its own). A 64 KB `data:` image adds the base64
check and the JSON/HTML escaping of the payload, which grow with the image's size.
All of it is far below the rerun round trip of figure 1.
"""
    return section


def _open_only_summary(loops: dict[str, CallLoopResult]) -> str:
    ours, floor = loops.get("open_chat_open_only"), loops.get("floor")
    if ours is None or floor is None:
        return "not measured"
    heap = (ours.at(500).metrics["JSHeapUsedSize"] - ours.at(10).metrics["JSHeapUsedSize"]) - (
        floor.at(500).metrics["JSHeapUsedSize"] - floor.at(10).metrics["JSHeapUsedSize"]
    )
    nodes = ours.at(500).metrics["Nodes"] - ours.at(10).metrics["Nodes"]
    floor_nodes = floor.at(500).metrics["Nodes"] - floor.at(10).metrics["Nodes"]
    return (
        f"{heap / 1024:+.0f} KiB of heap growth beyond the floor's over 490 calls "
        f"({heap / 490:+.0f} bytes per call; runs differ by about 100 KiB on this machine), and "
        f"{nodes:+.0f} DOM nodes against the floor's {floor_nodes:+.0f} (both counts hold what the "
        "last click's ten calls wrote: ten carrier elements, or ten lines of text)"
    )


def memory_section(loops: dict[str, CallLoopResult]) -> Section:
    """Figure 5 from the JS heap checkpoints.

    Examples
    --------
    >>> memory_section({}).title.startswith("5.")
    True
    """
    section = Section("5. Browser memory: JS heap after 500 calls vs after 10 (after GC)")
    floor = _loop(loops, "floor")
    floor_growth = None
    if floor is not None:
        floor_growth = floor.at(500).metrics["JSHeapUsedSize"] - floor.at(10).metrics["JSHeapUsedSize"]
    for name, label in (
        ("floor", "floor: Streamlit alone (st.write)"),
        ("open_chat_open_only", "open_chat() open only"),
        ("open_chat", "open_chat with a message"),
        ("naive", "naive components.html"),
    ):
        loop = _loop(loops, name)
        if loop is None:
            continue
        at10, at500 = loop.at(10).metrics, loop.at(500).metrics
        growth = at500["JSHeapUsedSize"] - at10["JSHeapUsedSize"]
        note = f"growth {growth / 1024:+.0f} KiB"
        if floor_growth is not None and name != "floor":
            note += f" ({(growth - floor_growth) / 1024:+.0f} KiB vs floor's growth)"
        note += f"; DOM nodes {at10['Nodes']:.0f} -> {at500['Nodes']:.0f}"
        section.add(
            label,
            f"{at10['JSHeapUsedSize'] / 2**20:.2f} -> {at500['JSHeapUsedSize'] / 2**20:.2f} MiB",
            note,
        )
    section.limits = f"""
**What limits it.** Read with the Chrome DevTools Protocol after two forced garbage
collections (`HeapProfiler.collectGarbage`, then `Performance.getMetrics`); the page
and its same-origin iframes share one V8 heap, so this is the whole tab. Calls 11 to
100 come one per click and 101 to 500 ten per click (140 reruns in all). The floor
row is Streamlit's own page doing the same number of reruns without any widget: its
growth is Streamlit's (caches, React state) and is the baseline to compare with.
The delivery machinery keeps no per-call state (the sequencer keeps one number per
stream in `sessionStorage`, carriers live for one run), so the "open only" row is
the widget's own cost: {_open_only_summary(loops)}. With a message, the preview
widget keeps every bubble of the conversation by design (and, for a widget drawn again
in the tab, the last 50 messages in `sessionStorage`, at most 1,000,000 characters):
that is the DOM growth of the "with a message" row, not a leak.
"""
    return section


def real_frame_section(result: RealFrameResult) -> Section:
    """Figure 7 from the real widget's frame: the page it blocks and how fast it follows.

    Examples
    --------
    >>> from bench.real_frame import Blocked
    >>> r = RealFrameResult(blocked={"1280 x 800": Blocked(100, 2, 90, 0, True)})
    >>> real_frame_section(r).rows[0].value
    '2.0%'
    """
    section = Section("7. The real widget's frame (`loader=`): the page it blocks, how it follows")
    for label, b in result.blocked.items():
        section.add(
            f"page area blocked by the closed real widget, {label}",
            f"{100 * b.taken / b.all:.1f}%",
            f"outside the launcher's box + {MAX_BAND} px: {100 * b.taken_outside / b.outside:.1f}%"
            f" ({b.taken_outside} of {b.outside} points of a {GRID} px grid)",
        )
    for kind, frames in result.follow.items():
        section.add(
            f"frames from the widget's box {kind} to the frame following it (median)",
            f"{median(frames):.0f}",
            f"p90 {quantile(frames, 0.9):.0f}, max {max(frames)}; {len(frames)} changes, random frame phases",
        )
    if result.animated:
        behind = [b for _, b, _ in result.animated]
        frames = [f for f, _, _ in result.animated]
        section.add(
            "frames of a 300 ms transition with the moving box not all the frame's (median)",
            f"{median(behind):.0f} of {median(frames):.0f}",
            f"max {max(behind)}; {len(behind)} transitions; at rest after each:"
            f" {sum(s for _, _, s in result.animated)} of {len(behind)}",
        )
    if result.idle_requests is not None:
        section.add("animation frames it asks for in 2 s while nothing changes", str(result.idle_requests))
    if not result.follow:
        section.add(
            "frame following the widget's boxes",
            "none",
            "the frame is a fixed box: it follows nothing",
        )
    section.limits = f"""
**What limits it.** The blocked area is the launcher's box and the band the frame keeps around
what the widget draws (24 px, for its shadows; the grid counts outside {MAX_BAND} px, the most
allowed): everything else of the page is the app's, closed or open. The frame measures the
widget's boxes in the animation frame after a change (a DOM change, a size change, a CSS
transition or animation, a window resize), before that frame is painted, so a change made in
a task is followed in the frame that first shows it (0 frames behind); one made inside an
animation frame callback (as a vendor's own JavaScript animation does) waits for the next.
While a transition runs it measures every frame, and it asks for no frame at all while
nothing changes. Asked with `document.elementFromPoint` in the top page (it follows
`clip-path` hit testing), in Debian's headless Chromium. Before issue #18 the frame was a
fixed 420 x 640 px box in the corner: measured the same way on that code, it blocked 26.2%
of a 1280 x 800 window and 81.5% of a 375 x 700 one (25.3% and 81.3% outside the launcher).
"""
    return section
