"""Widget events from the component value: typed, and new ones told apart."""

from __future__ import annotations

from octocom_streamlit.streamlit.component_value import ComponentValueCursor


def value(instance: str, *events: dict[str, object]) -> dict[str, object]:
    return {"instance": instance, "events": list(events)}


OPENED = {"n": 1, "type": "opened", "by": "person", "at": 1}
TYPED = {"n": 2, "type": "customer_message", "content": "hi", "at": 2}
FAILED = {"n": 3, "type": "loader_failed", "error": "404", "at": 3}
READY = {"n": 4, "type": "loader_ready", "at": 4}


def test_new_events_are_reported_once() -> None:
    cursor = ComponentValueCursor()
    first = cursor.read(value("a", OPENED))
    assert [e.type for e in first.new_events] == ["opened"]
    second = cursor.read(value("a", OPENED, TYPED))
    assert [e.type for e in second.new_events] == ["customer_message"]
    assert cursor.read(value("a", OPENED, TYPED)).new_events == []
    assert second.is_open is True and second.customer_messages == ["hi"]


def test_a_new_iframe_instance_restarts_the_count() -> None:
    cursor = ComponentValueCursor()
    cursor.read(value("a", OPENED, TYPED))
    again = cursor.read(value("b", OPENED))
    assert [e.type for e in again.new_events] == ["opened"]


def test_loader_error_lasts_until_ready_and_unknown_shapes_are_skipped() -> None:
    cursor = ComponentValueCursor()
    assert cursor.read(value("a", FAILED)).loader_error == "404"
    report = cursor.read(value("a", FAILED, {"n": 9, "type": "from-the-future", "at": 5}, READY))
    assert report.loader_error is None
    assert [e.type for e in report.history] == ["loader_failed", "loader_ready"]


def test_no_value_yet() -> None:
    report = ComponentValueCursor().read(None)
    assert report.new_events == [] and report.is_open is None and report.loader_error is None
