"""``python -m bench``: run every benchmark, print the table, write ``BENCHMARKS.md``.

Options: ``--trials N`` (click trials per variant, default 100; at least 20 for the
report), ``--no-write`` (print only), ``--latency-only`` (figure 1 alone, printed, never
written: to compare a change's click-to-visible before and after), ``--real-frame-only``
(figure 7 alone, the real widget's frame, printed, never written).

Needs no network: figure 3's reference frontends come from ``.make/bench/`` only, and one
not found there is reported as skipped with the reason (``make bench-references``, or
``python -m bench.reference_builds``, fetches and builds them once).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from bench.browser import streamlit_app
from bench.call_loop import CallLoopResult, run_call_loop
from bench.click_latency import VARIANTS, measure_click_latency
from bench.environment import describe
from bench.figures import (
    latency_section,
    memory_section,
    notebook_section,
    payload_section,
    python_section,
    real_frame_section,
    reruns_section,
)
from bench.notebook_latency import measure_notebook_latency
from bench.notes import APPENDIX, PREAMBLE
from bench.payload import Payload, payload_in_browser, payload_of_index
from bench.python_cost import measure_python_cost
from bench.real_frame import measure_real_frame, real_widget_app
from bench.reference_builds import references
from bench.report import render_markdown, render_text
from tests.support.chromium import running_chromium

OUTPUT = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"
LOOPS = {
    "floor": ("floor", True),
    "open_chat": ("open_chat", True),
    "open_chat_open_only": ("open_chat", False),
    "naive": ("naive", True),
}


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
        "--latency-only",
        action="store_true",
        help="measure only figure 1 (click to visible) and print it; BENCHMARKS.md is left alone",
    )
    parser.add_argument(
        "--real-frame-only",
        action="store_true",
        help="measure only figure 7 (the real widget's frame) and print it; BENCHMARKS.md is left alone",
    )
    args = parser.parse_args(argv)
    if args.latency_only:
        return _latency_only(args.trials)
    if args.real_frame_only:
        return _real_frame_only(args.trials)
    if args.trials < 20 and not args.no_write:
        parser.error(
            "BENCHMARKS.md reports medians of at least 20 trials: use --trials 20 or more, or --no-write"
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
    started = _step("Python cost of open_chat (AppTest)")
    cost = measure_python_cost()
    _done(started)

    loops: dict[str, CallLoopResult] = {}
    with running_chromium() as browser:
        with streamlit_app("latency_app.py") as server:
            started = _step(f"click to visible, {args.trials} trials x {len(VARIANTS)} variants")
            latency = measure_click_latency(browser, server.url, trials=args.trials)
            _done(started)
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
        OUTPUT.write_text(render_markdown(sections, preamble=preamble, appendix=APPENDIX), encoding="utf-8")
        print(f"[bench] wrote {OUTPUT}", file=sys.stderr)
    return 0


def _latency_only(trials: int) -> int:
    with running_chromium() as browser, streamlit_app("latency_app.py") as server:
        started = _step(f"click to visible, {trials} trials x {len(VARIANTS)} variants")
        latency = measure_click_latency(browser, server.url, trials=trials)
        _done(started)
    print(render_text([latency_section(latency)]))
    return 0


def _real_frame_only(trials: int) -> int:
    with running_chromium() as browser, real_widget_app() as url:
        started = _step(f"the real widget's frame: blocked area, {trials} x 4 changes followed")
        result = measure_real_frame(browser, url, trials=trials)
        _done(started)
    print(render_text([real_frame_section(result)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
