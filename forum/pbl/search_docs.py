"""PBL cases, closed sessions' minutes and shared journal entries as search documents.

Cases and minutes carry the scope of their group ('group:<id>', every member incl.
observers); a shared journal entry carries 'pbl-journal:<id>', a scope only the group's tutor
and members have (observers never read journals). Private entries are never indexed: the
loader leaves them out, so un-sharing an entry deletes its document. Each hit is checked
again through forum.pbl.access.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from forum.errors import NotFound
from forum.extensions import db
from forum.indexing.sources import register
from forum.pbl import access
from forum.pbl.models import JournalEntry, PblCase, PblSession, SessionStatus
from forum.search import SearchDoc


def load_cases(ids: list[int]) -> dict[str, SearchDoc]:
    cases = db.session.scalars(select(PblCase).where(PblCase.id.in_(ids))
                               .options(selectinload(PblCase.group)))
    return {f"case:{c.id}": SearchDoc(
        doc_id=f"case:{c.id}", kind="case", title=c.title, body=f"{c.tags}\n{c.body}",
        url=f"/pbl/c/{c.id}", scope=f"group:{c.group_id}", org_id=None, space_id=None,
        group_id=c.group_id, author_id=c.created_by_id, created_at=c.created_at)
        for c in cases}


def load_minutes(ids: list[int]) -> dict[str, SearchDoc]:
    rows = db.session.scalars(select(PblSession).where(
        PblSession.id.in_(ids), PblSession.status == SessionStatus.CLOSED)
        .options(selectinload(PblSession.group)))
    return {f"minutes:{s.id}": SearchDoc(
        doc_id=f"minutes:{s.id}", kind="minutes", title=f"{s.group.name} – {s.number}",
        body=f"{s.minutes}\n{s.question_for_next}", url=f"/pbl/s/{s.id}",
        scope=f"group:{s.group_id}", org_id=None, space_id=None, group_id=s.group_id,
        author_id=s.scribe_id, created_at=s.closed_at or s.starts_at) for s in rows}


def load_journals(ids: list[int]) -> dict[str, SearchDoc]:
    rows = db.session.scalars(select(JournalEntry).where(
        JournalEntry.id.in_(ids), JournalEntry.shared.is_(True))
        .options(selectinload(JournalEntry.author)))
    return {f"journal:{e.id}": SearchDoc(
        doc_id=f"journal:{e.id}", kind="journal", title=e.author.display_name, body=e.body,
        url=f"/pbl/j/{e.id}", scope=f"pbl-journal:{e.group_id}",
        org_id=e.author.organization_id, space_id=None, group_id=e.group_id,
        author_id=e.author_id, created_at=e.created_at) for e in rows}


def _visible(loader):
    def visible(user, ids: list[int]) -> set[int]:
        allowed = set()
        for i in ids:
            try:
                loader(user, i)
                allowed.add(i)
            except NotFound:
                pass
        return allowed
    return visible


def _all(column, *where) -> Iterator[int]:
    yield from db.session.scalars(select(column).where(*where).order_by(column))


def register_sources() -> None:
    register("case", load_cases, lambda: _all(PblCase.id), _visible(access.case_for_reader))
    register("minutes", load_minutes,
             lambda: _all(PblSession.id, PblSession.status == SessionStatus.CLOSED),
             _visible(access.session_for_reader))
    register("journal", load_journals,
             lambda: _all(JournalEntry.id, JournalEntry.shared.is_(True)),
             _visible(access.entry_for_reader))
