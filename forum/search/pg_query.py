"""tsquery construction and ts_headline post-processing for PostgreSQL.

User text only ever reaches SQL as bound parameters, and only through
plainto_tsquery/phraseto_tsquery (which accept any text and never raise) or
as a prefix lexeme made of letters and digits only.

Per term:
 * word   → plainto_tsquery('swedish') || plainto_tsquery('english')  (OR)
 * phrase → phraseto_tsquery in the configurations forum.search.pg_phrases chose:
   the first that keeps every word (exact, like Whoosh's positional phrase, and
   inflection-tolerant), else both ANDed (each leaves a gap for its stop words,
   and requiring both keeps the phrase exact).
 * prefix → 'lexeme':* (the English stemmer leaves most Swedish words whole,
   so prefixes of long Swedish words still meet an indexed lexeme)
Terms are ANDed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR

from forum.search.pg_phrases import CONFIGS, Phrases, prepared
from forum.search.query import QueryTerm
from forum.search.snippets import (
    escape,
    expand_to_words,
    flags_to_spans,
    parse_sentinels,
    plain_snippet,
    render_marked,
    widen_to_edges,
    with_ellipses,
)
from forum.search.text import fold_accents, prepare_english, prepare_swedish

START_SEL = "\ue000"
STOP_SEL = "\ue001"
_SELECTORS = f"StartSel={START_SEL}, StopSel={STOP_SEL}"
#: First pass (Swedish) chooses the fragment; ~30 words is about 200 chars.
BODY_OPTIONS = f"{_SELECTORS}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1"
#: Titles, and the second (English) pass over the chosen fragment: mark only.
ALL_OPTIONS = f"{_SELECTORS}, HighlightAll=true"
#: ts_rank_cd weights {D, C, B, A}: body is B, title is A.
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"
#: Divide rank by 1 + log(document length), so long wiki pages don't win by size.
RANK_NORMALIZATION = 1


def _or(left: Any, right: Any) -> Any:
    return left.op("||", return_type=TSQUERY)(right)


def _and(left: Any, right: Any) -> Any:
    return left.op("&&", return_type=TSQUERY)(right)


def _concat(left: Any, right: Any) -> Any:
    return left.op("||", return_type=TSVECTOR)(right)


def tsvector_expr(title_sv: Any, title_en: Any, body_sv: Any, body_en: Any) -> Any:
    """The indexed vector, from the four prepared texts (bound parameters)."""

    def weighted(config: str, text: Any, weight: str) -> Any:
        # The weight is a constant "char" literal, never user input.
        return sa.func.setweight(
            sa.func.to_tsvector(config, text), sa.literal_column(f"'{weight}'::\"char\"")
        )

    return _concat(
        _concat(weighted("swedish", title_sv, "A"), weighted("english", title_en, "A")),
        _concat(weighted("swedish", body_sv, "B"), weighted("english", body_en, "B")),
    )


def prefix_lexeme(word: str) -> str:
    """Only letters and digits survive, so the tsquery literal cannot carry
    operators or quotes."""
    return "".join(ch for ch in fold_accents(word).lower() if ch.isalpha() or ch.isdecimal())


def term_tsquery(
    term: QueryTerm, *, strict: bool = True, phrases: Phrases | None = None
) -> Any | None:
    """``phrases`` says which configurations each phrase must match in (default: both).
    ``strict=False`` (highlighting only) ORs a phrase's two configurations and splits a
    phrase of three or more words into its overlapping pairs of words."""
    if term.kind == "word":
        word = term.words[0]
        return _or(
            sa.func.plainto_tsquery("swedish", prepare_swedish(word)),
            sa.func.plainto_tsquery("english", prepare_english(word)),
        )
    if term.kind == "phrase" and strict:
        chosen = phrases.get(term.words) if phrases else None
        result = None
        for config in chosen.configs if chosen else CONFIGS:
            query = sa.func.phraseto_tsquery(config, prepared(config, term))
            result = query if result is None else _and(result, query)
        return result
    if term.kind == "phrase":
        # ts_headline looks for covers of the whole query; for a phrase of three common
        # words that took ~6 ms a hit (PostgreSQL 15), pairs ~2 ms. A true occurrence is
        # marked whole all the same, as overlapping pairs.
        words = term.words
        parts = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)] or [words[0]]
        result = None
        for part in parts:
            for config, prepare in (("swedish", prepare_swedish), ("english", prepare_english)):
                query = sa.func.phraseto_tsquery(config, prepare(part))
                result = query if result is None else _or(result, query)
        return result
    lexeme = prefix_lexeme(term.words[0])
    if not lexeme:
        return None
    return sa.cast(sa.literal(f"'{lexeme}':*"), TSQUERY)


def _combine(
    terms: Sequence[QueryTerm], *, strict: bool, phrases: Phrases | None = None
) -> Any | None:
    parts = [
        q for term in terms if (q := term_tsquery(term, strict=strict, phrases=phrases)) is not None
    ]
    if not parts:
        return None
    join = _and if strict else _or
    result = parts[0]
    for part in parts[1:]:
        result = join(result, part)
    return result


def text_tsquery(terms: Sequence[QueryTerm], phrases: Phrases | None = None) -> Any | None:
    """The matching query: AND between terms (``phrases``: forum.search.pg_phrases.analyse)."""
    return _combine(terms, strict=True, phrases=phrases)


def highlight_tsquery(terms: Sequence[QueryTerm]) -> Any | None:
    """Everything ORed, for ts_headline.

    Each ts_headline pass parses the text with one configuration only, so it
    can never satisfy an AND whose parts come from the other configuration
    (e.g. the English half of a phrase) and would then mark nothing. The
    document is already known to match; here we only want every matching
    word marked."""
    return _combine(terms, strict=False)


def rank_expr(tsv: Any, tsq: Any) -> Any:
    weights = sa.literal_column(f"'{RANK_WEIGHTS}'::float4[]")
    return sa.func.ts_rank_cd(weights, tsv, tsq, RANK_NORMALIZATION)


def headline_expr(prepared: Any, tsq: Any, *, whole: bool) -> Any:
    """Swedish pass (chooses the fragment) then English pass over it, so words
    matched through either configuration get marked."""
    first = sa.func.ts_headline("swedish", prepared, tsq, ALL_OPTIONS if whole else BODY_OPTIONS)
    return sa.func.ts_headline("english", first, tsq, ALL_OPTIONS)


def render_headline(marked: str | None, original: str, prepared: str, *, whole: bool) -> str:
    """Turn ts_headline output (prepared text + sentinels) into safe HTML of
    the *original* text.

    ts_headline does not escape anything, so its output is never used as
    HTML: we strip the sentinels, find the fragment in the prepared text
    (which has the same length as the original, see forum.search.text), and
    escape the original characters at those offsets, adding <mark> around
    what PostgreSQL marked.
    """
    fallback = escape(original) if whole else plain_snippet(original)
    if not marked:
        return fallback
    fragment, flags = parse_sentinels(marked, START_SEL, STOP_SEL)
    start = prepared.find(fragment)
    if start < 0 or not any(flags):
        return fallback
    end = start + len(fragment)
    # The prepared text may hide a word's last letter (Swedish "-an" rewrite),
    # so marks and the fragment itself are grown to whole words of the original.
    spans = expand_to_words(original, [(a + start, b + start) for a, b in flags_to_spans(flags)])
    [(start, end)] = expand_to_words(original, [(start, end)])
    start, end = widen_to_edges(original, start, end)
    html = render_marked(original[start:end], [(a - start, b - start) for a, b in spans])
    if whole:
        return escape(original[:start]) + html + escape(original[end:])
    return with_ellipses(html, original, start, end)
