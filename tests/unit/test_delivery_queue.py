"""Queue semantics: sequence numbers, the replay window, and nothing lost."""

from __future__ import annotations

import pytest

from octocom_streamlit import OpenChatEvent
from octocom_streamlit.delivery import (
    MAX_REPLAYED_COMMANDS,
    MAX_WAITING_COMMANDS,
    REPLAY_SECONDS,
    DeliveryQueue,
    QueueFullError,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def seqs(queue: DeliveryQueue) -> list[int]:
    return [q.seq for q in queue.take_window()]


def test_sequence_numbers_increase_by_one() -> None:
    queue = DeliveryQueue()
    assert [queue.push(OpenChatEvent.create(str(i))).seq for i in range(1, 4)] == [1, 2, 3]


def test_identical_calls_are_distinct_events() -> None:
    queue = DeliveryQueue()
    first, second = (queue.push(OpenChatEvent.create("same")) for _ in range(2))
    assert first.seq != second.seq and first.id != second.id
    assert first.wire()["detail"] == second.wire()["detail"]


def test_waiting_events_stay_until_drawn() -> None:
    clock = Clock()
    queue = DeliveryQueue(clock=clock)
    queue.push(OpenChatEvent.create("a"))
    clock.now += 10 * REPLAY_SECONDS  # no widget drawn for a long time: still kept
    assert seqs(queue) == [1]


def test_drawn_events_replay_for_the_window_then_leave() -> None:
    clock = Clock()
    queue = DeliveryQueue(clock=clock)
    queue.push(OpenChatEvent.create("a"))
    assert seqs(queue) == [1]
    clock.now += REPLAY_SECONDS / 2
    queue.push(OpenChatEvent.create("b"))
    assert seqs(queue) == [1, 2]
    clock.now += REPLAY_SECONDS / 2 + 1
    assert seqs(queue) == [2]
    clock.now += REPLAY_SECONDS
    assert seqs(queue) == []


def test_replayed_events_are_capped_but_new_ones_never_dropped() -> None:
    clock = Clock()
    queue = DeliveryQueue(clock=clock)
    for i in range(MAX_REPLAYED_COMMANDS + 50):
        queue.push(OpenChatEvent.create(str(i)))
    # All of them were waiting: the first draw hands every one to the widget.
    assert len(seqs(queue)) == MAX_REPLAYED_COMMANDS + 50
    queue.push(OpenChatEvent.create("new"))
    window = seqs(queue)
    assert len(window) == MAX_REPLAYED_COMMANDS + 1
    assert window[-1] == MAX_REPLAYED_COMMANDS + 51
    assert window == sorted(window)


def test_full_queue_raises_and_keeps_what_was_queued() -> None:
    queue = DeliveryQueue()
    for i in range(MAX_WAITING_COMMANDS):
        queue.push(OpenChatEvent.create(str(i)))
    with pytest.raises(QueueFullError, match="wait for a chat_widget"):
        queue.push(OpenChatEvent.create("one too many"))
    assert len(queue.commands) == MAX_WAITING_COMMANDS
    assert queue.next_seq == MAX_WAITING_COMMANDS + 1
