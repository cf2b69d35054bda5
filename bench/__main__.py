"""``python -m bench``: run every benchmark, print the table, write ``BENCHMARKS.md``.

Options: ``--trials N`` (click trials per variant, default 100; at least 20 for the
report), ``--engine-trials N`` (the same in Firefox and WebKit, default 80),
``--no-write`` (print only). To run one figure, printed and never written (to compare a
change before and after): ``--only latency`` (figure 1 in Chromium; ``--latency-only`` is
the same), ``--only engines`` (figure 1 in Firefox and WebKit; ``--engines firefox`` for
one), ``--only notebook`` (figure 6), ``--only real-frame`` (figure 7, the real widget's
frame); ``--only`` may be given more than once.
``--variants a,b`` picks figure 1's pages (also the probe pages that tell our costs apart,
:data:`bench.click_latency.PROBE_VARIANTS`).

Needs no network: figure 3's reference frontends come from ``.make/bench/`` only, and one
not found there is reported as skipped with the reason (``make bench-references``, or
``python -m bench.reference_builds``, fetches and builds them once).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.browser import streamlit_app
from bench.call_loop import CallLoopResult, run_call_loop
from bench.click_latency import (
    ENGINE_VARIANTS,
    PROBE_VARIANTS,
    VARIANTS,
    LatencyResult,
    measure_click_latency,
)
from bench.engines import NAMES, EngineMissing, engine_tabs, engine_version
from bench.environment import describe
from bench.figures import (
    engine_latency_section,
    latency_section,
    memory_section,
    notebook_section,
    payload_section,
    python_section,
    real_frame_section,
    reruns_section,
)
from bench.minimal_build import build_minimal_component
from bench.notebook_latency import measure_notebook_latency
from bench.notes import APPENDIX, PREAMBLE
from bench.payload import Payload, payload_in_browser, payload_of_index
from bench.python_cost import measure_python_cost
from bench.readme import Results, rows, write_table
from bench.real_frame import measure_real_frame, real_widget_app
from bench.reference_builds import references
from bench.report import Section, render_markdown, render_text
from tests.support.chromium import running_chromium

OUTPUT = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"
README = OUTPUT.parent / "README.md"
LOOPS = {
    "floor": ("floor", True),
    "open_chat": ("open_chat", True),
    "open_chat_open_only": ("open_chat", False),
    "naive": ("naive", True),
}
ONLY = ("latency", "engines", "notebook", "real-frame")
ENGINES = ("firefox", "webkit")


def _step(name: str) -> float:
    print(f"[bench] {name} ...", file=sys.stderr, flush=True)
    return time.monotonic()


def _done(started: float) -> None:
    print(f"[bench]   {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; returns the process exit code.

    Examples
    --------
    >>> main(["--trials", "20"])  # doctest: +SKIP
    0
    """
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--trials", type=int, default=100, help="click trials per variant (default 100)")
    parser.add_argument("--no-write", action="store_true", help="print the table, do not write BENCHMARKS.md")
    parser.add_argument(
        "--engine-trials",
        type=int,
        default=80,
        help="click trials per variant in Firefox and WebKit (default 80)",
    )
    parser.add_argument(
        "--latency-only",
        action="store_true",
        help="measure only figure 1 (click to visible) in Chromium and print it; the same as --only latency",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=ONLY,
        help="measure only this figure and print it (BENCHMARKS.md is left alone); may be repeated",
    )
    parser.add_argument(
        "--variants",
        type=_names(VARIANTS + PROBE_VARIANTS),
        help=f"figure 1's pages, comma-separated (default: all of {', '.join(VARIANTS)})",
    )
    parser.add_argument(
        "--engines",
        type=_names(ENGINES),
        default=ENGINES,
        help="engines of --only engines (default: firefox,webkit)",
    )
    args = parser.parse_args(argv)
    only = set(args.only or ()) | ({"latency"} if args.latency_only else set())
    if only:
        return _only(only, args)
    if min(args.trials, args.engine_trials) < 20 and not args.no_write:
        parser.error(
            "BENCHMARKS.md reports medians of at least 20 trials:"
            " use --trials and --engine-trials 20 or more, or --no-write"
        )
    for name in ("streamlit", "streamlit.runtime.scriptrunner_utils.script_run_context"):
        logging.getLogger(name).setLevel(logging.ERROR)  # bare-mode warnings of AppTest reads
    begun = time.monotonic()
    environment = describe()  # before the run: the machine's load as the run began

    started = _step("reference frontends, from .make/bench/ only (`make bench-references` fetches them)")
    found = references()
    for reference in found:
        if reference.index_html is None:
            print(f"[bench]   {reference.name}: {reference.detail}", file=sys.stderr, flush=True)
    _done(started)
    started = _step("the minimal component (figure 1's framework floor), built offline with Vite")
    build_minimal_component()
    _done(started)
    started = _step("Python cost of open_chat (AppTest)")
    cost = measure_python_cost()
    _done(started)

    loops: dict[str, CallLoopResult] = {}
    with running_chromium() as browser:
        with streamlit_app("latency_app.py") as server:
            variants = args.variants or VARIANTS
            started = _step(f"click to visible, {args.trials} trials x {len(variants)} variants")
            with engine_tabs("chromium", browser) as new_tab:
                latency = measure_click_latency(new_tab, server.url, trials=args.trials, variants=variants)
            _done(started)
            engines = [
                _engine_run(engine, server.url, args.engine_trials, args.variants) for engine in ENGINES
            ]
        with streamlit_app("calls_app.py") as server:
            started = _step("payload of the widget iframe")
            payloads: list[Payload] = [payload_in_browser(browser, server.url)]
            _done(started)
            for name, (variant, message) in LOOPS.items():
                started = _step(f"500 calls: {name}")
                loops[name] = run_call_loop(browser, server.url, variant=variant, message=message)
                _done(started)
        started = _step(f"notebook: a cell to visible in JupyterLab, {args.trials} trials x 4 cells")
        notebook = measure_notebook_latency(browser, trials=args.trials)
        _done(started)
        with real_widget_app() as url:
            started = _step(f"the real widget's frame: blocked area, {args.trials} x 4 changes followed")
            real_frame = measure_real_frame(browser, url, trials=args.trials)
            _done(started)
    for reference in found:
        if reference.index_html is None:
            payloads.append(Payload(reference.name, missing=reference.detail))
        else:
            payloads.append(payload_of_index(reference.name, reference.index_html, reference.detail))

    sections = [
        latency_section(latency),
        *(engine_latency_section(result, engine_version(result.engine)) for result in engines),
        reruns_section(loops),
        payload_section(payloads),
        python_section(cost),
        memory_section(loops),
        notebook_section(notebook),
        real_frame_section(real_frame),
    ]
    print(render_text(sections))
    print(f"[bench] total {time.monotonic() - begun:.0f} s", file=sys.stderr)
    if not args.no_write:
        preamble = PREAMBLE.format(environment=environment)
        OUTPUT.write_text(
            render_markdown(
                sections,
                preamble=preamble,
                appendix=APPENDIX.format(duration=(time.monotonic() - begun) / 60),
            ),
            encoding="utf-8",
        )
        print(f"[bench] wrote {OUTPUT}", file=sys.stderr)
        results = Results(latency, engines, notebook, loops, payloads, cost, real_frame)
        if write_table(README, rows(results)):
            print(f"[bench] wrote the benchmark table of {README}", file=sys.stderr)
    return 0


def _names(known: tuple[str, ...]) -> Callable[[str], tuple[str, ...]]:
    def parse(text: str) -> tuple[str, ...]:
        names = tuple(name.strip() for name in text.split(",") if name.strip())
        unknown = [name for name in names if name not in known]
        if unknown or not names:
            raise argparse.ArgumentTypeError(
                f"choose from {', '.join(known)} (comma-separated), not {text!r}"
            )
        return names

    return parse


def _engine_run(engine: str, url: str, trials: int, variants: tuple[str, ...] | None) -> LatencyResult:
    """Figure 1 in ``engine`` (Firefox or WebKit): its own browser, a fresh tab per page."""
    chosen = variants or ENGINE_VARIANTS
    started = _step(f"click to visible in {NAMES[engine]}, {trials} trials x {len(chosen)} variants")
    try:
        with engine_tabs(engine) as new_tab:
            result = measure_click_latency(new_tab, url, trials=trials, variants=chosen)
    except EngineMissing as missing:
        result = LatencyResult(engine=engine, missing={"engine": str(missing)})
    _done(started)
    return result


def _only(only: set[str], args: argparse.Namespace) -> int:
    sections: list[Section] = []
    begun = time.monotonic()
    if only & {"latency", "engines"}:
        build_minimal_component()
    with running_chromium() as browser:
        if only & {"latency", "engines"}:
            with streamlit_app("latency_app.py") as server:
                if "latency" in only:
                    variants = args.variants or VARIANTS
                    started = _step(f"click to visible, {args.trials} trials x {len(variants)} variants")
                    with engine_tabs("chromium", browser) as new_tab:
                        latency = measure_click_latency(
                            new_tab, server.url, trials=args.trials, variants=variants
                        )
                    _done(started)
                    sections.append(latency_section(latency))
                if "engines" in only:
                    for engine in args.engines:
                        result = _engine_run(engine, server.url, args.engine_trials, args.variants)
                        sections.append(engine_latency_section(result, engine_version(engine)))
        if "notebook" in only:
            started = _step(f"notebook: a cell to visible in JupyterLab, {args.trials} trials x 4 cells")
            sections.append(notebook_section(measure_notebook_latency(browser, trials=args.trials)))
            _done(started)
        if "real-frame" in only:
            with real_widget_app() as url:
                started = _step(f"the real widget's frame: blocked area, {args.trials} x 4 changes followed")
                sections.append(real_frame_section(measure_real_frame(browser, url, trials=args.trials)))
                _done(started)
    print(render_text(sections))
    print(f"[bench] total {time.monotonic() - begun:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
