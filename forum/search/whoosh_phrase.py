"""Exact phrase matching for Whoosh without span objects.

Whoosh's ``Phrase`` turns every position of every candidate document into a ``Span`` object
and compares them pairwise. With common words (a word that occurs 30 times in each of
100,000 documents) that is seconds per query. ``ExactPhrase`` matches the same documents:
it intersects the words' posting lists and accepts a document when the word positions,
shifted by each word's place in the phrase, have a common start. The positions are decoded
with C-level helpers and compared as sets.

Two more things the span matcher does not do:
 * it passes block-quality skipping through to the intersection, so when the search ranks
   only the best documents most candidates are skipped without decoding their positions
   (a filter only removes documents, so the intersection's quality is still an upper bound);
 * a word repeated in the phrase is read once.

When the field has common-grams companions (:mod:`forum.search.common_grams`), triples of
frequent pairs and pairs of common words are looked up as single terms of those fields
instead of their words: all the fields number positions alike, so the same position check
covers a mix of triple, pair and word terms.

Ranking is that of the intersection (BM25 of the terms looked up), as for Whoosh's phrase.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import accumulate
from pickle import loads
from typing import Any

from whoosh import matching
from whoosh.formats import Positions
from whoosh.query import And, Query, Term
from whoosh.system import _INT_SIZE
from whoosh.util import make_binary_tree

from forum.search.common_grams import (
    common_words_of,
    frequent_pairs_of,
    grams_field_name,
    phrase_parts,
    triples_field_name,
)
from forum.search.whoosh_filter import SkippingMatcher


def _fast_positions(raw: bytes) -> Iterable[int]:
    """Positions of one posting of a plain ``Positions`` field (see Positions.encode:
    a count, then a pickled list of deltas whose trailing STOP byte may be stripped)."""
    if not raw.endswith(b"."):
        raw += b"."
    # Our own index files, which Whoosh itself unpickles the same way.
    return accumulate(loads(raw[_INT_SIZE:]))  # noqa: S301


class ExactPhrase(Query):
    """Documents in which ``words`` occur next to each other, in order, in ``fieldname``."""

    #: False: look up the words only, never pair terms (the bench's same-run baseline).
    use_grams = True
    #: False: pairs but no triples (the bench's other baseline).
    use_triples = True

    def __init__(self, fieldname: str, words: list[str], boost: float = 1.0) -> None:
        self.fieldname = fieldname
        self.words = list(words)
        self.boost = boost
        # The last schema's lookups: a search asks for them once to estimate the size and
        # again for each segment's matcher, always with the same schema.
        self._lookups_for: tuple[Any, dict[tuple[str, str], list[int]]] | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.fieldname!r}, {self.words!r}, boost={self.boost})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ExactPhrase) and (self.fieldname, self.words, self.boost) == (
            other.fieldname,
            other.words,
            other.boost,
        )

    def __hash__(self) -> int:
        return hash((type(self), self.fieldname, tuple(self.words), self.boost))

    def has_terms(self) -> bool:
        return True

    def terms(self, phrases: bool = True) -> Iterator[tuple[str, str]]:
        for word in dict.fromkeys(self.words):
            yield self.fieldname, word

    def _lookups(self, schema: Any) -> dict[tuple[str, str], list[int]]:
        """(field, term) → the term's offsets in the phrase: triple and pair terms of the
        grams fields where the field has them (and ``use_grams``), else the words."""
        cached = self._lookups_for
        if cached is not None and cached[0] is schema:
            return cached[1]
        lookups = self._work_out_lookups(schema)
        self._lookups_for = (schema, lookups)
        return lookups

    def _work_out_lookups(self, schema: Any) -> dict[tuple[str, str], list[int]]:
        name = self.fieldname
        common = common_words_of(schema, name) if self.use_grams else None
        frequent = frequent_pairs_of(schema, name) if common and self.use_triples else None
        parts = phrase_parts(self.words, common or frozenset(), frequent or frozenset())
        field_of = {1: name, 2: grams_field_name(name), 3: triples_field_name(name)}
        lookups: dict[tuple[str, str], list[int]] = {}
        for size, text, at in parts:
            lookups.setdefault((field_of[size], text), []).append(at)
        return lookups

    def _terms_query(self, schema: Any) -> Query:
        return And([Term(field, text) for field, text in self._lookups(schema)])

    def estimate_size(self, ixreader: Any) -> int:
        return self._terms_query(ixreader.schema).estimate_size(ixreader)

    def estimate_min_size(self, ixreader: Any) -> int:
        return self._terms_query(ixreader.schema).estimate_min_size(ixreader)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if not self.words or self.fieldname not in searcher.schema:
            return matching.NullMatcher()
        lookups = self._lookups(searcher.schema)
        decoders = {field: _decoder(searcher.schema, field) for field, _ in lookups}
        # Rarest term first: its positions are the fewest and most often end the check.
        reader = searcher.reader()
        order = sorted(lookups, key=lambda key: reader.doc_frequency(*key))
        leaves = []
        for field, text in order:
            leaf = Term(field, text).matcher(searcher, context)
            if not leaf.is_active():
                return matching.NullMatcher()  # a term that occurs nowhere
            leaves.append((leaf, tuple(lookups[field, text]), decoders[field]))
        # One term (a pair or a lone word) has nothing to line up.
        single = len(leaves) == 1 and len(leaves[0][1]) == 1
        m = leaves[0][0] if single else _PhraseMatcher(leaves)
        if self.boost != 1.0:
            m = matching.WrappingMatcher(m, boost=self.boost)
        return m


def _decoder(schema: Any, fieldname: str) -> Any:
    field = schema[fieldname]
    if not field.format or not field.format.supports("positions"):
        raise ValueError(f"{fieldname!r} has no positions")
    return _fast_positions if type(field.format) is Positions else field.format.decode_positions


class _PhraseMatcher(SkippingMatcher):
    """The intersection of the words' postings, keeping documents where they are adjacent.

    ``replace()`` keeps this matcher as it is: the leaves are referenced for their
    positions, so the tree under it must not be rebuilt.
    """

    def __init__(self, leaves: list[tuple[Any, tuple[int, ...], Any]]) -> None:
        matchers = [m for m, _, _ in leaves]
        super().__init__(
            matchers[0]
            if len(matchers) == 1
            else make_binary_tree(matching.IntersectionMatcher, matchers)
        )
        self._leaves = leaves
        self._find_next()

    def _accepts(self) -> bool:
        """Whether the words stand next to each other in the current document."""
        starts: set[int] | None = None
        for leaf, offsets, decode in self._leaves:
            positions = tuple(decode(leaf.value()))
            for offset in offsets:
                shifted = {p - offset for p in positions}
                starts = shifted if starts is None else starts & shifted
                if not starts:
                    return False
        return True

    def copy(self) -> Any:
        # whoosh3's posting matchers (W3LeafMatcher) cannot be copied either.
        raise NotImplementedError("phrase matchers are not copied")

    def replace(self, minquality: float = 0) -> Any:
        return self if self.is_active() else matching.NullMatcher()

    def spans(self) -> Any:
        raise NotImplementedError("ExactPhrase does not produce spans")
