"""PostgreSQL: the newest matches found candidates first or newest first give the same hits,
and a phrase's pairs of neighbouring lexemes never lose a match (forum.search.pg_newest)."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from forum.search import pg_newest, pg_phrases, pg_query
from forum.search.documents import SearchDoc, SearchQuery
from forum.search.pg_backend import PostgresBackend
from forum.search.pg_schema import pair_function_names
from forum.search.query import parse_user_query

pytestmark = pytest.mark.postgres

WORDS = [
    "och", "att", "det", "som", "för", "sjukskrivning", "sjukskrivningen", "arbetsförmåga",
    "rehabilitering", "handläggare", "stöd", "unga", "aktivitetsersättning", "läkarintyg",
    "e-post", "samordning", "insats",
]  # fmt: skip
SCOPES = frozenset(f"space:{i}" for i in range(3))  # the reader sees 3 of 4 spaces


def random_docs(count: int, seed: int = 5) -> list[SearchDoc]:
    """Zipf-like texts over few words, so that phrases range from everywhere to nowhere."""
    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]
    start = datetime(2025, 1, 1, tzinfo=UTC)
    return [
        SearchDoc(
            doc_id=f"post:{i}",
            kind="post",
            title=" ".join(rng.choices(WORDS, weights, k=4)),
            body=" ".join(rng.choices(WORDS, weights, k=rng.randint(5, 80))),
            url=f"/p/{i}",
            scope=f"space:{i % 4}",
            org_id=None,
            space_id=i % 4,
            group_id=None,
            author_id=None,
            # Some share a time, so the id breaks ties in the date order.
            created_at=start + timedelta(hours=i // 3),
        )
        for i in range(count)
    ]


def random_queries(docs: list[SearchDoc], count: int, seed: int = 9) -> list[str]:
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        words = rng.choice(docs).body.split()
        length = rng.choice((2, 2, 3, 4))
        at = rng.randrange(0, max(1, len(words) - length))
        found.append('"' + " ".join(words[at : at + length]) + '"')
    found += ['"' + " ".join(rng.sample(WORDS, 2)) + '"' for _ in range(count // 2)]
    found += [" ".join(rng.sample(WORDS, rng.choice((1, 2)))) for _ in range(count // 2)]
    found += ['"sjukskrivning" stöd', '"unga e-post" och', '"för att"', '"och och och"']
    return found


@pytest.fixture
def indexed(pg_backend: PostgresBackend) -> PostgresBackend:
    docs = random_docs(400)
    pg_backend.index(docs)
    with pg_backend._engine.begin() as conn:  # so that the planner's estimates are real
        conn.exec_driver_sql(f"ANALYZE {pg_backend._docs.fullname}")
    return pg_backend


def reference(backend: PostgresBackend, text: str) -> list[str]:
    """Every match, newest first, by ``tsv @@`` alone: no pairs, no estimates."""
    t = backend._docs
    terms = parse_user_query(text).terms
    with backend._engine.connect() as conn:
        tsq = pg_query.text_tsquery(terms, pg_phrases.analyse(conn, terms, backend._query_pairs))
        stmt = (
            sa.select(t.c.doc_id)
            .where(t.c.scope.in_(sorted(SCOPES)), t.c.tsv.op("@@")(tsq))
            .order_by(t.c.created_at.desc(), t.c.doc_id)
        )
        return list(conn.execute(stmt).scalars())


def page_ids(backend: PostgresBackend, text: str, page: int) -> tuple[int, list[str]]:
    result = backend.search(SearchQuery(text=text, sort="date", page=page), SCOPES)
    return result.total, [hit.doc_id for hit in result.hits]


@pytest.mark.parametrize("sparse_candidates", [0, 10**9], ids=["newest-first", "candidates"])
def test_both_ways_find_exactly_the_matches(
    indexed: PostgresBackend, monkeypatch: pytest.MonkeyPatch, sparse_candidates: int
) -> None:
    monkeypatch.setattr(pg_newest, "SPARSE_CANDIDATES", sparse_candidates)
    queries = random_queries(random_docs(400), 40)
    empty = 0
    for text in queries:
        expected = reference(indexed, text)
        empty += not expected
        for page in (1, 2):
            total, found = page_ids(indexed, text, page)
            assert total == len(expected), text
            assert found == expected[(page - 1) * 20 : page * 20], (text, page)
    assert 0 < empty < len(queries) / 2  # the queries range from nothing to many matches


def test_the_newest_are_chosen_before_ranking(
    pg_backend: PostgresBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With more matches than COUNT_LIMIT both ways pick the same newest ones."""
    monkeypatch.setattr("forum.search.pg_backend.COUNT_LIMIT", 30)
    pg_backend.index(random_docs(200))
    for sparse in (0, 10**9):
        monkeypatch.setattr(pg_newest, "SPARSE_CANDIDATES", sparse)
        result = pg_backend.search(SearchQuery(text='"och att"', sort="date"), SCOPES)
        assert result.total_capped
        expected = reference(pg_backend, '"och att"')[:20]
        assert [hit.doc_id for hit in result.hits] == expected


def test_pairs_are_md5_of_neighbouring_lexemes(pg_backend: PostgresBackend) -> None:
    """The same numbers on every PostgreSQL version: md5 of "lexeme lexeme", 20 bits."""
    schema = pg_backend._docs.schema
    doc_fn, query_fn = pair_function_names("search_documents", schema)

    def bucket(pair: str) -> int:
        return int(hashlib.md5(pair.encode()).hexdigest()[:5], 16)  # noqa: S324 (not security)

    with pg_backend._engine.connect() as conn:
        doc = conn.execute(sa.text(f"SELECT {doc_fn}('a:1 b:2 c:2 d:4'::tsvector)")).scalar()
        query = conn.execute(sa.text(f"SELECT {query_fn}('a:1 b:2 c:2 d:3'::tsvector)")).scalar()
        empty = conn.execute(sa.text(f"SELECT {doc_fn}('a:1 b:3'::tsvector)")).scalar()
    assert sorted(doc) == sorted({bucket("a b"), bucket("a c")})
    # Position 2 holds two lexemes: a phrase could match through either, so neither pair is
    # required of a document.
    assert query == []
    assert empty == []


def test_a_phrase_at_the_end_of_a_long_document_is_found(
    pg_backend: PostgresBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    filler = " ".join(f"ord{i}" for i in range(5000))
    pg_backend.index([
        SearchDoc(doc_id="wiki:1", kind="wiki", title="Lång sida", body=f"{filler} stöd unga",
                  url="/w/1", scope="space:0", org_id=None, space_id=0, group_id=None,
                  author_id=None, created_at=datetime(2025, 1, 1, tzinfo=UTC))
    ])  # fmt: skip
    for sparse in (0, 10**9):
        monkeypatch.setattr(pg_newest, "SPARSE_CANDIDATES", sparse)
        assert pg_backend.search(SearchQuery(text='"stöd unga"'), SCOPES).total == 1
        assert pg_backend.search(SearchQuery(text='"unga stöd"'), SCOPES).total == 0


def test_search_plans_for_its_own_values(indexed: PostgresBackend) -> None:
    """A prepared statement's generic plan, chosen without the search's words, read the
    whole table for a common phrase; every search asks for a plan of its own."""
    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:
        seen.append(statement)

    sa.event.listen(indexed._engine, "before_cursor_execute", record)
    try:
        for _ in range(7):  # psycopg prepares a statement from its fifth use
            assert indexed.search(SearchQuery(text='"och att"'), SCOPES).total == len(
                reference(indexed, '"och att"')
            )
    finally:
        sa.event.remove(indexed._engine, "before_cursor_execute", record)
    assert seen.count("SET LOCAL plan_cache_mode = force_custom_plan") == 7
