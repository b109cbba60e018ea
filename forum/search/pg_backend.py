"""PostgreSQL full-text implementation of :class:`forum.search.backend.SearchBackend`.

The tables are created by the app's migration (see forum.search.pg_schema);
this class only reads and writes rows. Each public method is one transaction.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, time, timedelta
from typing import Any

import psycopg.errors
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert

from forum.search import pg_newest, pg_phrases
from forum.search import pg_query as pq
from forum.search.documents import (
    COUNT_LIMIT,
    Hit,
    SearchDoc,
    SearchQuery,
    SearchResult,
    dedupe_docs,
)
from forum.search.errors import IndexUnavailable
from forum.search.pg_rebuild import ShadowTable, lock_against_writers, shadow_name
from forum.search.pg_schema import (
    DEFAULT_TABLE,
    DEFAULT_TERMS_TABLE,
    documents_table,
    query_pairs_call,
    search_documents,
    search_terms,
    terms_table,
    trigram_installed,
)
from forum.search.query import ParsedQuery, QueryTerm, parse_user_query
from forum.search.text import (
    clean_doc_text,
    edit_distance,
    fold_accents,
    prepare_english,
    prepare_swedish,
)

#: Same cap as the Whoosh backend; also keeps far below tsvector's 1 MB limit.
MAX_BODY_CHARS = 100_000
BATCH_ROWS = 200
REBUILD_BATCH = 2000
TERM_MIN, TERM_MAX = 3, 40
SUGGESTIONS_PER_WORD = 5
MAX_SUGGESTION_TRIES = 8
_TERM_RE = re.compile(r"\w+")
_ID_COLUMNS = ("org_id", "space_id", "group_id", "author_id")


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def vocabulary(*texts: str) -> set[str]:
    """Words for the suggestion list: folded, lowercased, unstemmed."""
    words: set[str] = set()
    for text in texts:
        for word in _TERM_RE.findall(fold_accents(text).lower()):
            if TERM_MIN <= len(word) <= TERM_MAX and not word.isdigit():
                words.add(word)
    return words


class PostgresBackend:
    def __init__(
        self,
        engine: sa.Engine,
        table_name: str = DEFAULT_TABLE,
        schema: str | None = None,
        *,
        terms_table_name: str = DEFAULT_TERMS_TABLE,
        suggestions: bool = True,
    ) -> None:
        """``suggestions=False`` turns "did you mean" off; otherwise it is on
        whenever the pg_trgm extension is installed in the database."""
        self._engine = engine
        if (table_name, terms_table_name, schema) == (DEFAULT_TABLE, DEFAULT_TERMS_TABLE, None):
            self._docs, self._terms = search_documents, search_terms
        else:
            meta = sa.MetaData()
            self._docs = documents_table(meta, table_name, schema)
            self._terms = terms_table(meta, terms_table_name, schema)
        self._trigram: bool | None = None if suggestions else False  # None: look up on use
        self._query_pairs = functools.partial(query_pairs_call, table_name, schema)
        self._upsert = self._build_upsert()

    # ---- plumbing --------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sa.Connection]:
        try:
            with self._engine.begin() as conn:
                yield conn
        except sa.exc.ProgrammingError as exc:
            if isinstance(exc.orig, psycopg.errors.UndefinedTable):
                raise IndexUnavailable("search tables are missing") from exc
            raise

    def close(self) -> None:
        """Nothing to release: the engine belongs to the app."""

    # ---- writes ----------------------------------------------------------

    def _build_upsert(self) -> Any:
        t = self._docs
        values: dict[str, Any] = {
            name: sa.bindparam(f"p_{name}", type_=t.c[name].type)
            for name in ("doc_id", "kind", "title", "body", "url", "scope", *_ID_COLUMNS)
        }
        values["created_at"] = sa.bindparam("p_created_at", type_=t.c.created_at.type)
        values["tsv"] = pq.tsvector_expr(
            sa.bindparam("p_title_sv", type_=sa.Text),
            sa.bindparam("p_title_en", type_=sa.Text),
            sa.bindparam("p_body_sv", type_=sa.Text),
            sa.bindparam("p_body_en", type_=sa.Text),
        )
        insert = pg_insert(t).values(values)
        return insert.on_conflict_do_update(
            index_elements=[t.c.doc_id],
            set_={name: insert.excluded[name] for name in values if name != "doc_id"},
        )

    @staticmethod
    def _row(doc: SearchDoc) -> dict[str, Any]:
        title = clean_doc_text(doc.title)
        body = clean_doc_text(doc.body)[:MAX_BODY_CHARS]
        row = {
            "p_doc_id": doc.doc_id,
            "p_kind": doc.kind,
            "p_title": title,
            "p_body": body,
            "p_url": doc.url,
            "p_scope": doc.scope,
            "p_created_at": doc.created_at,
            "p_title_sv": prepare_swedish(title),
            "p_title_en": prepare_english(title),
            "p_body_sv": prepare_swedish(body),
            "p_body_en": prepare_english(body),
        }
        row.update({f"p_{name}": getattr(doc, name) for name in _ID_COLUMNS})
        return row

    def index(self, docs: Iterable[SearchDoc]) -> None:
        batch = dedupe_docs(docs)
        if not batch:
            return
        with self._tx() as conn:
            self._write(conn, batch)

    def _write(self, conn: sa.Connection, batch: Sequence[SearchDoc]) -> None:
        rows = [self._row(doc) for doc in batch]
        words = sorted(vocabulary(*(r["p_title"] for r in rows), *(r["p_body"] for r in rows)))
        add_words = (
            pg_insert(self._terms)
            .from_select(
                ["word"], sa.select(sa.func.unnest(sa.bindparam("words", type_=ARRAY(sa.Text))))
            )
            .on_conflict_do_nothing()
        )
        for chunk in _chunks(rows, BATCH_ROWS):
            conn.execute(self._upsert, list(chunk))
        # Sorted so concurrent writers take row locks in the same order.
        for chunk in _chunks(words, 5000):
            conn.execute(add_words, {"words": list(chunk)})

    def rebuild(self, docs: Iterable[SearchDoc]) -> int:
        """Fill shadow tables and swap them in (forum.search.pg_rebuild): one transaction,
        readers keep seeing the old rows until the commit."""
        count = 0
        with self._tx() as conn:
            lock_against_writers(conn, self._docs, self._terms)
            shadows = [ShadowTable(conn, self._docs), ShadowTable(conn, self._terms)]
            for shadow in shadows:
                shadow.create()
            target = self._shadow_backend()
            for batch in _batches(docs, REBUILD_BATCH):
                target._write(conn, dedupe_docs(batch))
                count += len(batch)
            for shadow in shadows:
                shadow.build_indexes()
            for shadow in shadows:
                shadow.swap_in()
        return count

    def _shadow_backend(self) -> PostgresBackend:
        """This backend's writes aimed at the shadow tables (same columns, other names)."""
        return PostgresBackend(
            self._engine,
            shadow_name(self._docs.name),
            self._docs.schema,
            terms_table_name=shadow_name(self._terms.name),
            suggestions=False,
        )

    def delete(self, doc_ids: Iterable[str]) -> None:
        ids = sorted(set(doc_ids))
        if not ids:
            return
        with self._tx() as conn:
            for chunk in _chunks(ids, 1000):
                conn.execute(sa.delete(self._docs).where(self._docs.c.doc_id.in_(chunk)))

    def clear(self) -> None:
        with self._tx() as conn:
            conn.execute(sa.delete(self._docs))
            conn.execute(sa.delete(self._terms))

    def is_present(self) -> bool:
        # The tables belong to the database schema (migrations create them); a rebuild
        # refills them but cannot bring them back, so there is nothing to detect here.
        return True

    def count(self) -> int:
        with self._tx() as conn:
            return int(
                conn.execute(sa.select(sa.func.count()).select_from(self._docs)).scalar_one()
            )

    # ---- search ----------------------------------------------------------

    def _where(self, query: SearchQuery, scopes: frozenset[str]) -> list[Any]:
        """Access scopes and structured filters: part of every statement."""
        t = self._docs
        clauses: list[Any] = [t.c.scope.in_(sorted(scopes))]
        for column, values in (
            (t.c.kind, query.kinds),
            (t.c.org_id, query.org_ids),
            (t.c.space_id, query.space_ids),
            (t.c.group_id, query.group_ids),
            (t.c.author_id, query.author_ids),
        ):
            if values:
                clauses.append(column.in_(sorted(values)))
        if query.date_from:
            clauses.append(t.c.created_at >= datetime.combine(query.date_from, time.min, UTC))
        if query.date_to:
            end = datetime.combine(query.date_to + timedelta(days=1), time.min, UTC)
            clauses.append(t.c.created_at < end)
        return clauses

    def search(self, query: SearchQuery, scopes: frozenset[str]) -> SearchResult:
        if not scopes:
            return SearchResult.empty(query)
        parsed = parse_user_query(query.text)
        if pq.text_tsquery(parsed.terms) is None and not (
            parsed.is_empty and query.has_structured_filter
        ):
            return SearchResult.empty(query)
        where = self._where(query, scopes)
        with self._tx() as conn:
            conn.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
            phrases = pg_phrases.analyse(conn, parsed.terms, self._query_pairs)
            tsq = pq.text_tsquery(parsed.terms, phrases)
            narrowing = self._narrowing(parsed, tsq, phrases)
            rows, total, capped = self._page(conn, query, where, tsq, narrowing)
            hits = self._hits(conn, rows, pq.highlight_tsquery(parsed.terms))
            suggestion = None
            if total == 0 and tsq is not None:
                suggestion = self._suggest(conn, parsed, where, phrases)
        return SearchResult(
            total=total,
            total_capped=capped,
            hits=hits,
            page=query.page,
            per_page=query.per_page,
            suggestion=suggestion,
        )

    def _narrowing(
        self, parsed: ParsedQuery, tsq: Any | None, phrases: pg_phrases.Phrases
    ) -> tuple[list[Any], Any | None]:
        """What the GIN indexes can tell of the matches (forum.search.pg_newest), and what
        each candidate must still pass: for words, ``tsv @@`` itself and nothing after; with
        a phrase, each phrase's pairs of neighbouring lexemes, then ``tsv @@``."""
        if tsq is None:
            return [], None
        t = self._docs
        if not any(term.kind == "phrase" for term in parsed.terms):
            return [t.c.tsv.op("@@")(tsq)], None
        pair_sets = [phrase.pairs for phrase in phrases.values() if phrase.pairs]
        return [pg_newest.holds_pairs(t.c.phrase_pairs, pairs) for pairs in pair_sets], tsq

    def _page(
        self,
        conn: sa.Connection,
        query: SearchQuery,
        where: list[Any],
        tsq: Any | None,
        narrowing: tuple[list[Any], Any | None],
    ) -> tuple[list[Any], int, bool]:
        """One page of hits, the match count (up to COUNT_LIMIT) and whether it was capped.

        Ranking every match of a very common word reads and ranks the tsvector of most of
        the table. Only the newest COUNT_LIMIT + 1 matches are ranked: exact for any search
        with fewer matches, and a recency-first choice for the rest (the result says "more
        than 1,000"). The candidates come from a narrow select (ids and dates); the wide
        columns are read for the one page only. How the newest are found:
        forum.search.pg_newest.
        """
        t = self._docs
        newest = self._newest(conn, where, tsq, narrowing)
        score = pq.rank_expr(t.c.tsv, tsq) if tsq is not None else sa.literal(0.0)
        if query.sort == "date" or tsq is None:
            order = [t.c.created_at.desc(), t.c.doc_id]
        else:
            order = [score.desc(), t.c.created_at.desc(), t.c.doc_id]
        stmt = (
            sa.select(
                t.c.doc_id,
                t.c.kind,
                t.c.title,
                t.c.body,
                t.c.url,
                t.c.scope,
                *(t.c[name] for name in _ID_COLUMNS),
                t.c.created_at,
                score.label("score"),
                sa.func.count().over().label("total"),
            )
            .select_from(newest.join(t, t.c.doc_id == newest.c.doc_id))
            .order_by(*order)
            .limit(query.per_page)
            .offset(query.offset)
        )
        rows = list(conn.execute(stmt))
        if rows:
            found = int(rows[0].total)
        elif query.page == 1:
            found = 0
        else:  # past the last page the window count has no row to ride on
            found = int(conn.execute(sa.select(sa.func.count()).select_from(newest)).scalar_one())
        return rows, min(found, COUNT_LIMIT), found > COUNT_LIMIT

    def _newest(
        self,
        conn: sa.Connection,
        where: list[Any],
        tsq: Any | None,
        narrowing: tuple[list[Any], Any | None],
    ) -> sa.CTE:
        """The newest COUNT_LIMIT + 1 matches' ids: candidates first when the planner
        expects few, otherwise newest first."""
        t = self._docs
        narrow, check = narrowing
        if narrow:
            candidates_where = [*where, *narrow]
            candidates = sa.select(t.c.doc_id).where(*candidates_where)
            if pg_newest.estimated_rows(conn, candidates) <= pg_newest.SPARSE_CANDIDATES:
                pg_newest.read_candidates_through_index(conn)
                return pg_newest.newest_among_candidates(
                    t, candidates_where, check, COUNT_LIMIT + 1
                )
        if tsq is not None:
            where = [*where, t.c.tsv.op("@@")(tsq)]
        return (
            sa.select(t.c.doc_id)
            .where(*where)
            .order_by(t.c.created_at.desc(), t.c.doc_id)
            .limit(COUNT_LIMIT + 1)
            .cte("newest")
        )

    def _hits(self, conn: sa.Connection, rows: list[Any], tsq: Any | None) -> list[Hit]:
        if not rows:
            return []
        prepared_bodies = [prepare_swedish(row.body) for row in rows]
        prepared_titles = [prepare_swedish(row.title) for row in rows]
        marked: list[tuple[str | None, str | None]] = [(None, None)] * len(rows)
        if tsq is not None:
            marked = self._headlines(conn, prepared_bodies, prepared_titles, tsq)
        hits = []
        for row, body_p, title_p, (body_m, title_m) in zip(
            rows, prepared_bodies, prepared_titles, marked, strict=True
        ):
            hits.append(
                Hit(
                    doc_id=row.doc_id,
                    kind=row.kind,
                    title=row.title,
                    url=row.url,
                    snippet_html=pq.render_headline(body_m, row.body, body_p, whole=False),
                    title_html=pq.render_headline(title_m, row.title, title_p, whole=True),
                    score=float(row.score),
                    created_at=row.created_at.astimezone(UTC),
                    org_id=row.org_id,
                    space_id=row.space_id,
                    group_id=row.group_id,
                    author_id=row.author_id,
                    scope=row.scope,
                )
            )
        return hits

    @staticmethod
    def _headlines(
        conn: sa.Connection, bodies: list[str], titles: list[str], tsq: Any
    ) -> list[tuple[str | None, str | None]]:
        """ts_headline for one page of hits in one round trip, over the
        prepared texts (computed in Python, so they are not stored twice)."""
        texts = (
            sa.func.unnest(
                sa.bindparam("bodies", bodies, type_=ARRAY(sa.Text)),
                sa.bindparam("titles", titles, type_=ARRAY(sa.Text)),
            )
            .table_valued("body", "title", with_ordinality="ord")
            .render_derived()
        )
        stmt = sa.select(
            pq.headline_expr(texts.c.body, tsq, whole=False),
            pq.headline_expr(texts.c.title, tsq, whole=True),
        ).order_by(texts.c.ord)
        return [(row[0], row[1]) for row in conn.execute(stmt)]

    # ---- did you mean ----------------------------------------------------

    def _candidates(self, conn: sa.Connection, word: str) -> list[str]:
        """Similar words from the vocabulary — which includes words of
        documents the reader cannot see, so callers verify within scopes."""
        plain = fold_accents(word).lower()
        w = self._terms.c.word
        if conn.execute(sa.select(w).where(w == plain)).first() is not None:
            return []
        # Trigram similarity finds candidates fast (GIN index on the % operator)
        # but ranks "hemligt" above "hemligord" for "hemligrod"; re-rank the
        # short list by edit distance, which is how typing errors behave.
        stmt = (
            sa.select(w)
            .where(w.op("%")(plain))
            .order_by(sa.func.similarity(w, plain).desc(), w)
            .limit(SUGGESTIONS_PER_WORD * 4)
        )
        found = list(conn.execute(stmt).scalars())
        found.sort(key=lambda cand: edit_distance(cand, plain))
        return found[:SUGGESTIONS_PER_WORD]

    def _suggest(
        self,
        conn: sa.Connection,
        parsed: ParsedQuery,
        where: list[Any],
        phrases: pg_phrases.Phrases,
    ) -> str | None:
        if self._trigram is None:
            self._trigram = trigram_installed(conn)
        if not self._trigram:
            return None
        options: list[list[QueryTerm]] = []
        corrected_any = False
        for term in parsed.terms:
            found = self._candidates(conn, term.words[0]) if term.kind == "word" else []
            corrected_any = corrected_any or bool(found)
            options.append([QueryTerm("word", (c,)) for c in found] or [term])
        if not corrected_any:
            return None
        for combo in itertools.islice(itertools.product(*options), MAX_SUGGESTION_TRIES):
            tsq = pq.text_tsquery(combo, phrases)
            if tsq is None:
                continue
            # Same scope/filter clauses as the search: never suggest a word the
            # reader would find nothing with.
            probe = sa.select(self._docs.c.doc_id).where(*where, self._docs.c.tsv.op("@@")(tsq))
            if conn.execute(probe.limit(1)).first() is not None:
                return parsed.render(list(combo))
        return None
