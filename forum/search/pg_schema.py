"""PostgreSQL objects of the search index: tables, indexes, DDL helpers.

One ``tsv`` column holds the title and body analysed with both the Swedish
and the English configuration (title weight A, body weight B). Why one
column rather than one per language: every query ORs the two languages per
term anyway, so a single GIN index answers the whole tsquery in one index
scan, and ts_rank_cd sees both languages' matches in one cover. A word that
stems the same in both languages counts twice, but uniformly for every
document, so the ranking order is not distorted.

GIN ``fastupdate`` trade-off (knob ``gin_fastupdate``): with fastupdate on
(PostgreSQL's default) new entries go to a pending list that is merged into
the tree later (autovacuum, or when it exceeds gin_pending_list_limit), so
upserts are cheap but every search also scans the pending list, and the
upsert that triggers the merge pays for all of it (latency spikes in the
indexer). With it off, each upsert updates the tree directly: slower,
steadier writes and steadier reads. A benchmark will decide; the default here
is PostgreSQL's own.

Phrases: GIN answers which documents hold every word of a phrase, not whether they
stand next to each other, so a phrase of common words made PostgreSQL read and check
the positions of most of the table. ``phrase_pairs`` holds, for each document, every
pair of lexemes at neighbouring positions *of the stored tsv* (hashed into 2^20
buckets), worked out by a SQL function from the vector itself. A phrase's own pairs
(from the same parser and dictionaries) must all be there, so ``phrase_pairs @> …``
narrows the candidates through a second GIN index and ``tsv @@ …`` still decides:
never a lost match, and a hash collision only costs a recheck (forum.search.pg_newest).
Stored pairs and query pairs must come from the same functions: changing them needs a
migration that replaces both and recomputes the column.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlalchemy.schema import CreateIndex, CreateTable

log = logging.getLogger(__name__)

DEFAULT_TABLE = "search_documents"
DEFAULT_TERMS_TABLE = "search_terms"

#: Module-level metadata with the default-named tables, for the app's Alembic
#: ``target_metadata`` (schema=None, fastupdate on, trigram index present).
metadata = sa.MetaData()


#: Neighbouring lexemes as "lexeme lexeme", md5-hashed to 20 bits: md5 is the same on every
#: PostgreSQL version and platform, so stored pairs and query pairs always agree.
_PAIR_HASH = "('x' || left(md5(a.lexeme || ' ' || b.lexeme), 5))::bit(20)::int4"

#: A document's pairs: every lexeme at position p with every lexeme at p + 1.
_DOC_PAIRS_BODY = """
  WITH p AS (SELECT t.lexeme, pos FROM unnest(v) AS t, unnest(t.positions) AS pos)
  SELECT coalesce(array_agg(DISTINCT PAIR_HASH), '{}')
  FROM p AS a JOIN p AS b ON b.pos = a.pos + 1
""".replace("PAIR_HASH", _PAIR_HASH)

#: A phrase's pairs: only between positions holding a single lexeme. (The Swedish and
#: English configurations give one lexeme per word; a dictionary giving several would
#: let the phrase match through either, so that pair is not required.)
_QUERY_PAIRS_BODY = """
  WITH p AS (
    SELECT t.lexeme, pos, count(*) OVER (PARTITION BY pos) AS n
    FROM unnest(v) AS t, unnest(t.positions) AS pos
  )
  SELECT coalesce(array_agg(DISTINCT PAIR_HASH), '{}')
  FROM p AS a JOIN p AS b ON b.pos = a.pos + 1
  WHERE a.n = 1 AND b.n = 1
""".replace("PAIR_HASH", _PAIR_HASH)


def _pair_function_bases(table_name: str) -> tuple[str, str]:
    return f"{table_name}_pairs", f"{table_name}_query_pairs"


def pair_function_names(table_name: str, schema: str | None = None) -> tuple[str, str]:
    """The qualified, quoted names of the document-side and query-side pair functions."""
    prefix = f'"{schema}".' if schema else ""
    doc_base, query_base = _pair_function_bases(table_name)
    return f'{prefix}"{doc_base}"', f'{prefix}"{query_base}"'


def query_pairs_call(table_name: str, schema: str | None, vector: Any) -> Any:
    """A call of the table's query-side pair function on ``vector``, as a SQL expression."""
    return sa.sql.functions.Function(
        _pair_function_bases(table_name)[1],
        vector,
        type_=ARRAY(sa.Integer),
        packagenames=(schema,) if schema else (),
    )


def pair_functions_ddl(table_name: str = DEFAULT_TABLE, schema: str | None = None) -> list[str]:
    """CREATE OR REPLACE for both pair functions; run before the table is created."""
    doc_fn, query_fn = pair_function_names(table_name, schema)
    return [
        f"CREATE OR REPLACE FUNCTION {name}(v tsvector) RETURNS int4[] "
        f"LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $${body}$$"
        for name, body in ((doc_fn, _DOC_PAIRS_BODY), (query_fn, _QUERY_PAIRS_BODY))
    ]


def documents_table(
    meta: sa.MetaData,
    name: str = DEFAULT_TABLE,
    schema: str | None = None,
    *,
    gin_fastupdate: bool = True,
) -> sa.Table:
    table = sa.Table(
        name,
        meta,
        sa.Column("doc_id", sa.Text, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("scope", sa.Text, nullable=False),
        sa.Column("org_id", sa.BigInteger),
        sa.Column("space_id", sa.BigInteger),
        sa.Column("group_id", sa.BigInteger),
        sa.Column("author_id", sa.BigInteger),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tsv", TSVECTOR, nullable=False),
        sa.Column(
            "phrase_pairs",
            ARRAY(sa.Integer),
            sa.Computed(sa.text(f"{pair_function_names(name, schema)[0]}(tsv)"), persisted=True),
            nullable=False,
        ),
        schema=schema,
    )
    for column in ("tsv", "phrase_pairs"):
        sa.Index(
            f"ix_{name}_{column}",
            table.c[column],
            postgresql_using="gin",
            postgresql_with={"fastupdate": "on" if gin_fastupdate else "off"},
        )
    # Every query filters on scope; date sort and date ranges use created_at.
    sa.Index(f"ix_{name}_scope_created", table.c.scope, table.c.created_at)
    sa.Index(f"ix_{name}_created", table.c.created_at)
    return table


def terms_table(
    meta: sa.MetaData,
    name: str = DEFAULT_TERMS_TABLE,
    schema: str | None = None,
    *,
    with_trigram: bool = True,
) -> sa.Table:
    """Vocabulary for "did you mean": folded, lowercased, unstemmed words.

    Grows on upsert and is never pruned on delete: a stale word is harmless
    because a suggestion is only offered if it finds visible documents.
    """
    table = sa.Table(name, meta, sa.Column("word", sa.Text, primary_key=True), schema=schema)
    if with_trigram:
        sa.Index(
            f"ix_{name}_word_trgm",
            table.c.word,
            postgresql_using="gin",
            postgresql_ops={"word": "gin_trgm_ops"},
        )
    return table


search_documents = documents_table(metadata)
search_terms = terms_table(metadata)


def _tables(
    table_name: str,
    terms_table_name: str,
    schema: str | None,
    gin_fastupdate: bool,
    with_trigram: bool,
) -> tuple[sa.Table, sa.Table]:
    meta = sa.MetaData()
    return (
        documents_table(meta, table_name, schema, gin_fastupdate=gin_fastupdate),
        terms_table(meta, terms_table_name, schema, with_trigram=with_trigram),
    )


def schema_ddl(
    table_name: str = DEFAULT_TABLE,
    schema: str | None = None,
    *,
    terms_table_name: str = DEFAULT_TERMS_TABLE,
    gin_fastupdate: bool = True,
    with_trigram: bool = True,
) -> list[str]:
    """The CREATE statements, in order, for an Alembic migration (``op.execute``).

    ``with_trigram`` needs the pg_trgm extension (trusted since PostgreSQL 13,
    so a database owner may create it); without it there is no trigram index
    and the backend offers no spelling suggestions.
    """
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    statements = ["CREATE EXTENSION IF NOT EXISTS pg_trgm"] if with_trigram else []
    statements += pair_functions_ddl(table_name, schema)
    for table in _tables(table_name, terms_table_name, schema, gin_fastupdate, with_trigram):
        statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            statements.append(str(CreateIndex(index).compile(dialect=dialect)).strip())
    return statements


def _try_create_trigram(conn: sa.Connection) -> bool:
    """CREATE EXTENSION pg_trgm in a savepoint; False if not permitted here."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        # Either no privilege, or a concurrent CREATE EXTENSION won the race
        # (IF NOT EXISTS is not atomic); the latter still leaves it installed.
        log.info("could not create pg_trgm; checking whether it exists", exc_info=True)
    return trigram_installed(conn)


def trigram_installed(conn: sa.Connection) -> bool:
    query = sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    return conn.execute(query).first() is not None


def create_schema(
    engine: sa.Engine,
    table_name: str = DEFAULT_TABLE,
    schema: str | None = None,
    *,
    terms_table_name: str = DEFAULT_TERMS_TABLE,
    gin_fastupdate: bool = True,
    with_trigram: bool | None = None,
) -> bool:
    """Create tables and indexes if missing. Returns whether trigram
    suggestions are available. ``with_trigram=None`` uses pg_trgm if it can
    be created, and degrades to no suggestions otherwise."""
    with engine.begin() as conn:
        trigram = _try_create_trigram(conn) if with_trigram is not False else False
        if with_trigram and not trigram:
            raise RuntimeError("pg_trgm is not available in this database")
        docs, terms = _tables(table_name, terms_table_name, schema, gin_fastupdate, trigram)
        for statement in pair_functions_ddl(table_name, schema):
            conn.exec_driver_sql(statement)
        docs.create(conn, checkfirst=True)
        terms.create(conn, checkfirst=True)
    return trigram


def drop_schema(
    engine: sa.Engine,
    table_name: str = DEFAULT_TABLE,
    schema: str | None = None,
    *,
    terms_table_name: str = DEFAULT_TERMS_TABLE,
) -> None:
    """Drop both tables and the pair functions (the pg_trgm extension stays: others may
    use it)."""
    with engine.begin() as conn:
        docs, terms = _tables(table_name, terms_table_name, schema, True, False)
        terms.drop(conn, checkfirst=True)
        docs.drop(conn, checkfirst=True)
        for name in pair_function_names(table_name, schema):
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}(tsvector)")
