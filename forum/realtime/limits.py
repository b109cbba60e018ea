"""Rate limits for socket events, per user: in memory (embedded) or in Redis (scaled)."""

from __future__ import annotations

from flask import current_app
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

_limiters: dict[str, FixedWindowRateLimiter] = {}

POST_LIMIT = parse("20/minute")
EVENT_LIMIT = parse("30/10 seconds")
TYPING_LIMIT = parse("1/2 seconds")


def _limiter() -> FixedWindowRateLimiter:
    uri = current_app.config["RATELIMIT_STORAGE_URI"]
    if uri not in _limiters:
        _limiters[uri] = FixedWindowRateLimiter(storage_from_string(uri))
    return _limiters[uri]


def allow(item, *keys: object) -> bool:
    """Count one hit; False when the limit is used up for these keys."""
    return _limiter().hit(item, "socket", *(str(k) for k in keys))


def reset() -> None:
    """Tests: forget every count (memory storage only)."""
    for limiter in _limiters.values():
        limiter.storage.reset()
