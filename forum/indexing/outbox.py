"""The search outbox: written in the same transaction as the change it reports.

A row only says "this document changed"; the indexer reads the current state from the
database when it drains the row, so replaying a row twice (after a crash) is harmless and
the index can never hold a newer or an older text than the database.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from forum.db import UTCDateTime, utcnow
from forum.extensions import db

_WRITTEN = "forum_outbox"  # session.info: this transaction wrote outbox rows


class SearchOutbox(db.Model):
    __tablename__ = "search_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def enqueue(*doc_ids: str) -> None:
    """Record that these documents changed (the caller's transaction carries it). Inserted
    at once, not through the unit of work: every post writes these rows."""
    if not doc_ids:
        return
    now = utcnow()
    db.session.execute(insert(SearchOutbox), [{"doc_id": d, "created_at": now} for d in doc_ids])
    db.session.info[_WRITTEN] = True


# The two ends of a transaction (called by forum.db.aftercommit, which lists every step).
def wake_indexer(session: Session) -> None:
    """After a commit that wrote outbox rows: the indexer (`forum serve`'s child) drains at
    once instead of at its next poll."""
    if session.info.pop(_WRITTEN, False):
        # Imported here: the indexer imports this module for SearchOutbox.
        from forum.indexing.indexer import note_write

        note_write()


def forget_written(session: Session) -> None:
    """After a rollback: its rows are gone, nothing to wake the indexer for."""
    session.info.pop(_WRITTEN, False)
