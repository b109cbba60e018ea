"""Who is looking at a thread right now. In memory for one process; in Redis when several
processes serve the same forum, so everyone sees the same list."""

from __future__ import annotations

import json
import threading
from collections import defaultdict

from flask import current_app

_lock = threading.Lock()
_memory: dict[int, dict[str, dict]] = defaultdict(dict)
_by_sid: dict[str, set[int]] = defaultdict(set)
_TTL = 24 * 3600


def _redis():
    url = current_app.config.get("REDIS_URL")
    if not url:
        return None
    from redis import Redis

    ext = current_app.extensions.setdefault("forum_redis", {})
    if url not in ext:
        ext[url] = Redis.from_url(url)
    return ext[url]


def enter(thread_id: int, sid: str, person: dict) -> None:
    redis = _redis()
    with _lock:
        _by_sid[sid].add(thread_id)
        if redis is None:
            _memory[thread_id][sid] = person
    if redis is not None:
        key = f"forum:presence:{thread_id}"
        redis.hset(key, sid, json.dumps(person))
        redis.expire(key, _TTL)


def leave(thread_id: int, sid: str) -> None:
    redis = _redis()
    with _lock:
        _by_sid[sid].discard(thread_id)
        if redis is None:
            _memory[thread_id].pop(sid, None)
    if redis is not None:
        redis.hdel(f"forum:presence:{thread_id}", sid)


def leave_all(sid: str) -> list[int]:
    """Forget a closed connection everywhere; returns the threads it was in."""
    with _lock:
        threads = sorted(_by_sid.pop(sid, set()))
    for thread_id in threads:
        leave(thread_id, sid)
    return threads


def present(thread_id: int) -> list[dict]:
    redis = _redis()
    if redis is not None:
        people = [json.loads(v) for v in redis.hvals(f"forum:presence:{thread_id}")]
    else:
        with _lock:
            people = list(_memory[thread_id].values())
    unique = {p["id"]: p for p in people}  # one entry per person, however many tabs
    return sorted(unique.values(), key=lambda p: p["name"])
