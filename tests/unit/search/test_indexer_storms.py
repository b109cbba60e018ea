"""The embedded indexer holds back in a storm of writes (forum.searching.indexer): when
to hold back and for how long. The thread itself is tested with the app in
tests/functional/test_search_service.py; what it does for the sockets is measured in
bench/ (bench/README.md), not here."""

from __future__ import annotations

from collections import deque

import pytest

from forum.searching import indexer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def no_writes_yet(monkeypatch):
    monkeypatch.setattr(indexer, "_recent_writes", deque(maxlen=256))


def storm(clock: Clock, per_second: float) -> None:
    """Writes at this rate over the whole window before ``clock.now``."""
    count = int(per_second * indexer.STORM_WINDOW)
    for i in range(count):
        indexer._recent_writes.append(clock.now - i * indexer.STORM_WINDOW / count)


def test_writes_per_second_counts_the_last_window_only():
    for at in (990.0, 997.9, 998.5, 999.0, 1000.0):
        indexer._recent_writes.append(at)
    # 997.9 is 2.1 s before 1000.0: outside the 2-s window.
    assert indexer.writes_per_second(now=1000.0) == 3 / indexer.STORM_WINDOW
    assert indexer.writes_per_second(now=1010.0) == 0


def test_no_hold_back_at_an_ordinary_pace():
    clock = Clock()
    storm(clock, indexer.STORM_WRITES_PER_SECOND)  # at the line, not over it
    assert not indexer.StormHoldBack(clock).holds_back()


def test_a_storm_is_waited_out_for_at_most_max_hold_back_then_indexed_to_the_end():
    clock = Clock()
    hold = indexer.StormHoldBack(clock)
    storm(clock, 50)
    assert hold.holds_back()
    clock.now += indexer.MAX_HOLD_BACK - 1
    storm(clock, 50)
    assert hold.holds_back()
    clock.now += 1
    storm(clock, 50)
    assert not hold.holds_back()  # overdue: index even though the storm goes on
    hold.drained(indexer.BATCH)  # a full batch: more is waiting
    assert not hold.holds_back()
    hold.drained(-1)  # a failed batch is no catching up either
    assert not hold.holds_back()
    hold.drained(3)  # caught up: the storm may be waited out again
    assert hold.holds_back()


def test_the_wait_ends_as_soon_as_the_storm_does():
    clock = Clock()
    hold = indexer.StormHoldBack(clock)
    storm(clock, 50)
    assert hold.holds_back()
    clock.now += indexer.STORM_WINDOW + 0.1
    assert not hold.holds_back()
    storm(clock, 50)
    assert hold.holds_back()  # a new storm: a new full wait
