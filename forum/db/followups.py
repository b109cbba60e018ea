"""Work a change queues for right after its commit (a new post's notifications).

A new post's readers are waiting for it; the people it notifies can wait a few milliseconds
more. So the transaction that writes the post also writes a followup row, the post's
broadcast goes out at its commit, and the followup runs next, in a transaction of its own,
in the same process and request (the last after-commit step in forum.db.aftercommit; run by
`ForumSession.commit`). Discourse and Zulip do the same with job queues; here it is the
outbox pattern the search index already uses.

Nothing is lost or done twice:
- the row is written with the change, so it exists exactly when the change does;
- a followup is claimed by deleting its row in the transaction that does its work: if that
  work fails, the row comes back with the rollback (its `attempts` counted);
- rows left behind (the process stopped between the two commits, or the work failed) are
  picked up by a later commit anywhere once they are ABANDONED_AFTER old (each process looks
  every SWEEP_SECONDS), at most MAX_ATTEMPTS times.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from time import monotonic
from typing import Any

from sqlalchemy import JSON, Integer, String, bindparam, delete, insert, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from forum.db import UTCDateTime, db, unit_of_work, utcnow

log = logging.getLogger(__name__)

ABANDONED_AFTER = timedelta(seconds=30)
SWEEP_SECONDS = 5.0
MAX_ATTEMPTS = 5
_PENDING = "forum_followups"
_RUNNING = "forum_followups_running"

HANDLERS: dict[str, Callable[[dict[str, Any]], None]] = {}


class Followup(db.Model):
    __tablename__ = "followups"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


def handler(kind: str) -> Callable:
    """Register `fn(payload)` as the work for followups of this kind."""

    def register(fn: Callable[[dict[str, Any]], None]) -> Callable:
        HANDLERS[kind] = fn
        return fn

    return register


_INSERT = insert(Followup).returning(Followup.id)


def enqueue(kind: str, **payload: Any) -> None:
    """Queue work for right after the caller's transaction commits (JSON-able payload).
    Inserted at once, not through the unit of work: every post writes one."""
    followup_id = db.session.execute(_INSERT, {"kind": kind, "payload": payload,
                                               "created_at": utcnow(), "attempts": 0}
                                     ).scalar_one()
    db.session.info.setdefault(_PENDING, []).append(followup_id)


_CLAIM = (delete(Followup).where(Followup.id == bindparam("followup_id"))
          .returning(Followup.kind, Followup.payload))
_ABANDONED = (select(Followup.id)
              .where(Followup.created_at < bindparam("before", type_=UTCDateTime()),
                     Followup.attempts < MAX_ATTEMPTS)
              .order_by(Followup.id).limit(20))
_COUNT_ATTEMPT = (update(Followup).where(Followup.id == bindparam("followup_id"))
                  .values(attempts=Followup.attempts + 1))


def run_after_commit(session: Session) -> None:
    """The followups this session's last commit wrote, then (every few seconds) any that
    were left behind. Never raises: the change itself is committed whatever happens here."""
    if _PENDING not in session.info or session.info.get(_RUNNING):
        return  # nothing queued, or this is the commit of a followup's own work
    session.info[_RUNNING] = True
    try:
        while ids := session.info.pop(_PENDING, None):  # work may queue more work
            for followup_id in ids:
                run_one(session, followup_id)
        if _sweep_due():
            with unit_of_work(session):  # the read of abandoned rows, a transaction of its own
                abandoned = session.scalars(
                    _ABANDONED, {"before": utcnow() - ABANDONED_AFTER}).all()
            for followup_id in abandoned:
                log.warning("running followup %s, left behind earlier", followup_id)
                run_one(session, followup_id)
    except Exception:  # the database went away mid-way: the rows stay for later
        session.rollback()
        log.exception("followups could not run; they stay for a retry")
    finally:
        session.info.pop(_RUNNING, None)


_last_sweep = [0.0]


def _sweep_due() -> bool:
    """Look for left-behind rows at most every SWEEP_SECONDS per process."""
    now = monotonic()
    if now - _last_sweep[0] < SWEEP_SECONDS:
        return False
    _last_sweep[0] = now
    return True


def run_one(session: Session, followup_id: int) -> bool:
    """Claim the row and do its work in one transaction; False when it failed (the row
    stays, one attempt counted) or was already done."""
    try:
        with unit_of_work(session):
            claimed = session.execute(_CLAIM, {"followup_id": followup_id}).first()
            if claimed is not None:
                HANDLERS[claimed.kind](claimed.payload)
        return claimed is not None
    except Exception:  # unit_of_work rolled the claim back: the row is there again
        log.exception("followup %s failed; it stays for a retry", followup_id)
        with unit_of_work(session):
            session.execute(_COUNT_ATTEMPT, {"followup_id": followup_id})
        return False


def drain(before: datetime | None = None) -> int:
    """Run every waiting followup created before `before` (default: all), now; for tests
    and a maintenance shell. Returns how many ran."""
    session = db.session()
    query = select(Followup.id).where(Followup.attempts < MAX_ATTEMPTS).order_by(Followup.id)
    if before is not None:
        query = query.where(Followup.created_at < before)
    with unit_of_work(session):
        ids = session.scalars(query).all()
    return sum(run_one(session, followup_id) for followup_id in ids)


def drop_pending(session: Session) -> None:
    """After a rollback (forum.db.aftercommit): the rows it queued are gone with it."""
    session.info.pop(_PENDING, None)
