"""Backend-neutral parsing of what a user typed into the search box.

The parser never raises: anything it does not understand is dropped or
downgraded to plain words, and the caller learns about lossy cleaning through
``ParsedQuery.warnings`` (message keys the app translates). No operator
syntax of either backend survives: terms are plain data, and each backend
builds its own query objects from them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

MAX_QUERY_CHARS = 1000
#: Budget of words across all terms (a phrase spends one per word), which is
#: what bounds the cost of the generated backend query.
MAX_TERMS = 32
MAX_WORD_CHARS = 64
MAX_FILTER_VALUES = 16
MAX_FILTER_VALUE_CHARS = 100
MIN_PREFIX_CHARS = 2
#: Raw input beyond this is cut before any per-character work is done.
_RAW_HARD_CAP = MAX_QUERY_CHARS * 4

FILTER_FIELDS: frozenset[str] = frozenset({"org", "in", "author", "kind"})

# Warning message keys.
W_TRUNCATED = "query_truncated"
W_TOO_MANY_TERMS = "too_many_terms"
W_TOO_MANY_FILTERS = "too_many_filters"
W_INVALID_CHARS = "invalid_characters_removed"
W_TERM_TOO_LONG = "term_too_long"
W_PREFIX_TOO_SHORT = "prefix_too_short"
W_OPERATORS_IGNORED = "operators_ignored"

TermKind = Literal["word", "phrase", "prefix"]

_OPERATORS = frozenset({"AND", "OR", "NOT"})
_WORD_RE = re.compile(r"\w+")
_TOKEN_RE = re.compile(
    r"""
    (?P<fname>[^\W\d_]\w*):(?:"(?P<fqval>[^"]*)"?|(?P<fval>[^\s"]+))
    | "(?P<phrase>[^"]*)"
    | (?P<quote>")
    | (?P<word>[^\s"]+)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """A word, an exact phrase (two or more words) or a prefix (without '*')."""

    kind: TermKind
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def render(self) -> str:
        if self.kind == "phrase":
            return f'"{self.text}"'
        if self.kind == "prefix":
            return f"{self.text}*"
        return self.text


@dataclass(frozen=True)
class ParsedQuery:
    terms: list[QueryTerm] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.terms

    def render(self, terms: list[QueryTerm] | None = None) -> str:
        """Query text for these terms (default: our own) plus our filters.

        Used to offer a corrected query ("did you mean") that keeps the user's
        field filters.
        """
        parts = [
            f'{name}:"{value}"' if " " in value else f"{name}:{value}"
            for name, values in self.filters.items()
            for value in values
        ]
        parts.extend(term.render() for term in (self.terms if terms is None else terms))
        return " ".join(parts)


class _Builder:
    """Accumulates terms and filters while enforcing the budgets."""

    def __init__(self) -> None:
        self.terms: list[QueryTerm] = []
        self.filters: dict[str, list[str]] = {}
        self.warnings: list[str] = []
        self._budget = MAX_TERMS
        self._seen: set[tuple[str, tuple[str, ...]]] = set()
        self._filter_count = 0

    def warn(self, key: str) -> None:
        if key not in self.warnings:
            self.warnings.append(key)

    def add_term(self, kind: TermKind, words: list[str]) -> None:
        kept = [w for w in words if len(w) <= MAX_WORD_CHARS]
        if len(kept) != len(words):
            self.warn(W_TERM_TOO_LONG)
        if not kept:
            return
        if self._budget <= 0:
            self.warn(W_TOO_MANY_TERMS)
            return
        if len(kept) > self._budget:
            self.warn(W_TOO_MANY_TERMS)
            kept = kept[: self._budget]
        if kind == "phrase" and len(kept) == 1:
            kind = "word"  # a quoted single word is just that word
        key = (kind, tuple(w.casefold() for w in kept))
        if key in self._seen:
            return
        self._seen.add(key)
        self._budget -= len(kept)
        self.terms.append(QueryTerm(kind, tuple(kept)))

    def add_filter(self, name: str, value: str) -> None:
        value = " ".join(value.split())[:MAX_FILTER_VALUE_CHARS]
        if not value:
            return
        if self._filter_count >= MAX_FILTER_VALUES:
            self.warn(W_TOO_MANY_FILTERS)
            return
        values = self.filters.setdefault(name, [])
        if value not in values:
            values.append(value)
            self._filter_count += 1


def _clean(raw: object, builder: _Builder) -> str:
    if not isinstance(raw, str):
        return ""
    if len(raw) > _RAW_HARD_CAP:
        raw = raw[:_RAW_HARD_CAP]
        builder.warn(W_TRUNCATED)
    text = unicodedata.normalize("NFC", raw)
    chars: list[str] = []
    removed = False
    for char in text:
        if char.isspace():
            chars.append(" ")
        elif unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            # NUL, other controls, bidi overrides, zero-width chars, lone
            # surrogates and private-use chars (our highlight sentinels).
            removed = True
        else:
            chars.append(char)
    if removed:
        builder.warn(W_INVALID_CHARS)
    cleaned = "".join(chars).strip()
    if len(cleaned) > MAX_QUERY_CHARS:
        cleaned = cleaned[:MAX_QUERY_CHARS]
        builder.warn(W_TRUNCATED)
    return cleaned


def _add_plain_token(token: str, builder: _Builder) -> None:
    """A run of non-space characters outside quotes."""
    if token in _OPERATORS:
        builder.warn(W_OPERATORS_IGNORED)
        return
    if token.endswith(":") and token[:-1].lower() in FILTER_FIELDS:
        return  # "org:" with nothing after it
    # "foo:bar" with an unknown field name is two ordinary words.
    for piece in token.split(":"):
        _add_piece(piece, builder)


def _add_piece(piece: str, builder: _Builder) -> None:
    words = _WORD_RE.findall(piece)
    if not words:
        return  # punctuation, operators, emoji, bare '*': nothing to search
    stripped = piece.rstrip("*")
    if stripped != piece and len(words) == 1 and stripped.endswith(words[0]):
        if len(words[0]) >= MIN_PREFIX_CHARS:
            builder.add_term("prefix", words)
        else:
            builder.warn(W_PREFIX_TOO_SHORT)
        return
    if len(words) == 1:
        builder.add_term("word", words)
    else:
        # Internal punctuation ("e-post", "covid-19", "1.2") means the parts
        # belong together, so they must appear next to each other.
        builder.add_term("phrase", words)


def _add_field(match: re.Match[str], builder: _Builder) -> None:
    name = match.group("fname")
    quoted = match.group("fqval")
    value = quoted if quoted is not None else match.group("fval") or ""
    if name.lower() in FILTER_FIELDS:
        builder.add_filter(name.lower(), value)
        return
    _add_piece(name, builder)
    if quoted is not None:
        builder.add_term("phrase", _WORD_RE.findall(quoted))
    else:
        _add_plain_token(value, builder)


def parse_user_query(raw: str) -> ParsedQuery:
    """Parse a search box string into terms, filters and warnings. Never raises."""
    builder = _Builder()
    text = _clean(raw, builder)
    for match in _TOKEN_RE.finditer(text):
        if match.group("fname") is not None:
            _add_field(match, builder)
        elif match.group("phrase") is not None:
            builder.add_term("phrase", _WORD_RE.findall(match.group("phrase")))
        elif match.group("word") is not None:
            _add_plain_token(match.group("word"), builder)
        # a lone quote (group "quote") is simply dropped
    return ParsedQuery(terms=builder.terms, filters=builder.filters, warnings=builder.warnings)
