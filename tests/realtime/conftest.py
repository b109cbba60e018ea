"""Fixtures shared by the real-time tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import empty_postgres_database, service_url
from tests.live_server import LiveServer, start_server, stop_server
from tests.realtime.helpers import OPEN_SESSIONS


@pytest.fixture(autouse=True)
def close_http_sessions() -> Iterator[None]:
    yield
    while OPEN_SESSIONS:
        OPEN_SESSIONS.pop().close()


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory) -> Iterator[tuple[LiveServer, LiveServer]]:
    """The scaled layout: two gevent server processes on one PostgreSQL database and one
    Redis (each test module gets its own pair and database)."""
    redis_url = service_url("FORUM_TEST_REDIS_URL", "Redis")
    with empty_postgres_database("forum_scaled") as database_url:
        shared = {"FORUM_DATABASE_URL": database_url,
                  "FORUM_REDIS_URL": redis_url, "FORUM_ASYNC_MODE": "gevent",
                  "FORUM_SEARCH_BACKEND": "postgres", "FORUM_EMBEDDED_INDEXER": "0"}
        first = start_server(tmp_path_factory.mktemp("a"), demo=True, **shared)
        second = start_server(tmp_path_factory.mktemp("b"), demo=False, **shared)
        try:
            yield first, second
        finally:
            stop_server(first)
            stop_server(second)
