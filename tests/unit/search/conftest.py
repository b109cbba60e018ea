"""Fixtures for the search contract suite: the same tests run on every backend."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from forum.search.backend import SearchBackend
from forum.search.documents import SearchDoc
from forum.search.pg_backend import PostgresBackend
from forum.search.pg_schema import create_schema
from forum.search.whoosh_backend import WhooshBackend

POSTGRES_ENV = "FORUM_TEST_POSTGRES_URL"


def postgres_url() -> str:
    """The test database URL, or skip (fail under FORUM_TEST_REQUIRE_ALL=1)."""
    url = os.environ.get(POSTGRES_ENV)
    if url:
        return url
    message = f"PostgreSQL not configured: set {POSTGRES_ENV} (CI sets it)"
    if os.environ.get("FORUM_TEST_REQUIRE_ALL") == "1":
        pytest.fail(message + "; FORUM_TEST_REQUIRE_ALL=1 forbids skipping", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[sa.Engine]:
    engine = sa.create_engine(postgres_url(), pool_size=2, max_overflow=8)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_schema(pg_engine: sa.Engine) -> Iterator[str]:
    """A fresh, uniquely named schema, so concurrent runs never collide."""
    name = f"search_test_{uuid.uuid4().hex}"
    with pg_engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    yield name
    with pg_engine.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')


@pytest.fixture
def pg_backend(pg_engine: sa.Engine, pg_schema: str) -> PostgresBackend:
    create_schema(pg_engine, schema=pg_schema)
    return PostgresBackend(pg_engine, schema=pg_schema)


@pytest.fixture
def whoosh_backend(tmp_path: Path) -> Iterator[WhooshBackend]:
    backend = WhooshBackend(tmp_path / "index")
    yield backend
    backend.close()


@pytest.fixture(params=["whoosh", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> SearchBackend:
    name = "whoosh_backend" if request.param == "whoosh" else "pg_backend"
    backend: SearchBackend = request.getfixturevalue(name)
    return backend


def make_doc(number: int, title: str, body: str = "", **overrides: Any) -> SearchDoc:
    """A post in the public scope unless overridden, created N days after
    2024-01-01 12:00 UTC so that dates sort in number order."""
    values: dict[str, Any] = {
        "doc_id": f"{overrides.get('kind', 'post')}:{number}",
        "kind": "post",
        "title": title,
        "body": body,
        "url": f"/t/{number}",
        "scope": "all",
        "org_id": 1,
        "space_id": 1,
        "group_id": None,
        "author_id": 1,
        "created_at": datetime(2024, 1, 1, 12, tzinfo=UTC) + timedelta(days=number),
    }
    values.update(overrides)
    return SearchDoc(**values)
