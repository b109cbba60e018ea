"""Socket rate limits counted in memory (forum.realtime.limits.LocalWindows)."""

from __future__ import annotations

import logging
import threading

from limits import parse

from forum.realtime.limits import LocalWindows, _SharedWindows
from forum.realtime.redis_state import RETRY_AFTER
from tests.private_redis import PrivateRedis

THREE_PER_TEN = parse("3/10 seconds")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_window_allows_the_limit_then_refuses_until_it_ends():
    clock = Clock()
    windows = LocalWindows(clock)
    assert [windows.hit(THREE_PER_TEN, "socket", "7") for _ in range(4)] == [
        True, True, True, False]
    clock.now += 9.9
    assert not windows.hit(THREE_PER_TEN, "socket", "7")  # the window opened at the first hit
    clock.now += 0.1
    assert windows.hit(THREE_PER_TEN, "socket", "7")


def test_keys_and_limits_count_apart():
    windows = LocalWindows(Clock())
    for _ in range(3):
        assert windows.hit(THREE_PER_TEN, "socket", "7")
    assert windows.hit(THREE_PER_TEN, "socket", "8")
    assert windows.hit(parse("1/minute"), "socket", "7")
    assert not windows.hit(THREE_PER_TEN, "socket", "7")


def test_ended_windows_are_dropped_at_most_once_a_minute():
    clock = Clock()
    windows = LocalWindows(clock)
    for user in range(50):
        windows.hit(THREE_PER_TEN, "socket", str(user))
    clock.now += 30  # every window has ended, but no sweep is due yet
    windows.hit(THREE_PER_TEN, "socket", "a")
    assert len(windows) == 51
    clock.now += LocalWindows.SWEEP_EVERY
    windows.hit(THREE_PER_TEN, "socket", "b")
    assert len(windows) == 1  # only the window that just opened


def test_a_hit_starts_no_thread_and_reset_forgets_everything():
    windows = LocalWindows(Clock())
    before = threading.active_count()
    for _ in range(5):
        windows.hit(THREE_PER_TEN, "socket", "7")
    assert threading.active_count() == before
    windows.reset()
    assert len(windows) == 0
    assert windows.hit(THREE_PER_TEN, "socket", "7")



def test_with_redis_away_the_limits_count_in_memory_and_go_back_when_it_answers(
        tmp_path, caplog):
    """A configured Redis that does not answer: every hit is still answered (counted in this
    process: the limit still holds), Redis is tried again RETRY_AFTER later, a warning is
    logged when the outage starts and when it ends."""
    redis_server = PrivateRedis(tmp_path)  # not started yet: nothing answers on its port
    clock = Clock()
    windows = _SharedWindows(redis_server.url, clock)
    with caplog.at_level(logging.WARNING, logger="forum.redis"):
        assert [windows.hit(THREE_PER_TEN, "socket", "7") for _ in range(4)] == [
            True, True, True, False]
        assert windows.outage.down
        assert [r.message for r in caplog.records].count(
            "Redis unreachable (ConnectionError): socket rate limits work in this process "
            "only until it answers again") == 1
        redis_server.start()
        try:
            assert not windows.hit(THREE_PER_TEN, "socket", "7")  # not tried again yet
            assert redis_server.keys("*") == []
            clock.now += RETRY_AFTER
            assert windows.hit(THREE_PER_TEN, "socket", "7")  # a fresh count, in Redis
            assert not windows.outage.down and redis_server.keys("*socket*")
            assert any(r.message.startswith("Redis answers again") for r in caplog.records)
        finally:
            redis_server.stop()
