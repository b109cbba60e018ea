"""Provenance as a reader may see it: a thread's title only for its readers, a page only for
its readers. What the reader may not read is named generically, never by title."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from forum.accounts.models import Organization, User
from forum.discussions.access import readable_space_ids
from forum.discussions.models import Thread
from forum.distil.models import Distillation
from forum.extensions import db
from forum.wiki.access import readable_page_filter
from forum.wiki.models import WikiPage, WikiStatement


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a statement or page came from, as this reader may see it."""

    title: str | None  # None: the reader may not read the thread (or it is gone)
    url: str | None
    gone: bool
    answered_at: datetime | None
    organization: str | None


@dataclass(frozen=True, slots=True)
class Documented:
    title: str
    url: str


def origins(reader: User, page: WikiPage) -> dict[int | None, Origin]:
    """Statement id (None: the page itself) → where it came from."""
    rows = db.session.execute(
        select(Distillation, Thread.space_id, Organization.name)
        .outerjoin(Thread, Thread.id == Distillation.thread_id)
        .outerjoin(Organization, Organization.id == Distillation.answering_org_id)
        .where(Distillation.page_id == page.id).order_by(Distillation.id)).all()
    if not rows:
        return {}
    spaces = set(readable_space_ids(reader))
    found: dict[int | None, Origin] = {}
    for row, space_id, org_name in rows:
        gone = row.thread_id is None
        readable = not gone and space_id in spaces
        found[row.statement_id] = Origin(
            row.thread_title if readable else None,
            f"/t/{row.thread_id}" if readable else None, gone, row.answered_at, org_name)
    return found


def documented_in(reader: User, thread: Thread) -> list[Documented]:
    """The statements and pages made from this thread that the reader may read."""
    # Most threads were never documented: one indexed look-up before the access filter.
    if db.session.scalar(select(Distillation.id).where(Distillation.thread_id == thread.id)
                         .limit(1)) is None:
        return []
    rows = db.session.execute(
        select(WikiPage.id, WikiPage.title, Distillation.statement_id, WikiStatement.removed_at)
        .join(Distillation, Distillation.page_id == WikiPage.id)
        .outerjoin(WikiStatement, WikiStatement.id == Distillation.statement_id)
        .where(Distillation.thread_id == thread.id, readable_page_filter(reader))
        .order_by(Distillation.id)).all()
    seen, found = set(), []
    for page_id, title, statement_id, removed_at in rows:
        url = f"/wiki/{page_id}" + (f"#s-{statement_id}" if statement_id else "")
        if url in seen or removed_at is not None:
            continue
        seen.add(url)
        found.append(Documented(title, url))
    return found


def documented_statements(doc_ids: Iterable[str]) -> set[str]:
    """Which of these search documents ("statement:12") are statements that a documented
    question became (search puts them first; the new-question hint too)."""
    ids = [int(doc_id.removeprefix("statement:")) for doc_id in doc_ids
           if doc_id.startswith("statement:") and doc_id.removeprefix("statement:").isdigit()]
    if not ids:
        return set()
    return {f"statement:{i}" for i in db.session.scalars(
        select(Distillation.statement_id).where(Distillation.statement_id.in_(ids)))}
