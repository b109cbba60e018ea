"""The contract every search backend fulfils (Whoosh and PostgreSQL today)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from forum.search.documents import SearchDoc, SearchQuery, SearchResult


@runtime_checkable
class SearchBackend(Protocol):
    def index(self, docs: Iterable[SearchDoc]) -> None:
        """Insert or replace documents by ``doc_id``. Recreates a missing index."""

    def delete(self, doc_ids: Iterable[str]) -> None:
        """Remove documents; unknown ids are ignored."""

    def search(self, query: SearchQuery, scopes: frozenset[str]) -> SearchResult:
        """Run ``query`` over documents whose scope is in ``scopes``.

        The scope restriction is part of the backend query itself, so totals,
        pages, snippets and spelling suggestions never reflect anything
        outside ``scopes``. Empty ``scopes`` returns an empty result. The app
        still re-checks each hit with its own access functions.

        Raises :class:`forum.search.errors.IndexUnavailable` when the index
        cannot be read (e.g. it is being rebuilt).
        """
        ...

    def clear(self) -> None:
        """Remove every document."""

    def rebuild(self, docs: Iterable[SearchDoc]) -> int:
        """Replace the whole index with ``docs`` (unique ids) in one write; returns the count.

        Searches see the old index until the new one is complete.
        """
        ...

    def is_present(self) -> bool:
        """Whether the index exists; cheap enough to ask every poll of the indexer.

        False means it was lost (a deleted Whoosh folder) and must be rebuilt from the
        database.
        """
        ...

    def count(self) -> int:
        """Number of indexed documents (all scopes)."""
        ...

    def close(self) -> None:
        """Release files/handles. The backend must not be used afterwards."""
