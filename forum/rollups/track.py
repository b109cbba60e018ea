"""Keeping the rollups current, from the changes themselves.

Each function is called by the feature's `do_*` action, in the same transaction as the change
(so a rolled-back post is never counted), and writes a few upserts: no history is recounted.
`forum.insights.rebuild` computes the same rows from scratch, by the same rules:

- a post counts for its author's organization in the month it was written; the first post of
  a thread also counts as a thread started (and a question asked, and one received by the
  organization asked); every other post is a reply, "across lines" when its author's
  organization is not the thread starter's;
- a question is answered by the first post from its organization's line (the thread's
  `first_answer_at`); it counts in the month the question was asked;
- a read, a boundary page read and a review count once per person, object and month.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select

from forum.accounts.models import User
from forum.extensions import db
from forum.rollups import store
from forum.rollups.models import (
    InsightFirst,
    InsightOrgMonth,
    InsightPairMonth,
    InsightPerson,
    InsightSeen,
)
from forum.rollups.months import month_of


def _count(org_id: int, month, user_id: int | None, counter: str, amount: int = 1) -> None:
    store.add(InsightOrgMonth, {"organization_id": org_id, "month": month}, **{counter: amount})
    if user_id is not None:
        mark(user_id, org_id, month, counter)


def mark(user_id: int, org_id: int, month, kind: str) -> None:
    store.insert_once(InsightPerson, user_id=user_id, organization_id=org_id, month=month,
                      kind=kind)


class _Batch:
    """The rows one change adds to, written as one upsert per counter row and one insert for
    all the people marks (a post is 3-5 statements, whatever it counts)."""

    def __init__(self) -> None:
        self.counts: dict[tuple[int, object], dict[str, int]] = {}
        self.marks: dict[tuple, None] = {}

    def count(self, org_id: int, month, user_id: int | None, counter: str) -> None:
        row = self.counts.setdefault((org_id, month), {})
        row[counter] = row.get(counter, 0) + 1
        if user_id is not None:
            self.mark(user_id, org_id, month, counter)

    def mark(self, user_id: int, org_id: int, month, kind: str) -> None:
        self.marks[(user_id, org_id, month, kind)] = None

    def write(self) -> None:
        for (org_id, month), increments in self.counts.items():
            store.add(InsightOrgMonth, {"organization_id": org_id, "month": month},
                      **increments)
        store.insert_all_once(InsightPerson, [
            {"user_id": u, "organization_id": o, "month": m, "kind": k}
            for u, o, m, k in self.marks])


def post_created(actor: User, thread, post, answered: bool, now: datetime) -> None:
    """A new post (`answered`: it is the first answer to the thread's question)."""
    org, month = actor.organization_id, month_of(now)
    batch = _Batch()
    batch.count(org, month, actor.id, "posts")
    batch.mark(actor.id, org, month, "active")
    if post.seq == 1:
        _thread_started(batch, actor, thread, month)
    else:
        _reply(batch, actor, thread, org, month, now)
    if answered:
        question_month = month_of(thread.created_at)
        batch.count(thread.question_org_id, question_month, actor.id, "questions_answered")
        store.insert_once(InsightFirst, thread_id=thread.id, kind="answer",
                          from_org_id=thread.question_org_id, to_org_id=_starter_org(thread),
                          month=question_month, started_at=thread.created_at, ended_at=now,
                          hours=hours_between(thread.created_at, now))
    batch.write()


def _thread_started(batch: _Batch, actor: User, thread, month) -> None:
    batch.count(actor.organization_id, month, actor.id, "threads")
    if thread.question_org_id is not None:
        batch.count(actor.organization_id, month, actor.id, "questions_asked")
        batch.count(thread.question_org_id, month, None, "questions_received")
        batch.mark(actor.id, thread.question_org_id, month, "questions_received")


def _reply(batch: _Batch, actor: User, thread, org: int, month, now: datetime) -> None:
    batch.count(org, month, actor.id, "replies")
    starter = _starter_org(thread)
    if starter == org:
        return
    batch.count(org, month, actor.id, "replies_cross")
    store.add(InsightPairMonth, {"from_org_id": org, "to_org_id": starter, "month": month},
              replies=1)
    batch.mark(actor.id, org, month, f"to:{starter}")
    store.insert_once(InsightFirst, thread_id=thread.id, kind="reply", from_org_id=org,
                      to_org_id=starter, month=month_of(thread.created_at),
                      started_at=thread.created_at, ended_at=now,
                      hours=hours_between(thread.created_at, now))


def hours_between(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def _starter_org(thread) -> int:
    return db.session.execute(select(User.organization_id).where(
        User.id == thread.author_id)).scalar_one()


def thread_read(user: User, thread_id: int, now: datetime) -> None:
    _seen(user, "thread", thread_id, now, "thread_reads", active=True)


def boundary_read(user: User, page_id: int, now: datetime) -> None:
    """A read of another organization's boundary page (the caller checks whose it is)."""
    _seen(user, "boundary", page_id, now, "boundary_reads")


def page_reviewed(user: User, page_id: int, now: datetime) -> None:
    """A review of one of the reviewer's organization's pages (the caller checks)."""
    _seen(user, "review", page_id, now, "page_reviews")


def _seen(user: User, kind: str, object_id: int, now: datetime, counter: str,
          active: bool = False) -> None:
    month = month_of(now)
    if store.insert_once(InsightSeen, user_id=user.id, kind=kind, object_id=object_id,
                         month=month, organization_id=user.organization_id, at=now):
        _count(user.organization_id, month, user.id, counter)
        if active:
            mark(user.id, user.organization_id, month, "active")


def page_edited(actor: User, now: datetime) -> None:
    """A new revision of one of the editor's organization's pages (the caller checks)."""
    _count(actor.organization_id, month_of(now), actor.id, "page_edits")


def attendance_changed(user: User, session, present: bool,
                       other_sessions_attended: list[datetime]) -> None:
    """Someone was marked present (or no longer present) at a PBL session;
    `other_sessions_attended`: when the other sessions they attended began (the caller,
    forum.pbl.sessions, reads them: rollups imports no feature)."""
    month = month_of(session.starts_at)
    org = user.organization_id
    if present:
        _count(org, month, user.id, "pbl_attendance")
        return
    store.add(InsightOrgMonth, {"organization_id": org, "month": month}, pbl_attendance=-1)
    if not any(month_of(at) == month for at in other_sessions_attended):
        db.session.execute(delete(InsightPerson).where(
            InsightPerson.user_id == user.id, InsightPerson.organization_id == org,
            InsightPerson.month == month, InsightPerson.kind == "pbl_attendance"))




def is_own_page(actor: User, page) -> bool:
    """The page belongs to the actor's organization (or to an agency the office is part of)."""
    from forum.accounts.access import organization_line

    return page.organization_id is not None and page.organization_id in organization_line(
        actor.organization_id)


def is_other_boundary(reader: User, page) -> bool:
    return page.is_boundary and page.boundary_org_id is not None and not is_own_page(reader,
                                                                                     page)
