"""Whoosh schema, query construction and highlighting (no index lifecycle here).

Query shape: every parsed term becomes a sub-query, AND between terms.
 * word    → Swedish-stem OR English-stem match in title (boosted) or body;
             DisjunctionMax over the two languages so a word that stems the
             same in both does not score double
 * phrase  → exact adjacency on the unstemmed positional fields (ExactPhrase)
 * prefix  → Prefix on the unstemmed fields (a stem is not a useful prefix base)
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from whoosh.fields import DATETIME, ID, STORED, TEXT, Schema
from whoosh.query import And, DateRange, DisjunctionMax, Or, Prefix, Query, Term

from forum.search.analysis import (
    MatchMarker,
    english_analyzer,
    plain_analyzer,
    swedish_analyzer,
    word_forms,
)
from forum.search.common_grams import (
    BASE_COMMON,
    grams_field,
    grams_field_name,
    triples_field,
    triples_field_name,
)
from forum.search.documents import SearchQuery
from forum.search.query import ParsedQuery, QueryTerm
from forum.search.snippets import escape, mark_words, plain_snippet
from forum.search.whoosh_phrase import ExactPhrase

TITLE_BOOST = 2.5
#: The phrase query class; bench/search_bench.py swaps in Whoosh's own span-based ``Phrase``
#: (same arguments) to measure both in one run.
PHRASE_QUERY: type[Query] = ExactPhrase
ID_FIELDS = ("org_id", "space_id", "group_id", "author_id")
#: The positional fields that have a common-grams companion.
GRAMS_FOR = ("title_plain", "body_plain")


def build_schema() -> Schema:
    return Schema(
        doc_id=ID(unique=True, stored=True),
        kind=ID(stored=True),
        scope=ID(stored=True),
        # Ids as ID (exact string terms): we only ever test equality, and Term
        # on an ID field is simpler than NUMERIC's trie-encoded terms.
        org_id=ID(stored=True),
        space_id=ID(stored=True),
        group_id=ID(stored=True),
        author_id=ID(stored=True),
        created_at=DATETIME(stored=True, sortable=True),
        url=STORED(),
        title=STORED(),
        body=STORED(),
        # Stemmed fields only need frequencies (BM25F), not positions.
        title_sv=TEXT(analyzer=swedish_analyzer(), phrase=False),
        title_en=TEXT(analyzer=english_analyzer(), phrase=False),
        body_sv=TEXT(analyzer=swedish_analyzer(), phrase=False),
        body_en=TEXT(analyzer=english_analyzer(), phrase=False),
        # Unstemmed, positional: phrases, prefixes and spelling suggestions.
        title_plain=TEXT(analyzer=plain_analyzer(), phrase=True),
        body_plain=TEXT(analyzer=plain_analyzer(), phrase=True),
        # Pairs of common words and triples of frequent pairs, for fast phrases
        # (forum.search.common_grams); a rebuild replaces them with fields carrying the
        # common words and frequent pairs of the data.
        **{grams_field_name(name): grams_field(BASE_COMMON) for name in GRAMS_FOR},
        **{triples_field_name(name): triples_field(()) for name in GRAMS_FOR},
    )


def _word_query(word: str) -> Query | None:
    sv, en, _plain = word_forms(word)
    if not sv and not en:
        return None
    title = DisjunctionMax([Term("title_sv", sv), Term("title_en", en)], boost=TITLE_BOOST)
    body = DisjunctionMax([Term("body_sv", sv), Term("body_en", en)])
    return Or([title, body])


def _plain_words(term: QueryTerm) -> list[str]:
    return [form for w in term.words if (form := word_forms(w)[2])]


def term_query(term: QueryTerm) -> Query | None:
    if term.kind == "word":
        return _word_query(term.words[0])
    words = _plain_words(term)
    if not words:
        return None
    if term.kind == "prefix":
        return Or(
            [Prefix("title_plain", words[0], boost=TITLE_BOOST), Prefix("body_plain", words[0])]
        )
    return Or(
        [PHRASE_QUERY("title_plain", words, boost=TITLE_BOOST), PHRASE_QUERY("body_plain", words)]
    )


def text_query(terms: list[QueryTerm]) -> Query | None:
    """AND of the term queries; None when nothing searchable is left."""
    parts = [q for term in terms if (q := term_query(term)) is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def _any_of(fieldname: str, values: frozenset[Any]) -> Query:
    return Or([Term(fieldname, str(v)) for v in sorted(values, key=str)])


def _utc_midnight(day: date) -> datetime:
    # DATETIME stores naive values; we always store UTC.
    return datetime.combine(day, time.min)


def filter_query(query: SearchQuery, scopes: frozenset[str]) -> Query:
    """Access scopes plus structured filters, applied inside the matcher tree
    (forum.search.whoosh_filter) so non-matching documents are never collected, counted or
    scored."""
    parts: list[Query] = [_any_of("scope", scopes)]
    for fieldname, values in (
        ("kind", query.kinds),
        ("org_id", query.org_ids),
        ("space_id", query.space_ids),
        ("group_id", query.group_ids),
        ("author_id", query.author_ids),
    ):
        if values:
            parts.append(_any_of(fieldname, values))
    if query.date_from or query.date_to:
        start = _utc_midnight(query.date_from) if query.date_from else None
        end = _utc_midnight(query.date_to + timedelta(days=1)) if query.date_to else None
        parts.append(DateRange("created_at", start, end, endexcl=True))
    return And(parts)


def stored_datetime(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def marker_for(parsed: ParsedQuery) -> MatchMarker:
    sv_terms: set[str] = set()
    en_terms: set[str] = set()
    plain_terms: set[str] = set()
    prefixes: list[str] = []
    for term in parsed.terms:
        if term.kind == "word":
            sv, en, _ = word_forms(term.words[0])
            sv_terms.add(sv)
            en_terms.add(en)
        elif term.kind == "phrase":
            plain_terms.update(_plain_words(term))
        else:
            prefixes.extend(_plain_words(term))
    return MatchMarker(sv_terms - {""}, en_terms - {""}, plain_terms, prefixes)


def highlight(text: str, marker: MatchMarker, *, whole: bool) -> str | None:
    """Best fragment of ``text`` (or all of it) with matches marked, or None if none."""
    return mark_words(text, marker.is_match, whole=whole)


def snippet_html(body: str, marker: MatchMarker) -> str:
    return highlight(body, marker, whole=False) or plain_snippet(body)


def title_html(title: str, marker: MatchMarker) -> str:
    return highlight(title, marker, whole=True) or escape(title)
