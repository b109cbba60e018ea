"""The schema comes from the migrations: they run on empty SQLite and PostgreSQL databases,
and the result matches the models exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from forum import create_app
from forum.extensions import db
from tests.conftest import empty_postgres_database

# The PostgreSQL search index is owned by forum.search (its own metadata), not the models.
SEARCH_TABLES = {"search_documents", "search_terms"}


def _include(name, type_, *_args) -> bool:
    return not (type_ == "table" and name in SEARCH_TABLES)


def assert_models_match_schema() -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True, "include_name": _include})
        diff = compare_metadata(context, db.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def migrate_up_and_down(app) -> None:
    with app.app_context():
        try:
            upgrade()
            tables = set(inspect(db.engine).get_table_names())
            assert {"users", "organizations", "user_sessions", "invitations"} <= tables
            assert_models_match_schema()
            downgrade(revision="base")
            assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
            upgrade()
        finally:  # a failure must not leave connections open for the next test to trip on
            db.session.remove()
            db.engine.dispose()


def test_upgrade_head_on_empty_sqlite(tmp_path: Path):
    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/empty.db"})
    migrate_up_and_down(app)


@pytest.fixture
def empty_postgres():
    with empty_postgres_database("forum_migration") as url:
        yield url

def test_upgrade_head_on_empty_postgres(tmp_path: Path, empty_postgres: str):
    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI": empty_postgres})
    migrate_up_and_down(app)
    with app.app_context():
        try:
            assert_search_tables_match_their_definition()
        finally:
            db.engine.dispose()


def assert_search_tables_match_their_definition() -> None:
    """The migrations give the search tables forum.search.pg_schema defines (create_schema
    builds the same for the tests and the benchmarks)."""
    from forum.search.pg_schema import search_documents, search_terms

    inspector = inspect(db.engine)
    for table in (search_documents, search_terms):
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == set(table.c.keys()), table.name
        indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        assert indexes == {i.name for i in table.indexes}, table.name


def test_phrase_pairs_are_added_to_documents_already_indexed(tmp_path: Path, empty_postgres: str):
    """Upgrading a database that already has a PostgreSQL search index: every row gets its
    pairs, and phrases find it through them."""
    from forum.search.documents import SearchQuery
    from forum.search.pg_backend import PostgresBackend
    from tests.unit.search.conftest import make_doc

    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI": empty_postgres})
    with app.app_context():
        try:
            upgrade(revision="964de14521f5")
            backend = PostgresBackend(db.engine)
            backend.index([make_doc(1, "Stöd", "Samordnat stöd för unga vuxna.", scope="all")])
            upgrade()
            query = SearchQuery(text='"stöd för unga"')
            for sparse in (0, 10**9):  # both ways of finding the newest
                with pytest.MonkeyPatch.context() as patch:
                    patch.setattr("forum.search.pg_newest.SPARSE_CANDIDATES", sparse)
                    assert backend.search(query, frozenset({"all"})).total == 1
            downgrade(revision="964de14521f5")
            columns = {c["name"] for c in inspect(db.engine).get_columns("search_documents")}
            assert "tsv" in columns and "phrase_pairs" not in columns
        finally:
            db.session.remove()
            db.engine.dispose()


def test_a_reindex_keeps_the_migrated_search_tables(tmp_path: Path, empty_postgres: str):
    """A PostgreSQL rebuild swaps in tables it made itself (forum.search.pg_rebuild): they
    must be what the migrations made, down to index options, so later migrations still
    apply."""
    from forum.search.documents import SearchQuery
    from forum.search.pg_backend import PostgresBackend
    from tests.unit.search.conftest import make_doc, table_shape

    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI": empty_postgres})
    with app.app_context():
        try:
            upgrade()
            backend = PostgresBackend(db.engine)
            backend.index([make_doc(1, "Gammal", "Gammal text.", scope="all")])
            before = table_shape(db.engine, "public")
            backend.rebuild([make_doc(2, "Stöd", "Samordnat stöd för unga vuxna.", scope="all")])
            assert table_shape(db.engine, "public") == before
            assert_search_tables_match_their_definition()
            found = backend.search(SearchQuery(text='"stöd för unga"'), frozenset({"all"}))
            assert [hit.doc_id for hit in found.hits] == ["post:2"]
            downgrade(revision="964de14521f5")  # the pairs' migration still goes down
            columns = {c["name"] for c in inspect(db.engine).get_columns("search_documents")}
            assert "phrase_pairs" not in columns
        finally:
            db.session.remove()
            db.engine.dispose()


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_waiting_times_already_counted_get_their_working_days(tmp_path: Path, database,
                                                              request):
    """Upgrading a database with rollups: each waiting time gets its value in working days,
    as the counting now writes it: 16 hours of Monday 5 January, none of the 6th (a Swedish
    holiday), 14 of Wednesday."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from forum.accounts.workdays import working_days_between
    from tests.factories import ForumFactory

    url = (f"sqlite:///{tmp_path}/forum.db" if database == "sqlite"
           else request.getfixturevalue("empty_postgres"))
    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI": url})
    start, end = datetime(2026, 1, 5, 8, tzinfo=UTC), datetime(2026, 1, 7, 14, tzinfo=UTC)
    with app.app_context():
        try:
            upgrade(revision="a7c3e9f1d2b5")
            forum = ForumFactory()
            org = forum.org("Org", handle="org")
            thread = forum.thread(forum.space("s"), forum.user(org, username="u"), "T", "x")
            db.session.commit()
            db.session.execute(text(
                "INSERT INTO insight_firsts (thread_id, kind, from_org_id, to_org_id, month, "
                "started_at, ended_at, hours) VALUES (:t, 'reply', :o, :o, :m, :s, :e, 54.0)"),
                {"t": thread.id, "o": org.id, "m": start.date().replace(day=1),
                 "s": start.isoformat(" ") if database == "sqlite" else start, "e":
                 end.isoformat(" ") if database == "sqlite" else end})
            db.session.commit()
            upgrade()
            value = db.session.execute(text("SELECT workdays FROM insight_firsts")).scalar()
            assert value == working_days_between(start, end) == pytest.approx((16 + 14) / 24)
            assert_models_match_schema()
        finally:
            db.session.remove()
            db.engine.dispose()
