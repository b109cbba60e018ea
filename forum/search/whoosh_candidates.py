"""Words that rarely meet: an AND driven by the few documents that hold every word.

Two or three mid-frequency words ("kartläggning praktik") each occur in tens of thousands
of documents but together in a few hundred. Whoosh's intersection finds those by moving
each word's matcher (a union of its title and body, Swedish and English postings) past
the other's, one posting at a time in Python: at 100,000 documents that took 300–400 ms
for such a query, twice (once to rank with block-quality skipping, once to count).

Here the documents that can match are worked out first, at C speed: each word's posting
lists are read block by block as arrays of document numbers, joined into one set per word,
and the sets intersected. When few remain (``DRIVEN_BELOW``), the query runs over just
those: :class:`DrivenMatcher` moves the ordinary matcher to each candidate in turn
(``skip_to``, which skips whole blocks), so scores are exactly the ordinary ones, deleted
documents drop out as usual, and the count is exact in the same single pass.

Only the AND's parts that are plain unions of terms (words) choose candidates; a phrase or
prefix part is left to the matcher, which still checks every candidate against the whole
query. Fewer parts give more candidates, never fewer matches.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from whoosh.matching import Matcher, NullMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, DisjunctionMax, Or, Query, Term
from whoosh.query.wrappers import WrappingQuery

#: At most this many candidates in all segments: drive the query by them.
DRIVEN_BELOW = 5000
#: A word with more postings than this (its terms together) is not read for candidates.
CHEAP_POSTINGS = 100_000


def word_terms(query: Query) -> list[tuple[str, str]] | None:
    """The (field, text) terms of a query that is a union of terms (a word), else None."""
    if isinstance(query, Term):
        return [(query.fieldname, query.text)]
    if isinstance(query, Or | DisjunctionMax):
        terms: list[tuple[str, str]] = []
        for sub in query.subqueries:
            found = word_terms(sub)
            if found is None:
                return None
            terms += found
        return terms
    return None


def _posting_ids(reader: Any, fieldname: str, text: str) -> set[int] | frozenset[int]:
    """Every document number in a term's posting list, deleted ones included (the
    matcher drops those), read a block at a time."""
    if (fieldname, text) not in reader:
        return frozenset()
    matcher = reader.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):  # the segment's deletions
        matcher = matcher.child
    if not hasattr(matcher, "_read_ids"):  # not a whoosh3 block matcher
        return set(matcher.all_ids())
    ids: set[int] = set()
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        ids.update(matcher._ids)
        matcher._next_block()
    return ids


def candidates(reader: Any, words: list[list[tuple[str, str]]]) -> list[int] | None:
    """Sorted document numbers of one segment that can hold every word, or None when even
    the rarest word is too common to be worth reading (more than ``CHEAP_POSTINGS``).

    Words are read rarest first, and only while their postings are cheap to read: the
    matcher checks the other words at each candidate, which costs a skip per candidate
    instead of a read of every posting."""
    sized = [(sum(reader.doc_frequency(f, t) for f, t in terms), terms) for terms in words]
    found: set[int] | None = None
    for size, terms in sorted(sized, key=lambda pair: pair[0]):
        if size > CHEAP_POSTINGS:
            if found is None:
                return None
            break
        ids: set[int] = set()
        for fieldname, text in terms:
            ids.update(_posting_ids(reader, fieldname, text))
        found = ids if found is None else found & ids
        if not found:
            return []
    return sorted(found or ())


class Driven(WrappingQuery):
    """``child`` (an And) evaluated only at the candidates its word parts allow."""

    def __init__(self, child: Query, words: list[list[tuple[str, str]]]) -> None:
        super().__init__(child)
        self.words = words
        self._by_segment: dict[Any, list[int]] = {}

    def __repr__(self) -> str:
        return f"Driven({self.child!r})"

    def _rewrap(self, child: Query) -> Driven:
        return Driven(child, self.words)

    def segment_candidates(self, leaf_reader: Any) -> list[int] | None:
        segment = leaf_reader.segment()
        key = segment.segment_id() if segment is not None else id(leaf_reader)
        if key not in self._by_segment:
            self._by_segment[key] = candidates(leaf_reader, self.words)
        return self._by_segment[key]

    def count_candidates(self, reader: Any) -> int | None:
        """Candidates in all segments; None when a segment's words are all too common."""
        total = 0
        for leaf, _offset in reader.leaf_readers():
            found = self.segment_candidates(leaf)
            if found is None:
                return None
            total += len(found)
        return total

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        docnums = self.segment_candidates(searcher.reader()) if searcher.is_atomic() else None
        if docnums is None:  # Whoosh asks the leaves; this is only a safe fallback
            return self.child.matcher(searcher, context)
        if not docnums:
            return NullMatcher()
        return DrivenMatcher(self.child.matcher(searcher, context), docnums)


def driven(text_q: Query, reader: Any) -> Driven | None:
    """``text_q`` driven by its candidates, when it is an AND with at least two word parts
    and they leave at most DRIVEN_BELOW candidates; else None."""
    if not isinstance(text_q, And):
        return None
    words = [terms for part in text_q.subqueries if (terms := word_terms(part)) is not None]
    if len(words) < 2:
        return None
    query = Driven(text_q, words)
    counted = query.count_candidates(reader)
    return query if counted is not None and counted <= DRIVEN_BELOW else None


class DrivenMatcher(Matcher):
    """Visits the candidates in order, keeping those where ``child`` matches; the score,
    weight and value are the child's at that document."""

    def __init__(self, child: Any, docnums: list[int]) -> None:
        self.child = child
        self._docnums = docnums
        self._i = 0
        self._settle()

    def _settle(self) -> None:
        docnums, child = self._docnums, self.child
        while self._i < len(docnums):
            if not child.is_active():
                self._i = len(docnums)
                return
            target = docnums[self._i]
            if child.id() < target:
                child.skip_to(target)
                if not child.is_active():
                    continue
            if child.id() == target:
                return
            self._i += 1

    def is_active(self) -> bool:
        return self._i < len(self._docnums)

    def id(self) -> int:
        return self._docnums[self._i]

    def next(self) -> bool:
        self._i += 1
        self._settle()
        return False

    def skip_to(self, docnum: int) -> bool:
        if self.is_active() and docnum > self.id():
            self._i = bisect.bisect_left(self._docnums, docnum, self._i)
            self._settle()
        return False

    def supports(self, astype: str) -> bool:
        return self.child.supports(astype)

    def supports_block_quality(self) -> bool:
        return False

    def weight(self) -> float:
        return self.child.weight()

    def value(self) -> Any:
        return self.child.value()

    def score(self) -> float:
        return self.child.score()

    def reset(self) -> None:
        self.child.reset()
        self._i = 0
        self._settle()

    def copy(self) -> Any:
        raise NotImplementedError("driven matchers are not copied")

    def replace(self, minquality: float = 0) -> Any:
        return self if self.is_active() else NullMatcher()

    def term_matchers(self) -> Iterator[Any]:
        return self.child.term_matchers()

    def matching_terms(self, id: int | None = None) -> Iterator[Any]:
        return self.child.matching_terms(id)
