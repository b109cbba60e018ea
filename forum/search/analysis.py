"""Whoosh analyzers: one Swedish and one English stemming chain plus an
unstemmed "plain" chain for phrases, prefixes and spelling suggestions.

Only Whoosh's built-in filters are used, because the schema (with its
analyzers) is pickled into the index: a custom filter class would tie every
existing index to this module's import path.

Chain order is tokenize → fold accents → lowercase → (Swedish -an rewrite) →
stem. Why folding comes before stemming and why å/ä/ö are never folded is
explained in :mod:`forum.search.text`. No stop-word filter: phrases are
matched on exact adjacency, and BM25's IDF already makes "och"/"the" cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    SubstitutionFilter,
)
from whoosh.analysis.analyzers import Analyzer

from forum.search.text import SV_DEFINITE_RE, fold_charmap

#: Same word definition as forum.search.query (Python's Unicode \w), so a query
#: word is always exactly one token.
WORD_PATTERN = r"\w+"


def _base() -> Any:
    # Fold first: "İ".lower() is two characters (i + combining dot) that no
    # longer fold to "i"; the fold table covers upper and lower case alike.
    return RegexTokenizer(WORD_PATTERN) | CharsetFilter(fold_charmap()) | LowercaseFilter()


def swedish_analyzer() -> Analyzer:
    return _base() | SubstitutionFilter(SV_DEFINITE_RE, r"\1\2") | StemFilter(lang="sv")


def english_analyzer() -> Analyzer:
    return _base() | StemFilter(lang="en")


def plain_analyzer() -> Analyzer:
    return _base()


@lru_cache(maxsize=3)
def _cached(name: str) -> Analyzer:
    return {"sv": swedish_analyzer, "en": english_analyzer, "plain": plain_analyzer}[name]()


def analyze(name: str, text: str) -> list[str]:
    """Token texts of ``text`` through analyzer ``name`` ('sv', 'en', 'plain')."""
    return [token.text for token in _cached(name)(text)]


# Sized for a large vocabulary: highlighting looks up every word of every shown hit.
@lru_cache(maxsize=65536)
def word_forms(word: str) -> tuple[str, str, str]:
    """(swedish stem, english stem, plain form) of one token (any case)."""
    plain = analyze("plain", word)
    sv = analyze("sv", word)
    en = analyze("en", word)
    return (sv[0] if sv else "", en[0] if en else "", plain[0] if plain else "")


class MatchMarker:
    """Decides for one word of a hit whether to highlight it: when any analysis of it
    (Swedish stem, English stem, plain form, plain prefix) hits the query. Our query spans
    three analyses, which Whoosh's own highlighter (one field's terms) cannot express."""

    def __init__(
        self,
        sv_terms: Iterable[str],
        en_terms: Iterable[str],
        plain_terms: Iterable[str],
        prefixes: Iterable[str],
    ) -> None:
        self.sv_terms = frozenset(sv_terms)
        self.en_terms = frozenset(en_terms)
        self.plain_terms = frozenset(plain_terms)
        self.prefixes = tuple(prefixes)

    def is_match(self, token_text: str) -> bool:
        sv, en, plain = word_forms(token_text)
        return (
            sv in self.sv_terms
            or en in self.en_terms
            or plain in self.plain_terms
            or (bool(self.prefixes) and plain.startswith(self.prefixes))
        )
