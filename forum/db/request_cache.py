"""A per-request memo for access facts that several parts of one page ask for (the reader's
organization line, groups and readable spaces are needed by the page, the navigation, the
glossary, backlinks ...). Outside a request (CLI, tests calling actions directly) nothing is
kept, except inside `job_scope()`: a background job that reads the facts of many people at
once (the digest) keeps them like one request would. A commit or rollback forgets everything,
so a request that changes membership and then checks access again sees the change.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from flask import g, has_app_context, has_request_context

T = TypeVar("T")
_KEY = "_forum_request_cache"
_SCOPE = "_forum_request_cache_job"


def per_request(key: Hashable, compute: Callable[[], T]) -> T:
    if not (has_request_context() or (has_app_context() and g.get(_SCOPE))):
        return compute()
    cache = g.setdefault(_KEY, {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def forget() -> None:
    """After a commit or a rollback (forum.db.aftercommit): the facts may have changed."""
    if has_app_context():
        g.pop(_KEY, None)


@contextmanager
def job_scope() -> Iterator[None]:
    """A job's reading phase keeps access facts like one request (until a commit or the end)."""
    setattr(g, _SCOPE, True)
    try:
        yield
    finally:
        g.pop(_SCOPE, None)
        g.pop(_KEY, None)
