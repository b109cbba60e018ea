"""Rate limits for socket events, per user: in memory (embedded) or in Redis (scaled)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from flask import current_app
from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

from forum.realtime.redis_state import TIMEOUTS, Outage

POST_LIMIT = parse("20/minute")
EVENT_LIMIT = parse("30/10 seconds")
TYPING_LIMIT = parse("1/2 seconds")


class LocalWindows:
    """Fixed windows counted in this process's memory (the embedded layout), as the limits
    library counts them: a window opens at a key's first hit and lasts the limit's period.

    Not the library's memory storage: after a hit it starts a timer thread (a greenlet under
    gevent) that sweeps every key 10 ms later, which is in the middle of the broadcast of the
    post just counted. Here a key's window is renewed when the key is hit again, and
    windows that have ended are dropped at most once a minute."""

    SWEEP_EVERY = 60.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._windows: dict[str, tuple[float, int]] = {}  # key -> (window ends, hits)
        self._lock = threading.Lock()
        self._next_sweep = clock() + self.SWEEP_EVERY

    def hit(self, item: RateLimitItem, *keys: str) -> bool:
        key = item.key_for(*keys)
        now = self._clock()
        with self._lock:
            ends, hits = self._windows.get(key, (0.0, 0))
            if ends <= now:
                ends, hits = now + item.get_expiry(), 0
            hits += 1
            self._windows[key] = (ends, hits)
            if now >= self._next_sweep:
                self._sweep(now)
        return hits <= item.amount

    def _sweep(self, now: float) -> None:
        self._windows = {k: v for k, v in self._windows.items() if v[0] > now}
        self._next_sweep = now + self.SWEEP_EVERY

    def __len__(self) -> int:
        return len(self._windows)

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()


class _SharedWindows:
    """Fixed windows in a shared storage (Redis): every server process counts together.

    While Redis does not answer, this process counts alone (a user spread over several
    processes then gets the limit once per process); an event is never refused or left
    without an answer because the counter is away."""

    def __init__(self, uri: str, clock: Callable[[], float] = time.monotonic) -> None:
        options = TIMEOUTS if uri.startswith(("redis://", "rediss://")) else {}
        self._limiter = FixedWindowRateLimiter(storage_from_string(uri, **options))
        self._local = LocalWindows(clock)
        self.outage = Outage("socket rate limits", clock)

    def hit(self, item: RateLimitItem, *keys: str) -> bool:
        if self.outage.should_try():
            try:
                allowed = self._limiter.hit(item, *keys)
            except Exception as exc:  # redis, limits and socket errors alike
                self.outage.failed(exc)
            else:
                self.outage.succeeded()
                return allowed
        return self._local.hit(item, *keys)

    def reset(self) -> None:
        self._local.reset()
        self._limiter.storage.reset()


_limiters: dict[str, LocalWindows | _SharedWindows] = {}


def _limiter() -> LocalWindows | _SharedWindows:
    uri = current_app.config["RATELIMIT_STORAGE_URI"]
    if uri not in _limiters:
        _limiters[uri] = LocalWindows() if uri.startswith("memory://") else _SharedWindows(uri)
    return _limiters[uri]


def allow(item: RateLimitItem, *keys: object) -> bool:
    """Count one hit; False when the limit is used up for these keys."""
    return _limiter().hit(item, "socket", *(str(k) for k in keys))


def reset() -> None:
    """Tests: forget every count."""
    for limiter in _limiters.values():
        limiter.reset()
