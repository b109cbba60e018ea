"""Redis going away and coming back, for the parts of the scaled layout that use it directly
(socket rate limits, presence) and for the start-up check.

While Redis does not answer, these parts work in the process's own memory (a warning in the
log when it starts and when it ends) instead of failing the request or the socket event;
every few seconds one call tries Redis again, so recovery needs no restart. See
docs/deploy.md, "When Redis goes away"."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

log = logging.getLogger("forum.redis")

#: How long calls skip Redis after it failed: a down Redis costs one failed attempt per
#: interval and process, not one per request.
RETRY_AFTER = 5.0
#: Waiting longer than this for Redis would hold a request or a socket ack hostage.
TIMEOUTS = {"socket_connect_timeout": 2, "socket_timeout": 2}


class Outage:
    """Whether Redis is to be tried now, for one user of it (`what`, named in the log)."""

    def __init__(self, what: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.what = what
        self._clock = clock
        self._until: float | None = None
        self._lock = threading.Lock()

    @property
    def down(self) -> bool:
        return self._until is not None

    def should_try(self) -> bool:
        return self._until is None or self._clock() >= self._until

    def failed(self, exc: BaseException) -> None:
        with self._lock:
            if self._until is None:
                log.warning("Redis unreachable (%s): %s work in this process only until it "
                            "answers again", exc.__class__.__name__, self.what)
            self._until = self._clock() + RETRY_AFTER

    def succeeded(self) -> None:
        if self._until is None:
            return
        with self._lock:
            if self._until is not None:
                log.warning("Redis answers again: %s are shared between processes again",
                            self.what)
            self._until = None


def unreachable_reason(url: str) -> str | None:
    """None when Redis at `url` answers a PING; otherwise one line saying what is wrong (the
    URL without its password)."""
    from redis import Redis
    from redis.exceptions import RedisError

    try:
        with Redis.from_url(url, **TIMEOUTS) as client:
            client.ping()
    except (RedisError, OSError, ValueError) as exc:
        parts = urlsplit(url)
        where = f"{parts.hostname or 'localhost'}:{parts.port or 6379}"
        return f"FORUM_REDIS_URL is set but Redis at {where} does not answer ({exc})"
    return None
