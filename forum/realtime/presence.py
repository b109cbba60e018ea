"""Who is looking at a thread right now. In memory for one process; in Redis when several
processes serve the same forum, so everyone sees the same list.

While Redis does not answer, each process keeps and shows its own connections (see
redis_state.py): a thread's list is then incomplete, never an error."""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from flask import current_app

from forum.realtime.redis_state import TIMEOUTS, Outage

_lock = threading.Lock()
_memory: dict[int, dict[str, dict]] = defaultdict(dict)
_by_sid: dict[str, set[int]] = defaultdict(set)
_TTL = 24 * 3600
_outage = Outage("presence lists")
_FAILED = object()


def _redis():
    url = current_app.config.get("REDIS_URL")
    if not url:
        return None
    from redis import Redis

    ext = current_app.extensions.setdefault("forum_redis", {})
    if url not in ext:
        ext[url] = Redis.from_url(url, **TIMEOUTS)
    return ext[url]


def _shared(operation: Callable[[Any], Any]) -> Any:
    """The operation's result on Redis, or _FAILED without Redis or while it is away."""
    redis = _redis()
    if redis is None or not _outage.should_try():
        return _FAILED
    try:
        result = operation(redis)
    except Exception as exc:  # a connection error of any kind: work in memory meanwhile
        _outage.failed(exc)
        return _FAILED
    _outage.succeeded()
    return result


def _set(redis, thread_id: int, sid: str, person: dict) -> None:
    key = f"forum:presence:{thread_id}"
    with redis.pipeline() as pipe:
        pipe.hset(key, sid, json.dumps(person)).expire(key, _TTL).execute()


def enter(thread_id: int, sid: str, person: dict) -> None:
    with _lock:
        _by_sid[sid].add(thread_id)
        # Kept in memory as well: if Redis goes away, this process still knows its own.
        _memory[thread_id][sid] = person
    _shared(lambda redis: _set(redis, thread_id, sid, person))


def leave(thread_id: int, sid: str) -> None:
    with _lock:
        _by_sid[sid].discard(thread_id)
        _memory[thread_id].pop(sid, None)
        if not _memory[thread_id]:
            del _memory[thread_id]
    _shared(lambda redis: redis.hdel(f"forum:presence:{thread_id}", sid))


def leave_all(sid: str) -> list[int]:
    """Forget a closed connection everywhere; returns the threads it was in."""
    with _lock:
        threads = sorted(_by_sid.pop(sid, set()))
    for thread_id in threads:
        leave(thread_id, sid)
    return threads


def present(thread_id: int) -> list[dict]:
    values = _shared(lambda redis: redis.hvals(f"forum:presence:{thread_id}"))
    if values is not _FAILED:
        people = [json.loads(v) for v in values]
    else:
        with _lock:
            people = list(_memory.get(thread_id, {}).values())
    unique = {p["id"]: p for p in people}  # one entry per person, however many tabs
    return sorted(unique.values(), key=lambda p: p["name"])
