"""Figure 4: the Python cost of one ``open_chat`` call, in microseconds.

Measured inside a real script run of Streamlit's ``AppTest`` (a ScriptRunner with
session state and a delta queue, no server and no browser), so the call does all
of its work: validation, queueing and writing its carrier with ``st.html``. Every
run draws the widget and makes ten timed calls, as an app would; the parts are
timed the same way: validation alone (``OpenChatEvent.create``), queueing alone
(``DeliveryQueue.push``) and writing a carrier-sized element alone (``st.html``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from streamlit.testing.v1 import AppTest


@dataclass
class PythonCost:
    """Nanosecond samples per measured operation."""

    samples: dict[str, list[int]] = field(default_factory=dict)


def _timed_calls() -> None:  # the AppTest script: runs inside Streamlit, imports inside
    import base64
    import time

    import streamlit as st

    import octocom_streamlit as oc
    from octocom_streamlit.delivery import DeliveryQueue
    from octocom_streamlit.protocol.contract import OpenChatEvent

    image = "data:image/jpeg;base64," + base64.b64encode(bytes(range(256)) * 192).decode()
    samples: dict[str, list[int]] = st.session_state.setdefault("bench_samples", {})
    clock = time.perf_counter_ns

    def timed(name: str, call: object) -> None:
        start = clock()
        call()  # type: ignore[operator]
        samples.setdefault(name, []).append(clock() - start)

    oc.chat_widget()
    queue = DeliveryQueue()
    for i in range(10):
        text = f"Hello, I need help with my order #{i}."
        timed("open_chat(content)", lambda text=text: oc.open_chat(text))
        timed("validation: OpenChatEvent.create", lambda text=text: OpenChatEvent.create(text))
        event = OpenChatEvent.create(text)
        timed("queueing: DeliveryQueue.push", lambda event=event: queue.push(event))
        carrier = f'<style data-bench-carrier="{i}"></style>'
        timed("carrier write: st.html", lambda carrier=carrier: st.html(carrier))
    for _ in range(2):
        timed("open_chat(content, 64 KB data: image)", lambda: oc.open_chat("Photo attached.", image))


def measure_python_cost(runs: int = 60) -> PythonCost:
    """Run the timed script ``runs`` times in one AppTest session; 10 calls per run.

    Examples
    --------
    >>> cost = measure_python_cost(runs=5)  # doctest: +SKIP
    >>> len(cost.samples["open_chat(content)"])  # doctest: +SKIP
    50
    """
    app = AppTest.from_function(_timed_calls, default_timeout=30)
    for _ in range(runs):
        app.run()
        if app.exception:
            raise RuntimeError(f"benchmark script failed: {app.exception[0].message}")
    samples: dict[str, list[int]] = app.session_state["bench_samples"]
    # The first run pays for imports and the component declaration: drop it.
    warm = {name: values[len(values) // runs :] for name, values in samples.items()}
    return PythonCost(samples=warm)
