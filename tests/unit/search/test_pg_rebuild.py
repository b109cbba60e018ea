"""PostgreSQL rebuild into shadow tables: same shape afterwards, readers and writers meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from forum.search.documents import SearchDoc, SearchQuery
from forum.search.pg_backend import PostgresBackend
from forum.search.pg_rebuild import SHADOW_SUFFIX, shadow_name
from forum.search.pg_schema import create_schema
from tests.unit.search.conftest import make_doc, table_shape

pytestmark = pytest.mark.postgres
ALL = frozenset({"all"})


def ids(backend: PostgresBackend, text: str) -> set[str]:
    return {hit.doc_id for hit in backend.search(SearchQuery(text), ALL).hits}


@pytest.fixture
def backend(pg_engine: sa.Engine, pg_schema: str) -> PostgresBackend:
    # fastupdate off, as the migrations create it (pg_schema's default is on): kept as found.
    create_schema(pg_engine, schema=pg_schema, gin_fastupdate=False)
    backend = PostgresBackend(pg_engine, schema=pg_schema)
    backend.index([make_doc(1, "gammal rehabilitering"), make_doc(2, "gammal sjukpenning")])
    return backend


def test_rebuild_keeps_the_tables_shape(
    backend: PostgresBackend, pg_engine: sa.Engine, pg_schema: str
) -> None:
    before = table_shape(pg_engine, pg_schema)
    assert any("fastupdate=off" in str(option) for _, option in before["options"])
    assert backend.rebuild([make_doc(3, "ny text")]) == 1
    assert table_shape(pg_engine, pg_schema) == before
    assert SHADOW_SUFFIX not in str(before)


def test_rebuild_replaces_the_rows_and_the_vocabulary(backend: PostgresBackend) -> None:
    backend.rebuild(
        [make_doc(3, "Arbetslivsinriktad rehabilitering", "samordnad insats i Malmö")]
    )
    assert backend.count() == 1
    assert ids(backend, "gammal") == set()
    assert ids(backend, "rehabiliteringen") == {"post:3"}
    assert ids(backend, '"arbetslivsinriktad rehabilitering"') == {"post:3"}  # pairs computed
    assert backend.search(SearchQuery("samordnd"), ALL).suggestion == "samordnad"
    assert backend.search(SearchQuery("sjukpenningg"), ALL).suggestion is None


def test_rebuild_leaves_fresh_statistics(
    backend: PostgresBackend, pg_engine: sa.Engine, pg_schema: str
) -> None:
    backend.rebuild(make_doc(n, f"dokument {n}") for n in range(50))
    with pg_engine.connect() as conn:
        analysed = conn.execute(
            sa.text(
                "SELECT count(*) FROM pg_stats WHERE schemaname = :schema "
                "AND tablename = 'search_documents' AND attname IN ('tsv', 'phrase_pairs')"
            ),
            {"schema": pg_schema},
        ).scalar_one()
    assert analysed == 2


def test_readers_see_the_old_rows_until_the_commit(backend: PostgresBackend) -> None:
    seen_meanwhile: list[set[str]] = []

    def docs() -> Iterator[SearchDoc]:
        yield make_doc(3, "ny rehabilitering")
        seen_meanwhile.append(ids(backend, "rehabilitering"))  # another connection
        yield make_doc(4, "ny sjukpenning")

    backend.rebuild(docs())
    assert seen_meanwhile == [{"post:1"}]
    assert ids(backend, "rehabilitering") == {"post:3"}


def test_a_writer_waits_and_lands_in_the_new_table(backend: PostgresBackend) -> None:
    started = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        started.set()
        try:
            backend.index([make_doc(9, "skriven under tiden")])
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    writer = threading.Thread(target=write)

    def docs() -> Iterator[SearchDoc]:
        yield make_doc(3, "ny text")
        writer.start()
        started.wait(5)
        writer.join(0.5)
        assert writer.is_alive()  # waiting for the rebuild's lock
        yield make_doc(4, "mer text")

    backend.rebuild(docs())
    writer.join(10)
    assert not errors
    assert ids(backend, "skriven") == {"post:9"}
    assert backend.count() == 3


def test_a_failed_rebuild_leaves_the_old_index(
    backend: PostgresBackend, pg_engine: sa.Engine, pg_schema: str
) -> None:
    before = table_shape(pg_engine, pg_schema)

    def docs() -> Iterator[SearchDoc]:
        yield make_doc(3, "ny text")
        raise RuntimeError("the database read failed")

    with pytest.raises(RuntimeError):
        backend.rebuild(docs())
    assert table_shape(pg_engine, pg_schema) == before
    assert ids(backend, "gammal") == {"post:1", "post:2"}


def test_shadow_names_fit_postgresql_identifiers() -> None:
    assert shadow_name("search_documents") == "search_documents__rebuild"
    long = "x" * 63
    assert len(shadow_name(long)) == 63
    assert shadow_name(long).endswith(SHADOW_SUFFIX)
