"""Whoosh implementation of :class:`forum.search.backend.SearchBackend`.

Concurrency model (one writer, many readers in one process, possibly other
processes writing too):
 * writes are serialised by ``_write_lock`` here and by Whoosh's on-disk
   WRITELOCK across processes (``writer(timeout=...)`` waits for it);
 * one long-lived Searcher is shared. Whoosh does not document a Searcher as
   safe for concurrent use, so reads and the refresh swap go through
   ``_read_lock``. Searching is CPU-bound pure Python, so under the GIL this
   costs little throughput;
 * after our own commits the searcher is refreshed immediately; commits by
   other processes are picked up by an ``up_to_date()`` check at most every
   ``refresh_interval`` seconds.
 * "Refresh" means: keep the searcher while ``up_to_date()``, otherwise open a
   new one and close the old. We deliberately do not call
   ``Searcher.refresh()``: in whoosh3 3.54 it reuses the open reader of any
   segment whose id is unchanged, so deletions (and update_document's delete
   half) stay invisible, and after ``commit(mergetype=CLEAR)`` the old
   segments are merged back in. The contract tests for update/delete/clear
   fail with it.
A plain SegmentWriter per batch is enough: the app's indexer already
batches, so BufferedWriter/AsyncWriter would only add another queue.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.query import Every, Query
from whoosh.reading import ReaderClosed
from whoosh.searching import Searcher
from whoosh.sorting import FieldFacet
from whoosh.writing import CLEAR

from forum.search import whoosh_query as wq
from forum.search.analysis import word_forms
from forum.search.common_grams import (
    SAMPLE_SIZE,
    choose_common,
    choose_frequent_pairs,
    common_words_of,
    frequent_pairs_of,
    grams_field,
    grams_field_name,
    grams_texts,
    plain_tokens,
    triples_field,
    triples_field_name,
)
from forum.search.documents import (
    COUNT_LIMIT,
    Hit,
    SearchDoc,
    SearchQuery,
    SearchResult,
    dedupe_docs,
)
from forum.search.errors import IndexUnavailable
from forum.search.query import ParsedQuery, QueryTerm, parse_user_query
from forum.search.text import clean_doc_text
from forum.search.whoosh_candidates import driven
from forum.search.whoosh_filter import AllowedDocs, SegmentFilterCache

log = logging.getLogger(__name__)

#: Longer bodies are cut before indexing and storing (both backends do this):
#: a snippet never needs more, and it bounds the per-document work.
MAX_BODY_CHARS = 100_000
SUGGESTIONS_PER_WORD = 5
#: Estimated matches below which a search scores every match in one pass (see search()).
ONE_PASS_BELOW = 5000
#: Whoosh's posting pool for a rebuild before it spills sorted runs to disk.
REBUILD_MEMORY_MB = 256
MAX_SUGGESTION_TRIES = 8

_READ_ERRORS = (OSError, whoosh_index.IndexError, ReaderClosed)


class WhooshBackend:
    def __init__(
        self,
        index_dir: Path,
        *,
        refresh_interval: float = 1.0,
        writer_timeout: float = 30.0,
    ) -> None:
        self._dir = Path(index_dir)
        self._refresh_interval = refresh_interval
        self._writer_timeout = writer_timeout
        self._write_lock = threading.Lock()
        self._read_lock = threading.Lock()
        self._ix: Any = None
        self._searcher: Searcher | None = None
        self._checked_at = 0.0
        self._filters = SegmentFilterCache()
        with self._write_lock:
            self._ensure_index()

    # ---- lifecycle -------------------------------------------------------

    def _ensure_index(self) -> Any:
        """Open the index, creating directory and index if missing (write lock held)."""
        if self._index_present():
            return self._ix
        if whoosh_index.exists_in(str(self._dir)):
            self._ix = whoosh_index.open_dir(str(self._dir))
            if set(self._ix.schema.names()) == set(wq.build_schema().names()):
                return self._ix
            # An index from an older schema: start it afresh. The indexer sees an empty
            # index while the database has content and rebuilds it (needs_rebuild).
            log.warning("search index in %s has an older schema; recreating it", self._dir)
            self._ix.close()
        self._dir.mkdir(parents=True, exist_ok=True)
        log.info("creating search index in %s", self._dir)
        self._ix = whoosh_index.create_in(str(self._dir), wq.build_schema())
        with self._read_lock:
            self._drop_searcher()  # it belonged to the deleted index
        return self._ix

    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            try:
                self._searcher.close()
            except _READ_ERRORS:
                log.debug("closing stale searcher failed", exc_info=True)
            self._searcher = None

    def _index_present(self) -> bool:
        """Directory listing only. ``exists_in()`` would read the TOC, and a
        concurrent commit may delete that file between listing and reading."""
        if self._ix is None:
            return False
        try:
            return bool(self._ix.latest_generation() >= 0)
        except OSError:
            return False

    def _current_searcher(self) -> Searcher:
        """Shared searcher, refreshed if the index changed (read lock held)."""
        if not self._index_present():
            self._drop_searcher()
            raise IndexUnavailable(f"no search index in {self._dir}")
        now = time.monotonic()
        if self._searcher is None:
            self._searcher = self._ix.searcher()
            self._checked_at = now
        elif now - self._checked_at >= self._refresh_interval:
            self._refresh()
        return self._searcher

    def _refresh(self) -> None:
        """Swap in a searcher on the latest commit (read lock held)."""
        if self._searcher is not None and not self._searcher.up_to_date():
            old, self._searcher = self._searcher, self._ix.searcher()
            old.close()
        self._checked_at = time.monotonic()

    @contextmanager
    def _reading(self) -> Iterator[Searcher]:
        with self._read_lock:
            try:
                yield self._current_searcher()
            except _READ_ERRORS as exc:
                # Files vanished under us (index deleted or being rebuilt).
                self._drop_searcher()
                raise IndexUnavailable(str(exc)) from exc

    def _refresh_after_write(self) -> None:
        with self._read_lock:
            try:
                self._refresh()
            except _READ_ERRORS:
                self._drop_searcher()

    @contextmanager
    def _writing(self, clear: bool = False, **options: Any) -> Iterator[Any]:
        """One index write: Whoosh's writer, committed when the block ends (`clear`: with
        mergetype=CLEAR, dropping the old segments), cancelled on any error. The index's own
        commit, not a database transaction, and the only one in this backend."""
        commit_options = {"mergetype": CLEAR} if clear else {}
        with self._write_lock:
            writer = self._ensure_index().writer(timeout=self._writer_timeout, **options)
            try:
                yield writer
                writer.commit(**commit_options)
            except BaseException:
                writer.cancel()
                raise
        self._refresh_after_write()

    def close(self) -> None:
        with self._write_lock, self._read_lock:
            self._drop_searcher()
            if self._ix is not None:
                self._ix.close()
                self._ix = None

    # ---- writes ----------------------------------------------------------

    @staticmethod
    def _fields(doc: SearchDoc, schema: Any) -> dict[str, Any]:
        title = clean_doc_text(doc.title)
        body = clean_doc_text(doc.body)[:MAX_BODY_CHARS]
        fields: dict[str, Any] = {
            "doc_id": doc.doc_id,
            "kind": doc.kind,
            "scope": doc.scope,
            "url": doc.url,
            "title": title,
            "body": body,
            "created_at": doc.created_at.replace(tzinfo=None),
        }
        for suffix in ("sv", "en", "plain"):
            fields[f"title_{suffix}"] = title
            fields[f"body_{suffix}"] = body
        for name in wq.GRAMS_FOR:
            common = common_words_of(schema, name)
            if common is None:
                continue
            frequent = frequent_pairs_of(schema, name)
            pairs, triples = grams_texts(fields[name], common, frequent or frozenset())
            fields[grams_field_name(name)] = pairs
            if frequent is not None:
                fields[triples_field_name(name)] = triples
        for name in wq.ID_FIELDS:
            value = getattr(doc, name)
            if value is not None:
                fields[name] = str(value)
        return fields

    def index(self, docs: Iterable[SearchDoc]) -> None:
        batch = dedupe_docs(docs)
        if not batch:
            return
        with self._writing() as writer:
            for doc in batch:
                writer.update_document(**self._fields(doc, writer.schema))

    def delete(self, doc_ids: Iterable[str]) -> None:
        ids = sorted(set(doc_ids))
        if not ids:
            return
        with self._writing() as writer:
            for doc_id in ids:
                writer.delete_by_term("doc_id", doc_id)

    def rebuild(self, docs: Iterable[SearchDoc]) -> int:
        # One writer and one segment: committing batch by batch merged the growing index
        # again and again. CLEAR drops the old segments in the same commit.
        count = 0
        docs = iter(docs)
        sample = list(itertools.islice(docs, SAMPLE_SIZE))
        samples = [plain_tokens(clean_doc_text(f"{doc.title} {doc.body}")) for doc in sample]
        common = choose_common(samples)
        frequent = choose_frequent_pairs(samples, common)
        with self._writing(clear=True, limitmb=REBUILD_MEMORY_MB) as writer:
            for name in wq.GRAMS_FOR:
                # The whole index is rewritten, so its pairs and triples can follow the data.
                writer.remove_field(grams_field_name(name))
                writer.add_field(grams_field_name(name), grams_field(common))
                writer.remove_field(triples_field_name(name))
                writer.add_field(triples_field_name(name), triples_field(frequent))
            for doc in itertools.chain(sample, docs):
                writer.add_document(**self._fields(doc, writer.schema))
                count += 1
        self._filters.clear()
        return count

    def clear(self) -> None:
        with self._writing(clear=True):
            pass  # an empty write committed with CLEAR drops every segment
        self._filters.clear()

    def is_present(self) -> bool:
        with self._write_lock:
            return self._index_present()

    def count(self) -> int:
        with self._reading() as searcher:
            return int(searcher.doc_count())

    # ---- search ----------------------------------------------------------

    def search(self, query: SearchQuery, scopes: frozenset[str]) -> SearchResult:
        if not scopes:
            return SearchResult.empty(query)
        parsed = parse_user_query(query.text)
        text_q = wq.text_query(parsed.terms)
        if text_q is None:
            if not (parsed.is_empty and query.has_structured_filter):
                return SearchResult.empty(query)
            text_q = Every()  # filter-only listing, e.g. "everything by this author"
        filter_q = wq.filter_query(query, scopes)
        restricted = AllowedDocs(text_q, filter_q, self._filters)
        by_date = query.sort == "date" or isinstance(text_q, Every)
        with self._reading() as searcher:
            # Block-quality skipping pays off for long posting lists; for a query that can
            # match only a few thousand documents one exact pass (scoring and counting every
            # match) is cheaper than skipping and then counting in a second pass. Words
            # whose long lists rarely meet are driven by the few documents that hold them all.
            if (drive := driven(text_q, searcher.reader())) is not None:
                restricted, few = AllowedDocs(drive, filter_q, self._filters), True
            else:
                few = restricted.estimate_size(searcher.reader()) <= ONE_PASS_BELOW
            collector = searcher.collector(
                limit=query.offset + query.per_page,
                sortedby=FieldFacet("created_at", reverse=True) if by_date else None,
                optimize=not few,
            )
            if few and hasattr(collector, "replace"):
                # Whoosh's TopCollector swaps in a pruned matcher as its threshold rises
                # (branches that cannot reach it dropped) even when not optimizing: the
                # count then misses matches (93 of 116 for two words in a test index).
                collector.replace = 0
            searcher.search_with_collector(restricted, collector)
            results = collector.results()
            total, capped = self._count(searcher, results, restricted,
                                        limit=query.offset + query.per_page)
            marker = wq.marker_for(parsed)
            hits = [
                self._hit(hit.fields(), hit.score, marker)
                for hit in results[query.offset : query.offset + query.per_page]
            ]
            suggestion = None
            if total == 0:
                suggestion = self._suggest(searcher, parsed, filter_q)
        return SearchResult(
            total=total,
            total_capped=capped,
            hits=hits,
            page=query.page,
            per_page=query.per_page,
            suggestion=suggestion,
        )

    @staticmethod
    def _count(searcher: Searcher, results: Any, restricted: Query,
               limit: int) -> tuple[int, bool]:
        """Exact when the search counted anyway; else count up to COUNT_LIMIT.

        With block-quality skipping Whoosh does not see every match, and ``len(results)``
        would run the whole query again. But it skips only once it holds ``limit`` hits
        (its threshold is the lowest score among them): with fewer, it collected every
        match, so a few matches of long posting lists (words that rarely meet) are not
        walked through a second time to be counted.
        """
        if results.has_exact_length():
            return len(results), False
        if results.scored_length() < limit:
            return results.scored_length(), False
        found = sum(
            1 for _ in itertools.islice(searcher.docs_for_query(restricted), COUNT_LIMIT + 1)
        )
        return min(found, COUNT_LIMIT), found > COUNT_LIMIT

    @staticmethod
    def _hit(stored: dict[str, Any], score: float | None, marker: Any) -> Hit:
        def optional_int(name: str) -> int | None:
            value = stored.get(name)
            return int(value) if value is not None else None

        return Hit(
            doc_id=stored["doc_id"],
            kind=stored["kind"],
            title=stored["title"],
            url=stored["url"],
            snippet_html=wq.snippet_html(stored["body"], marker),
            title_html=wq.title_html(stored["title"], marker),
            score=float(score or 0.0),
            created_at=wq.stored_datetime(stored["created_at"]),
            org_id=optional_int("org_id"),
            space_id=optional_int("space_id"),
            group_id=optional_int("group_id"),
            author_id=optional_int("author_id"),
            scope=stored["scope"],
        )

    # ---- did you mean ----------------------------------------------------

    @staticmethod
    def _candidates(searcher: Searcher, word: str) -> list[str]:
        """Spelling alternatives for a word that occurs nowhere in the index.

        The corrector sees the whole index, including documents the reader may
        not see; callers must verify a candidate within scopes before use.
        """
        plain = word_forms(word)[2]
        reader = searcher.reader()
        if not plain or any(reader.doc_frequency(f, plain) for f in ("title_plain", "body_plain")):
            return []
        found: list[str] = []
        for fieldname in ("body_plain", "title_plain"):
            corrector = reader.corrector(fieldname)
            for candidate in corrector.suggest(plain, limit=SUGGESTIONS_PER_WORD, prefix=1):
                if candidate not in found:
                    found.append(candidate)
        return found[:SUGGESTIONS_PER_WORD]

    def _suggest(self, searcher: Searcher, parsed: ParsedQuery, filter_q: Query) -> str | None:
        options: list[list[QueryTerm]] = []
        corrected_any = False
        for term in parsed.terms:
            alternatives = self._candidates(searcher, term.words[0]) if term.kind == "word" else []
            corrected_any = corrected_any or bool(alternatives)
            options.append([QueryTerm("word", (a,)) for a in alternatives] or [term])
        if not corrected_any:
            return None
        for combo in itertools.islice(itertools.product(*options), MAX_SUGGESTION_TRIES):
            candidate_q = wq.text_query(list(combo))
            if candidate_q is None:
                continue
            # Only suggest what this reader would actually find: the check runs
            # with the same scope filter as the search itself.
            restricted = AllowedDocs(candidate_q, filter_q, self._filters)
            if not searcher.search(restricted, limit=1).is_empty():
                return parsed.render(list(combo))
        return None
