"""Value types shared by the rendering pipeline and its callers.

They live apart from render.py so that code which only resolves links (the
database-backed resolver) can import them without pulling in markdown-it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from forum.text.citations import Citation

MentionKind = Literal["user", "org"]


@dataclass(frozen=True, slots=True)
class MentionTarget:
    """What a resolver knows about an @handle: a user or an organisation."""

    kind: MentionKind
    id: int
    handle: str
    label: str
    url: str


@dataclass(frozen=True, slots=True)
class PageTarget:
    """What a resolver knows about a wiki title.

    For a page that does not exist yet, ``id`` is None, ``exists`` is False and
    ``url`` points at the create form, so a missing page is one click away.
    """

    id: int | None
    title: str
    url: str
    exists: bool


class LinkResolver(Protocol):
    """Batch lookups, so one render costs at most two queries whatever the text holds."""

    def resolve_mentions(self, handles: set[str]) -> dict[str, MentionTarget]:
        """Map lower-cased handles to targets; unknown handles are simply left out."""
        ...

    def resolve_pages(self, titles: set[str]) -> dict[str, PageTarget]:
        """Map titles (as written, whitespace collapsed) to targets, missing pages included."""
        ...


@dataclass(frozen=True, slots=True)
class Mention:
    """An @mention found in the text; ``kind`` and ``id`` are None when unresolved."""

    handle: str
    kind: MentionKind | None = None
    id: int | None = None

    @property
    def resolved(self) -> bool:
        return self.id is not None


@dataclass(frozen=True, slots=True)
class WikiLink:
    """A [[wikilink]] found in the text; ``page_id`` is None for missing or unresolved pages."""

    title: str
    page_id: int | None = None
    statement_id: int | None = None
    exists: bool = False


@dataclass(frozen=True, slots=True)
class Rendered:
    """Sanitized HTML ready to store, plus what the text refers to (notifications, backlinks)."""

    html: str
    mentions: list[Mention] = field(default_factory=list)
    wikilinks: list[WikiLink] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
