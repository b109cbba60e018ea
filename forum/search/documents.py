"""Value objects exchanged between the app and a search backend.

Everything is a frozen dataclass so a document or query can be shared between
threads without defensive copies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal

#: Kinds the app indexes today. Not enforced: a backend stores any kind string,
#: so adding a content type does not need a change here.
KNOWN_KINDS: frozenset[str] = frozenset(
    {"post", "thread", "page", "statement", "term", "case", "minutes", "journal"}
)

SortOrder = Literal["relevance", "date"]

#: Deep pages cost (page * per_page) collected hits in both backends; nobody
#: reads page 500 of a forum search, so the number is clamped rather than refused.
MAX_PAGE = 500
MAX_PER_PAGE = 100


@dataclass(frozen=True, slots=True)
class SearchDoc:
    """One searchable thing, flattened to plain text by the app.

    ``scope`` is an opaque access key ('all', 'space:3', 'org:4', 'group:7',
    'user:12'); a reader sees the document only if the key is in the scopes
    set passed to ``search()``.
    """

    doc_id: str
    kind: str
    title: str
    body: str
    url: str
    scope: str
    org_id: int | None
    space_id: int | None
    group_id: int | None
    author_id: int | None
    created_at: datetime

    def __post_init__(self) -> None:
        if not self.doc_id or not self.kind or not self.scope:
            raise ValueError("SearchDoc needs doc_id, kind and scope")
        if self.created_at.tzinfo is None or self.created_at.utcoffset() is None:
            # A naive timestamp would be silently shifted by whatever the server
            # timezone is; refuse it instead of guessing.
            raise ValueError("SearchDoc.created_at must be timezone-aware")
        object.__setattr__(self, "created_at", self.created_at.astimezone(UTC))


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What the app asks for. Empty frozensets mean "no filter on that field".

    ``text`` is the raw user text; backends parse it with
    :func:`forum.search.query.parse_user_query` and use only its terms. Field
    filters typed into the text (``org:x``) are resolved by the app into the
    id sets below, because only the app knows names and permissions.
    Dates are whole UTC days, both ends inclusive.
    """

    text: str
    kinds: frozenset[str] = frozenset()
    org_ids: frozenset[int] = frozenset()
    space_ids: frozenset[int] = frozenset()
    group_ids: frozenset[int] = frozenset()
    author_ids: frozenset[int] = frozenset()
    date_from: date | None = None
    date_to: date | None = None
    sort: SortOrder = "relevance"
    page: int = 1
    per_page: int = 20

    def __post_init__(self) -> None:
        if self.sort not in ("relevance", "date"):
            raise ValueError(f"unknown sort order {self.sort!r}")
        object.__setattr__(self, "page", max(1, min(int(self.page), MAX_PAGE)))
        object.__setattr__(self, "per_page", max(1, min(int(self.per_page), MAX_PER_PAGE)))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    @property
    def has_structured_filter(self) -> bool:
        """True when the query narrows by something other than text."""
        return bool(
            self.kinds
            or self.org_ids
            or self.space_ids
            or self.group_ids
            or self.author_ids
            or self.date_from
            or self.date_to
        )


@dataclass(frozen=True, slots=True)
class Hit:
    """One result row. ``snippet_html``/``title_html`` are safe to insert as
    element content: all document text is HTML-escaped and the only markup is
    ``<mark>…</mark>`` around matched words."""

    doc_id: str
    kind: str
    title: str
    url: str
    snippet_html: str
    title_html: str
    score: float
    created_at: datetime
    org_id: int | None
    space_id: int | None
    group_id: int | None
    author_id: int | None
    # Not required by the app contract, but handy for its per-hit access re-check.
    scope: str = ""


#: Counting every match of a very common word costs more than the search itself, and nobody
#: pages through a thousand hits: past this many, a result says "more than COUNT_LIMIT".
COUNT_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class SearchResult:
    total: int
    hits: list[Hit] = field(default_factory=list)
    page: int = 1
    per_page: int = 20
    suggestion: str | None = None
    #: True when more than ``total`` (== COUNT_LIMIT) documents match.
    total_capped: bool = False

    @classmethod
    def empty(cls, query: SearchQuery) -> SearchResult:
        return cls(total=0, hits=[], page=query.page, per_page=query.per_page)


def dedupe_docs(docs: Iterable[SearchDoc]) -> list[SearchDoc]:
    """Keep the last version of each doc_id in a batch.

    Both backends upsert a batch in one statement/commit, where two rows with
    the same key would either fail (PostgreSQL ON CONFLICT) or both survive
    (Whoosh only deletes already-committed duplicates).
    """
    latest: dict[str, SearchDoc] = {}
    for doc in docs:
        latest.pop(doc.doc_id, None)
        latest[doc.doc_id] = doc
    return list(latest.values())
