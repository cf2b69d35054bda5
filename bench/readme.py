"""README's benchmark table, rewritten by ``make bench`` from the run that writes BENCHMARKS.md.

The table sits between two markers in README.md (:data:`START`, :data:`END`); everything
outside them is left as it is. Each row is computed here from the run's results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bench.call_loop import CallLoopResult
from bench.click_latency import LatencyResult
from bench.engines import NAMES
from bench.payload import Payload
from bench.python_cost import PythonCost
from bench.real_frame import RealFrameResult
from bench.stats import FRAMEWORK_AIM, aim_verdict, median, ratio, ratio_interval

START = "<!-- make bench: the table below is written by `python -m bench` -->"
END = "<!-- make bench: end of table -->"


@dataclass
class Results:
    """What one ``make bench`` run measured (a figure not run is left empty or ``None``)."""

    latency: LatencyResult | None = None
    engines: list[LatencyResult] = field(default_factory=list)
    notebook: LatencyResult | None = None
    loops: dict[str, CallLoopResult] = field(default_factory=dict)
    payloads: list[Payload] = field(default_factory=list)
    cost: PythonCost | None = None
    real_frame: RealFrameResult | None = None


def _against(result: LatencyResult, variant: str, base: str) -> str | None:
    samples = result.samples
    if variant not in samples or base not in samples:
        return None
    value = ratio(median(samples[variant]), median(samples[base]))
    low, high = ratio_interval(samples[variant], samples[base])
    return f"{value:.2f}x ({low:.2f}-{high:.2f}x)"


def _ms(result: LatencyResult, variant: str) -> str:
    return f"{median(result.samples[variant]):.1f} ms" if variant in result.samples else "not measured"


def rows(results: Results) -> list[tuple[str, str]]:
    """The table's rows: (measure, figure), each from this run.

    Examples
    --------
    >>> rows(Results())
    []
    """
    table: list[tuple[str, str]] = []
    latency = results.latency
    if latency is not None and "floor" in latency.samples and "open_chat" in latency.samples:
        table.append(
            (
                "click to message visible, `open_chat` vs the bare `st.write` rerun (Chromium)",
                f"{_ms(latency, 'open_chat')} vs {_ms(latency, 'floor')}:"
                f" {_against(latency, 'open_chat', 'floor')}",
            )
        )
        own = _against(latency, "open_chat", "widget_floor")
        if own:
            table.append(
                (
                    "the same, against that rerun on a page that also draws `chat_widget()`",
                    f"{own}: the delivery's own share",
                )
            )
        ours = _against(latency, "widget_floor", "component_floor")
        if ours:
            samples = latency.samples
            value = ratio(median(samples["widget_floor"]), median(samples["component_floor"]))
            verdict = aim_verdict(
                value, *ratio_interval(samples["widget_floor"], samples["component_floor"]), aim=FRAMEWORK_AIM
            )
            table.append(
                (
                    "the page drawing `chat_widget()` vs the page drawing a minimal components-v1 component",
                    f"{ours}: {verdict}",
                )
            )
        floors = [_against(latency, v, "floor") for v in ("iframe_floor", "component_floor", "widget_floor")]
        if all(floors):
            table.append(
                (
                    "the bare rerun on a page with a static `components.html` iframe"
                    " / a minimal component / `chat_widget()`",
                    " / ".join(f or "" for f in floors),
                )
            )
        naive = _against(latency, "naive", "floor")
        if naive:
            table.append(("the naive `components.html` dispatch, vs the bare rerun", naive))
        if "chat_button" in latency.samples:
            table.append(("`chat_button` (no rerun)", _ms(latency, "chat_button")))
    for engine in results.engines:
        ahead = _against(engine, "open_chat", "naive")
        if ahead:
            table.append(
                (
                    f"{NAMES.get(engine.engine, engine.engine)}: `open_chat` vs the naive dispatch",
                    f"{_ms(engine, 'open_chat')} vs {_ms(engine, 'naive')}: {ahead}",
                )
            )
    ours_loop, floor_loop = results.loops.get("open_chat"), results.loops.get("floor")
    if ours_loop and floor_loop and ours_loop.start and floor_loop.start:
        extra = (ours_loop.at(100).runs - ours_loop.start.runs) / 100 - (
            floor_loop.at(100).runs - floor_loop.start.runs
        ) / 100
        reloads = ours_loop.at(500).widget_loads - ours_loop.start.widget_loads
        table.append(
            (
                "extra script reruns per `open_chat` call / widget iframe reloads over 500 calls",
                f"{extra:+.2f} / {reloads}",
            )
        )
    if results.payloads and results.payloads[0].missing is None:
        ours_payload = results.payloads[0]
        text = f"{ours_payload.total_bytes / 1024:.1f} KiB, {ours_payload.total_gzip / 1024:.1f} KiB gzip"
        react = next((p for p in results.payloads[1:] if "React" in p.name and p.missing is None), None)
        if react is not None:
            text += f" (a React component on the template's stack: {react.total_gzip / 1024:.0f} KiB gzip)"
        table.append(("JS + CSS the widget iframe loads", text))
    if results.cost is not None and "open_chat(content)" in results.cost.samples:
        micro = {name: median(s) / 1000 for name, s in results.cost.samples.items()}
        carrier = micro.get("carrier write: st.html", float("nan"))
        table.append(
            (
                "Python cost of one `open_chat` call",
                f"{micro['open_chat(content)']:.0f} µs (the carrier `st.html` {carrier:.0f} µs)",
            )
        )
    notebook = results.notebook
    if notebook is not None and "floor" in notebook.samples and "open_chat_quiet" in notebook.samples:
        samples = notebook.samples
        value = ratio(median(samples["open_chat_quiet"]), median(samples["floor"]))
        low, high = ratio_interval(samples["open_chat_quiet"], samples["floor"])
        table.append(
            (
                "notebook: a JupyterLab cell's `open_chat` to message visible"
                " vs a cell setting an ipywidgets `Label.value`",
                f"{_ms(notebook, 'open_chat_quiet')} vs {_ms(notebook, 'floor')}:"
                f" {value:.2f}x ({low:.2f}-{high:.2f}x), {aim_verdict(value, low, high)}",
            )
        )
    frame = results.real_frame
    if frame is not None and frame.blocked:
        sizes = " / ".join(frame.blocked)
        shares = " / ".join(f"{100 * b.taken / b.all:.1f}%" for b in frame.blocked.values())
        outside = sum(b.taken_outside for b in frame.blocked.values())
        table.append(
            (
                f"page area the closed real widget (`loader=`) blocks, {sizes}",
                f"{shares}: its launcher and the band around it; {outside} points outside them",
            )
        )
    if frame is not None and frame.follow:
        worst = max(max(frames) for frames in frame.follow.values())
        table.append(
            (
                "frames from the real widget changing its boxes to its frame following",
                f"{worst} at most over {sum(len(f) for f in frame.follow.values())} changes"
                f" ({', '.join(frame.follow)})",
            )
        )
    return table


def write_table(readme: Path, table: list[tuple[str, str]]) -> bool:
    """Replace the table between README's markers; ``False`` (README untouched) when they are missing.

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "README.md"
    >>> _ = path.write_text(f"before\\n{START}\\nold\\n{END}\\nafter\\n")
    >>> write_table(path, [("a", "1")])
    True
    >>> print(path.read_text())
    before
    <!-- make bench: the table below is written by `python -m bench` -->
    | measure | figure |
    | --- | --- |
    | a | 1 |
    <!-- make bench: end of table -->
    after
    <BLANKLINE>
    """
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        return False
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    body = "\n".join(["| measure | figure |", "| --- | --- |", *(f"| {m} | {f} |" for m, f in table)])
    readme.write_text(f"{head}{START}\n{body}\n{END}{tail}", encoding="utf-8")
    return True
