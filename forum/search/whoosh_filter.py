"""The reader's scope and filter restriction for Whoosh, cached per segment.

Whoosh's own ``search(filter=query)`` turns the filter query into a set of document numbers
on every search. The access filter (the reader's scopes: "these 30 of 50 spaces") matches most
of the index, so at 100,000 documents that set took far longer than the search itself.

Segments are immutable: a document's scope, space or author never changes inside the segment
that holds it (an update writes a new copy into a new segment and deletes the old one). So the
set of documents a filter allows can be computed once per (segment, filter) and kept, as
Lucene does with its filter caches; after a commit only the new small segment needs it. The
restriction is applied inside the matcher tree (``AllowedDocs``), so it also holds for the
match count, block-quality skipping and spelling checks.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from whoosh.matching import NullMatcher
from whoosh.matching.wrappers import WrappingMatcher
from whoosh.query import Query
from whoosh.query.wrappers import WrappingQuery

#: Bound on cached document numbers in all entries together (~45 bytes each).
MAX_CACHED_DOCS = 2_000_000


class SegmentFilterCache:
    """LRU of (segment id, filter) → frozenset of that segment's allowed doc numbers."""

    def __init__(self, max_docs: int = MAX_CACHED_DOCS) -> None:
        self._max_docs = max_docs
        self._entries: OrderedDict[tuple[str, str], frozenset[int]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def allowed(self, leaf_searcher: Any, filter_q: Query) -> frozenset[int]:
        segment = leaf_searcher.reader().segment()
        if segment is None:  # not a plain segment reader: compute, do not cache
            return frozenset(filter_q.docs(leaf_searcher))
        key = (segment.segment_id(), repr(filter_q))
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return found
        docs = frozenset(filter_q.docs(leaf_searcher))
        with self._lock:
            if key not in self._entries:
                self._entries[key] = docs
                self._size += len(docs)
                self._evict()
        return docs

    def _evict(self) -> None:
        while self._size > self._max_docs and len(self._entries) > 1:
            _key, docs = self._entries.popitem(last=False)
            self._size -= len(docs)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._size = 0


class AllowedDocs(WrappingQuery):
    """``child`` restricted to the documents ``filter_q`` matches (scored as ``child``)."""

    def __init__(self, child: Query, filter_q: Query, cache: SegmentFilterCache) -> None:
        super().__init__(child)
        self.filter_q = filter_q
        self.cache = cache

    def __repr__(self) -> str:
        return f"AllowedDocs({self.child!r}, {self.filter_q!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, AllowedDocs)
            and self.child == other.child
            and self.filter_q == other.filter_q
        )

    def __hash__(self) -> int:
        return hash((self.child, self.filter_q))

    def _rewrap(self, child: Query) -> AllowedDocs:
        return AllowedDocs(child, self.filter_q, self.cache)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if not searcher.is_atomic():
            # Whoosh asks leaf searchers for matchers; this is only a safe fallback.
            allowed: frozenset[int] = frozenset(self.filter_q.docs(searcher))
        else:
            allowed = self.cache.allowed(searcher, self.filter_q)
        if not allowed:
            return NullMatcher()
        return _AllowedMatcher(self.child.matcher(searcher, context), allowed)


class SkippingMatcher(WrappingMatcher):
    """The child's postings minus the documents ``_accepts()`` refuses, checked one document
    at a time as the child moves (so a block-quality skip is followed by a check too).

    Whoosh's FilterMatcher does the same for a docnum set but forgets to re-filter after a
    block-quality skip and drops ``next()``'s "entered a new block" result; both matter here.
    """

    def _accepts(self) -> bool:
        raise NotImplementedError

    def _find_next(self) -> bool:
        child, moved_block = self.child, False
        while child.is_active() and not self._accepts():
            moved_block = bool(child.next()) or moved_block
        return moved_block

    def reset(self) -> None:
        self.child.reset()
        self._find_next()

    def next(self) -> bool:
        moved = bool(self.child.next())
        return self._find_next() or moved

    def skip_to(self, docnum: int) -> bool:
        moved = bool(self.child.skip_to(docnum))
        return self._find_next() or moved

    def skip_to_quality(self, minquality: float) -> int:
        skipped = self.child.skip_to_quality(minquality)
        self._find_next()
        return skipped

    def all_ids(self) -> Iterator[int]:
        while self.is_active():
            yield self.id()
            self.next()

    def all_items(self) -> Iterator[tuple[int, Any]]:
        while self.is_active():
            yield self.id(), self.value()
            self.next()


class _AllowedMatcher(SkippingMatcher):
    """Skips every posting whose document is not in ``allowed``."""

    def __init__(self, child: Any, allowed: frozenset[int]) -> None:
        super().__init__(child)
        self._allowed = allowed
        self._find_next()

    def _accepts(self) -> bool:
        return self.child.id() in self._allowed

    def copy(self) -> _AllowedMatcher:
        return _AllowedMatcher(self.child.copy(), self._allowed)

    def _replacement(self, newchild: Any) -> _AllowedMatcher:
        return _AllowedMatcher(newchild, self._allowed)

    # The child's own all_ids (sets, for intersections and unions) filtered at C speed.
    def all_ids(self) -> Any:
        allowed = self._allowed
        return (docnum for docnum in self.child.all_ids() if docnum in allowed)

    def all_items(self) -> Any:
        allowed = self._allowed
        return (item for item in self.child.all_items() if item[0] in allowed)
