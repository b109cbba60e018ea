"""The newest matches of a search on PostgreSQL, without checking the whole table.

A search ranks the newest COUNT_LIMIT + 1 matches (forum.search.pg_backend). There are two
ways to find them, and the planner, left alone, often takes the wrong one because it does
not see what reading a row's vector costs (~8 µs: the vector and the pairs are stored out
of line):

* **newest first**: walk the date index backwards and test each row until enough match.
  Cheap when matches are dense, a read of most of the table when they are sparse;
* **candidates first**: read the documents the GIN indexes point at (the heap rows only:
  GIN is exact for plain words and for ``@>`` on the pairs), sort them by date, and test
  in that order. Cheap when there are few candidates.

The planner's estimate of the candidates (EXPLAIN, from the column statistics: close for
words and for the pairs) chooses: up to SPARSE_CANDIDATES, candidates first.

Phrases: GIN answers which documents hold every word of a phrase, never whether they stand
next to each other, so the words alone make poor candidates. The ``phrase_pairs`` column
(forum.search.pg_schema) holds every pair of neighbouring lexemes of the stored vector; a
phrase's own pairs must all be there, so they are its candidates, and ``tsv @@`` still
decides for each: no match is lost, and a hash collision only adds a candidate.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

#: Up to this many estimated candidates, read them first; above it, scan newest first.
#: Chosen with bench/search_bench.py (bench/README.md, "Phrases on PostgreSQL").
SPARSE_CANDIDATES = 20_000


def holds_pairs(pairs_column: Any, pairs: Sequence[int]) -> Any:
    """The document holds every pair.

    The pairs are written into the statement as numbers (ints read back from PostgreSQL)
    rather than bound or computed in it: the planner then sees them, and a prepared
    statement's generic plan can never compute them again for every row it rechecks."""
    literal = "'{" + ",".join(str(int(pair)) for pair in pairs) + "}'::int4[]"
    return pairs_column.op("@>")(sa.literal_column(literal))


def estimated_rows(conn: sa.Connection, stmt: sa.Select[Any]) -> float:
    """The planner's estimate of the rows ``stmt`` returns (EXPLAIN, nothing is run)."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    result = conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params)
    plan = result.scalar_one()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return float(plan[0]["Plan"]["Plan Rows"])


def read_candidates_through_index(conn: sa.Connection) -> None:
    """For the rest of this (search) transaction, no sequential scans.

    A seq scan filtering on the pairs or the vector detoasts every row's value, a cost the
    planner does not see: it chose one for an estimated 19,000 of 100,000 rows (0.8 s)
    where the GIN bitmap reads only the candidates' heap rows (~3 µs each)."""
    conn.exec_driver_sql("SET LOCAL enable_seqscan = off")


def newest_among_candidates(
    table: sa.Table, candidates_where: list[Any], check: Any | None, limit: int
) -> sa.CTE:
    """The newest ``limit`` candidates that pass ``check`` (a tsquery; None: all do).

    The candidates are materialized (so the planner reads them through the GIN bitmap
    rather than a date-ordered scan that detoasts every row), sorted by date behind an
    OFFSET fence (so the check is not pushed below the sort) and checked in that order
    until ``limit`` pass."""
    candidates = (
        sa.select(table.c.doc_id, table.c.created_at, table.c.tsv)
        .where(*candidates_where)
        .cte("candidates")
        .prefix_with("MATERIALIZED")
    )
    ordered = (
        sa.select(candidates)
        .order_by(candidates.c.created_at.desc(), candidates.c.doc_id)
        .offset(0)
        .subquery("ordered")
    )
    newest = sa.select(ordered.c.doc_id)
    if check is not None:
        newest = newest.where(ordered.c.tsv.op("@@")(check))
    return newest.limit(limit).cte("newest")
