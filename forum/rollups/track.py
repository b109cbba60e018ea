"""Keeping the rollups current, from the changes themselves.

Posts (and with them threads, questions, replies across lines and first answers) are counted
by the worker: a new post's row is pending (`Post.rollup_pending`) and the job in
forum.insights.pending counts it and clears the flag in one transaction, by the rules in
forum.insights.rebuild (`tally_post`); `post_created` here only wakes the worker after the
commit. A rolled-back post leaves no row, so it is never counted.

The other functions are called by the feature's `do_*` action, in the same transaction as the
change, and write a few upserts: no history is recounted. `forum.insights.rebuild` computes
the same rows from scratch: a read, a boundary page read and a review count once per person,
object and month; a page edit for the editor's organization; PBL attendance in the month of
the session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import delete

from forum.accounts.models import User
from forum.accounts.workdays import working_days_between
from forum.extensions import db
from forum.rollups import store
from forum.rollups.models import InsightOrgMonth, InsightPerson, InsightSeen
from forum.rollups.months import month_of


def _count(org_id: int, month, user_id: int | None, counter: str, amount: int = 1) -> None:
    store.add(InsightOrgMonth, {"organization_id": org_id, "month": month},
              **{counter: amount, "changes": 1})
    if user_id is not None:
        mark(user_id, org_id, month, counter)


def mark(user_id: int, org_id: int, month, kind: str) -> None:
    store.insert_once(InsightPerson, user_id=user_id, organization_id=org_id, month=month,
                      kind=kind)


def use_waker(wake: Callable[[], None]) -> None:
    """create_app hands in how to wake the worker once the current transaction commits
    (forum.email.queue.note_due: the worker's after-commit wake-up, dropped on rollback)."""
    global _wake_worker
    _wake_worker = wake


def _no_worker() -> None:
    """No worker to wake (a script without create_app): the worker's poll finds the posts."""


_wake_worker: Callable[[], None] = _no_worker


def post_created() -> None:
    """A post was written. Its row carries the intent (`Post.rollup_pending`, true on insert)
    and the worker counts it (forum.insights.pending), so the post's transaction writes
    nothing for the rollups: this only asks for the worker to be woken after the commit."""
    _wake_worker()


def hours_between(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def wait_values(start: datetime, end: datetime) -> dict[str, float]:
    """A waiting time in each unit the dashboard may show (forum.insights.units), kept ready
    on its row: reading a stored number beats converting 700,000 times per report."""
    return {"hours": hours_between(start, end), "workdays": working_days_between(start, end)}


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
    store.add(InsightOrgMonth, {"organization_id": org, "month": month}, pbl_attendance=-1,
              changes=1)
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
