"""Common grams: pairs of very common words get their own term.

A phrase of common words ("för att", "sjukskrivning och") is slow for a positional index:
nearly every document holds both words, so the phrase check must walk nearly all of them.
Like Lucene's CommonGramsFilter, each unstemmed field ``X`` has a companion field
``X_grams`` that holds, at the position of the first word, one term for every pair of
adjacent words that are both common (``för+att``). A phrase then looks up those pair terms,
which are far rarer than their words, and the words no pair covers (:func:`phrase_parts`):
each of those is not common, so it bounds the documents to check.

Lucene pairs a common word with any neighbour. Measured on the bench corpus that made the
index 3.6 times as large and single updates 3.7 times as slow, for the same phrase speed as
pairing only common words with each other (1.7 and 1.5 times; bench/README.md).

Which words count as common is decided from the data when the index is rebuilt (a sample
of the documents: every word in at least ``COMMON_MIN_SHARE`` of them) on top of a fixed
list of Swedish and English function words, and it is stored in the index itself (on the
grams fields of its schema), so the documents and the queries of one index always agree.

Triples: a pair of the most frequent words ("och+att" in 80 % of the documents) narrows a
phrase little, so a run of three words whose two pairs are both frequent (in at least
``FREQUENT_PAIR_SHARE`` of the sampled documents) also gets a term, ``och+att+det``, in a
second companion field ``X_grams3``. A phrase of such words is then one short posting list.
The frequent pairs are chosen and stored like the common words.

The grams fields are analysed by Whoosh's built-in filters only (the schema is pickled into
the index): we write the pair terms as text, one per word position with a filler where no
pair is made, and a StopFilter drops the fillers without renumbering the positions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Any

from whoosh.analysis import RegexTokenizer, StopFilter
from whoosh.analysis.analyzers import Analyzer
from whoosh.fields import TEXT

from forum.search.analysis import WORD_PATTERN
from forum.search.text import fold_charmap

GRAMS_SUFFIX = "_grams"
TRIPLES_SUFFIX = "_grams3"
#: Joins the two words of a pair; never part of a word (words are \w+).
JOIN = "+"
#: Stands for a word position that starts no pair; removed by the analyzer.
FILLER = "-"
#: Common in any forum, before there is data to tell (a new, empty index).
BASE_COMMON = frozenset(
    (
        "och", "att", "det", "som", "en", "ett", "på", "är", "av", "för", "med", "till", "inte",
        "har", "om", "de", "vi", "ska", "kan", "i", "jag", "den", "så", "var", "men", "från",
        "eller", "när", "vid", "hos", "nu", "än", "sin", "sig", "också", "the", "of", "and",
        "to", "a", "an", "in", "is", "it", "that", "for", "on", "with", "as", "be", "are",
        "this", "at", "by", "not", "or", "from", "was", "have", "has", "will", "can", "we",
        "you", "they",
    )
)
#: A word in at least this share of the sampled documents is common.
COMMON_MIN_SHARE = 0.05
#: A pair of common words in at least this share of the sampled documents is frequent: two
#: frequent pairs in a row make a triple.
FREQUENT_PAIR_SHARE = 0.05
#: Documents sampled at a rebuild; below MIN_SAMPLE only BASE_COMMON is used.
SAMPLE_SIZE = 2000
MIN_SAMPLE = 200

_WORD_RE = re.compile(WORD_PATTERN)


def grams_field_name(fieldname: str) -> str:
    return fieldname + GRAMS_SUFFIX


def triples_field_name(fieldname: str) -> str:
    return fieldname + TRIPLES_SUFFIX


def grams_analyzer() -> Analyzer:
    return RegexTokenizer(r"\S+") | StopFilter(stoplist=[FILLER], minsize=1, renumber=False)


def _field_carrying(attribute: str, values: Iterable[str]) -> Any:
    """A positional grams field carrying its word set (pickled with the schema)."""
    field = TEXT(analyzer=grams_analyzer(), phrase=True)
    setattr(field, attribute, frozenset(values))
    return field


def _carried(schema: Any, name: str, attribute: str) -> frozenset[str] | None:
    return getattr(schema[name], attribute, None) if name in schema else None


def grams_field(common: Iterable[str]) -> Any:
    return _field_carrying("common_words", common)


def triples_field(frequent_pairs: Iterable[str]) -> Any:
    return _field_carrying("frequent_pairs", frequent_pairs)


def common_words_of(schema: Any, fieldname: str) -> frozenset[str] | None:
    """The common words of ``fieldname``'s grams field, or None when it has none."""
    return _carried(schema, grams_field_name(fieldname), "common_words")


def frequent_pairs_of(schema: Any, fieldname: str) -> frozenset[str] | None:
    """The frequent pairs of ``fieldname``'s triples field, or None when it has none."""
    return _carried(schema, triples_field_name(fieldname), "frequent_pairs")


def plain_tokens(text: str) -> list[str]:
    """The words of ``text`` as the plain analyzer makes them (tokenize, fold, lowercase),
    in position order. Faster than running the analyzer; a test keeps the two equal."""
    table = fold_charmap()
    return [word.translate(table).lower() for word in _WORD_RE.findall(text)]


def is_pair(first: str, second: str, common: frozenset[str]) -> bool:
    return first in common and second in common


def pair_term(first: str, second: str) -> str:
    return f"{first}{JOIN}{second}"


def grams_texts(text: str, common: frozenset[str],
                frequent_pairs: frozenset[str]) -> tuple[str, str]:
    """Texts for the pairs field and the triples field, one term (or filler) per position."""
    tokens = plain_tokens(text)
    pairs = [pair_term(first, second) if is_pair(first, second, common) else FILLER
             for first, second in pairwise(tokens)]
    triples = [
        f"{first}{JOIN}{tokens[at + 2]}"
        if first in frequent_pairs and second in frequent_pairs else FILLER
        for at, (first, second) in enumerate(pairwise(pairs))
    ]
    return " ".join(pairs), " ".join(triples)


def phrase_parts(words: Sequence[str], common: frozenset[str],
                 frequent_pairs: frozenset[str] = frozenset()) -> list[tuple[int, str, int]]:
    """(words in the term: 1, 2 or 3; term; offset in the phrase) that together pin every
    word of the phrase.

    A term of n words at offset i says: words i to i+n-1 stand at start+i onwards. Triples
    come first; a pair is looked up unless a triple already pins both its words; words no
    pair or triple covers are looked up as themselves. Since every word's position is
    checked, adjacency of the whole phrase follows.
    """
    parts: list[tuple[int, str, int]] = []
    covered: set[int] = set()
    pairs = [pair_term(first, second) if is_pair(first, second, common) else None
             for first, second in pairwise(words)]
    for at, (first, second) in enumerate(pairwise(pairs)):
        if first in frequent_pairs and second in frequent_pairs:
            parts.append((3, f"{first}{JOIN}{words[at + 2]}", at))
            covered.update((at, at + 1, at + 2))
    for at, pair in enumerate(pairs):
        if pair is not None and not {at, at + 1} <= covered:
            parts.append((2, pair, at))
            covered.update((at, at + 1))
    parts.extend((1, word, at) for at, word in enumerate(words) if at not in covered)
    return parts


def choose_common(samples: Sequence[Sequence[str]]) -> frozenset[str]:
    """BASE_COMMON plus every word found in at least COMMON_MIN_SHARE of the sampled
    documents (``samples`` holds each document's plain tokens)."""
    if len(samples) < MIN_SAMPLE:
        return BASE_COMMON
    seen: Counter[str] = Counter()
    for tokens in samples:
        seen.update(set(tokens))
    threshold = COMMON_MIN_SHARE * len(samples)
    return BASE_COMMON | {word for word, count in seen.items() if count >= threshold}


def choose_frequent_pairs(samples: Sequence[Sequence[str]],
                          common: frozenset[str]) -> frozenset[str]:
    """Every pair of common words found in at least FREQUENT_PAIR_SHARE of the sampled
    documents (none below MIN_SAMPLE: no data, no triples)."""
    if len(samples) < MIN_SAMPLE:
        return frozenset()
    seen: Counter[str] = Counter()
    for tokens in samples:
        seen.update({pair_term(first, second) for first, second in pairwise(tokens)
                     if is_pair(first, second, common)})
    threshold = FREQUENT_PAIR_SHARE * len(samples)
    return frozenset(pair for pair, count in seen.items() if count >= threshold)
