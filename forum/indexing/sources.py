"""Turning database rows into SearchDocs. Each content kind registers a loader here.

A loader takes ids and returns {doc_id: SearchDoc} for the ones that exist and should be
searchable (a deleted post simply is not returned, so the indexer deletes it). `scope` is the
access key the query service matches against the reader's scopes (see scopes.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html import unescape

from forum.search import SearchDoc

Loader = Callable[[list[int]], dict[str, SearchDoc]]
AllIds = Callable[[], Iterator[int]]
# (reader, ids) -> the ids this reader may open now, checked with the feature's access module.
Visible = Callable[[object, list[int]], set[int]]


@dataclass(frozen=True)
class Source:
    kind: str
    load: Loader
    all_ids: AllIds
    visible: Visible


SOURCES: dict[str, Source] = {}


def register(kind: str, load: Loader, all_ids: AllIds, visible: Visible) -> None:
    SOURCES[kind] = Source(kind, load, all_ids, visible)


def split_doc_id(doc_id: str) -> tuple[str, int] | None:
    kind, _, raw = doc_id.partition(":")
    return (kind, int(raw)) if raw.isdigit() and kind in SOURCES else None


def load_docs(doc_ids: Iterable[str]) -> tuple[dict[str, SearchDoc], set[str]]:
    """The current documents for these ids, and the ids that no longer exist (to delete)."""
    wanted: dict[str, list[int]] = {}
    unknown: set[str] = set()
    for doc_id in set(doc_ids):
        parsed = split_doc_id(doc_id)
        if parsed is None:
            unknown.add(doc_id)
        else:
            wanted.setdefault(parsed[0], []).append(parsed[1])
    found: dict[str, SearchDoc] = {}
    for kind, ids in wanted.items():
        found.update(SOURCES[kind].load(sorted(ids)))
    missing = {f"{kind}:{i}" for kind, ids in wanted.items() for i in ids} - set(found)
    return found, missing | unknown


_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def html_to_text(html: str) -> str:
    """Sanitized HTML to plain text for the index (block tags become spaces)."""
    return _SPACE.sub(" ", unescape(_TAGS.sub(" ", html))).strip()
