"""Phrase search on runs of words: fast for common words, still exact.

Whoosh's ``Phrase`` intersects the postings of each word and then reads the positions of every
document that holds all of them. For a phrase of common words ("och att", "för unga") that is
nearly every document, so a phrase query read the positions of the whole index.

The body is also indexed as runs of two and of three words (``body_pairs``: "för unga" is one
term; ``body_triples``: "aktivitetsersättning för unga" is one term). A phrase of two or three
words is then a single term lookup, as cheap as a word, with BM25 ranking and Whoosh's block
skipping. A longer phrase is the AND of its three-word runs, and because those may occur in a
document apart, each candidate is then checked against the word positions of the unpaired
field, one document at a time (never scanning ahead the way ``Phrase`` does)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whoosh.matching import NullMatcher
from whoosh.matching.wrappers import WrappingMatcher
from whoosh.query import And, Query, Term
from whoosh.query.wrappers import WrappingQuery
from whoosh.reading import TermNotFound

PAIR_SEPARATOR = " "


def runs(words: list[str], size: int) -> list[str]:
    """The terms of the ``size``-word field for a phrase, as its analyzer makes them."""
    return [PAIR_SEPARATOR.join(words[i : i + size]) for i in range(len(words) - size + 1)]


def pair_phrase(
    pairs_field: str, triples_field: str, plain_field: str, words: list[str], boost: float = 1.0
) -> Query:
    """A query for ``words`` (at least two) appearing next to each other, in order."""
    if len(words) == 2:
        return Term(pairs_field, runs(words, 2)[0], boost=boost)
    if len(words) == 3:
        return Term(triples_field, runs(words, 3)[0], boost=boost)
    triples = [Term(triples_field, run) for run in runs(words, 3)]
    return _Adjacent(And(triples, boost=boost), plain_field, words)


class _Adjacent(WrappingQuery):
    """``child`` (the AND of the pairs) kept only where the words are truly consecutive."""

    def __init__(self, child: Query, plain_field: str, words: list[str]) -> None:
        super().__init__(child)
        self.plain_field = plain_field
        self.words = list(words)

    def __repr__(self) -> str:
        return f"_Adjacent({self.child!r}, {self.plain_field!r}, {self.words!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Adjacent)
            and self.child == other.child
            and self.plain_field == other.plain_field
            and self.words == other.words
        )

    def __hash__(self) -> int:
        return hash((self.child, self.plain_field, tuple(self.words)))

    def _rewrap(self, child: Query) -> _Adjacent:
        return _Adjacent(child, self.plain_field, self.words)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        reader, field, words = searcher.reader(), self.plain_field, self.words

        def open_postings() -> list[Any]:
            return [reader.postings(field, word) for word in words]

        try:
            postings = open_postings()
        except TermNotFound:
            return NullMatcher()
        return _AdjacentMatcher(self.child.matcher(searcher, context), postings, open_postings)


class _AdjacentMatcher(WrappingMatcher):
    """Passes on a candidate only if the words have consecutive positions in it.

    The word postings move forward only (candidates come in increasing order), so each is
    read once per search at most.
    """

    def __init__(
        self, child: Any, postings: list[Any], open_postings: Callable[[], list[Any]]
    ) -> None:
        super().__init__(child)
        self._postings = postings
        self._open_postings = open_postings
        self._find_next()

    def _consecutive_in(self, docnum: int) -> bool:
        positions = []
        for posting in self._postings:
            if posting.is_active() and posting.id() < docnum:
                posting.skip_to(docnum)
            if not posting.is_active() or posting.id() != docnum:
                return False
            positions.append(set(posting.value_as("positions")))
        first, rest = positions[0], positions[1:]
        return any(all(start + i in later for i, later in enumerate(rest, 1)) for start in first)

    def _find_next(self) -> bool:
        child, moved_block = self.child, False
        while child.is_active() and not self._consecutive_in(child.id()):
            moved_block = bool(child.next()) or moved_block
        return moved_block

    def copy(self) -> _AdjacentMatcher:
        # A copy may be rewound independently, so it gets postings of its own.
        return _AdjacentMatcher(self.child.copy(), self._open_postings(), self._open_postings)

    def _replacement(self, newchild: Any) -> _AdjacentMatcher:
        # The replacement continues from the same document: the postings can be shared.
        return _AdjacentMatcher(newchild, self._postings, self._open_postings)

    def reset(self) -> None:
        self.child.reset()
        self._postings = self._open_postings()
        self._find_next()

    def next(self) -> bool:
        moved = bool(self.child.next())
        return self._find_next() or moved

    def skip_to(self, docnum: int) -> None:
        self.child.skip_to(docnum)
        self._find_next()

    def skip_to_quality(self, minquality: float) -> int:
        skipped = self.child.skip_to_quality(minquality)
        self._find_next()
        return skipped

    def all_ids(self) -> Any:
        while self.is_active():
            yield self.id()
            self.next()
