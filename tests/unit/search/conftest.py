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


def table_shape(engine: sa.Engine, schema: str) -> dict[str, object]:
    """Everything a rebuild must keep: tables, columns (generated too), indexes as defined,
    constraints, the GIN indexes' options."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                """
                SELECT t.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                       pg_get_expr(d.adbin, d.adrelid)
                FROM pg_class AS t
                JOIN pg_namespace AS n ON n.oid = t.relnamespace
                JOIN pg_attribute AS a ON a.attrelid = t.oid AND a.attnum > 0
                LEFT JOIN pg_attrdef AS d ON d.adrelid = t.oid AND d.adnum = a.attnum
                WHERE n.nspname = :schema AND t.relkind = 'r' AND NOT a.attisdropped
                ORDER BY 1, a.attnum
                """
            ),
            {"schema": schema},
        ).all()
        indexes = conn.execute(
            sa.text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = :schema "
                "ORDER BY 1"
            ),
            {"schema": schema},
        ).all()
        constraints = conn.execute(
            sa.text(
                "SELECT conname, pg_get_constraintdef(c.oid) FROM pg_constraint AS c "
                "JOIN pg_namespace AS n ON n.oid = c.connamespace WHERE n.nspname = :schema "
                "ORDER BY 1"
            ),
            {"schema": schema},
        ).all()
        options = conn.execute(
            sa.text(
                "SELECT c.relname, c.reloptions FROM pg_class AS c "
                "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
                "WHERE n.nspname = :schema AND c.relkind = 'i' ORDER BY 1"
            ),
            {"schema": schema},
        ).all()
    return {"columns": rows, "indexes": indexes, "constraints": constraints, "options": options}
