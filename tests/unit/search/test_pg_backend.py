"""PostgreSQL-only behaviour: DDL helpers, missing tables, parameterised SQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from forum.search import pg_query
from forum.search.documents import SearchQuery
from forum.search.errors import IndexUnavailable
from forum.search.pg_backend import PostgresBackend, vocabulary
from forum.search.pg_schema import create_schema, drop_schema, schema_ddl
from forum.search.query import parse_user_query
from tests.unit.search.conftest import make_doc

pytestmark = pytest.mark.postgres
ALL = frozenset({"all"})


def test_ddl_has_the_fastupdate_knob() -> None:
    assert any("WITH (fastupdate = off)" in s for s in schema_ddl(gin_fastupdate=False))
    assert any("WITH (fastupdate = on)" in s for s in schema_ddl(gin_fastupdate=True))


def test_ddl_without_trigram() -> None:
    statements = schema_ddl(with_trigram=False)
    assert not any("pg_trgm" in s or "gin_trgm_ops" in s for s in statements)
    assert statements[0].startswith('CREATE OR REPLACE FUNCTION "search_documents_pairs"')
    assert statements[2].startswith("CREATE TABLE search_documents")


def test_ddl_creates_a_working_index(pg_engine: sa.Engine, pg_schema: str) -> None:
    """What the app's Alembic migration would run gives a usable backend."""
    with pg_engine.begin() as conn:
        for statement in schema_ddl(schema=pg_schema, gin_fastupdate=False):
            conn.exec_driver_sql(statement)
    backend = PostgresBackend(pg_engine, schema=pg_schema)
    backend.index([make_doc(1, "Sjukskrivningen")])
    assert backend.search(SearchQuery("sjukskrivning"), ALL).total == 1


def test_missing_tables_raise_index_unavailable(pg_engine: sa.Engine, pg_schema: str) -> None:
    backend = PostgresBackend(pg_engine, schema=pg_schema)
    with pytest.raises(IndexUnavailable):
        backend.search(SearchQuery("rehab"), ALL)
    with pytest.raises(IndexUnavailable):
        backend.index([make_doc(1, "rehab")])


def test_create_and_drop_schema_are_idempotent(pg_engine: sa.Engine, pg_schema: str) -> None:
    assert create_schema(pg_engine, schema=pg_schema) is True  # pg_trgm works here
    create_schema(pg_engine, schema=pg_schema)
    drop_schema(pg_engine, schema=pg_schema)
    drop_schema(pg_engine, schema=pg_schema)
    with pytest.raises(IndexUnavailable):
        PostgresBackend(pg_engine, schema=pg_schema).count()


def test_custom_table_names(pg_engine: sa.Engine, pg_schema: str) -> None:
    create_schema(pg_engine, "docs_x", pg_schema, terms_table_name="terms_x")
    backend = PostgresBackend(pg_engine, "docs_x", pg_schema, terms_table_name="terms_x")
    backend.index([make_doc(1, "rehab")])
    assert backend.count() == 1


def test_suggestions_can_be_switched_off(pg_engine: sa.Engine, pg_schema: str) -> None:
    create_schema(pg_engine, schema=pg_schema)
    backend = PostgresBackend(pg_engine, schema=pg_schema, suggestions=False)
    backend.index([make_doc(1, "sjukskrivning")])
    assert backend.search(SearchQuery("sjukskrivnimg"), ALL).suggestion is None


@pytest.mark.parametrize(
    "raw",
    [
        "zqx'); DROP TABLE x; --",
        "zqx:* & !b <-> c",
        "%(zqx)s $1 \\'",
        '"zqx\' || y"',
        "zqxab*'",
    ],
)
def test_user_text_only_travels_as_bound_parameters(raw: str) -> None:
    tsq = pg_query.text_tsquery(parse_user_query(raw).terms)
    assert tsq is not None
    compiled = sa.select(tsq).compile(dialect=postgresql.dialect())  # type: ignore[no-untyped-call]
    assert "zqx" not in str(compiled).lower()
    assert "DROP" not in str(compiled)
    assert any("zqx" in str(value) for value in compiled.params.values())


def test_prefix_lexeme_keeps_only_letters_and_digits() -> None:
    assert pg_query.prefix_lexeme("Förs'äk_r2:*") == "försäkr2"


def test_vocabulary_is_folded_and_bounded() -> None:
    assert vocabulary("Café ab 12345 Sjukskrivningen") == {"cafe", "sjukskrivningen"}
