"""Retention: personal data is kept as long as it serves a purpose, then purged.

Three limits, in days, each 0 for "keep forever" (FORUM_RETAIN_*):

- **ended login sessions** (rows in `user_sessions` with `revoked_at`; they hold when and
  with which browser someone was logged in): purged that long after they ended. Live
  sessions are never touched.
- **audit rows**: purged that long after they were written.
- **deleted posts** (a deletion only hides a post: the author and moderators can still read
  it, and a moderator can restore it): that long after the deletion the text, its edit
  history and its reactions are removed for good. The row stays as the tombstone readers
  already see, so the thread's sequence numbers (which reconnecting clients count on) have
  no holes. Posts are the only content the models delete softly; everything else is
  deleted at once.

The collaboration-health rows about a person (`insight_people`, `insight_seen`: monthly
markers and reads) are not purged here: they are the rollups' history, which the dashboard's
totals and `forum insights rebuild` count from, and they live as long as the account, like
read positions. The member finds them in their export; erasing the account blurs the reads
(forum.mydata.erasure).

`forum retention` purges now; the search indexer's loop (`forum indexer` and `forum serve`'s
child) does it by itself once a day, deciding from the database when it last ran (the
`retention.purge` audit row), so a restart or a second indexer changes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import delete, select, update

from forum.accounts.models import UserSession
from forum.audit.models import AuditEntry, record
from forum.db import unit_of_work, utcnow
from forum.discussions.models import Post, PostRevision, Reaction
from forum.discussions.search_docs import doc_ids_for_post
from forum.extensions import db
from forum.indexing.outbox import enqueue

log = logging.getLogger(__name__)

ACTION = "retention.purge"
RUN_EVERY = timedelta(days=1)


@dataclass(frozen=True)
class RetentionPolicy:
    session_days: int
    audit_days: int
    deleted_days: int

    @classmethod
    def from_config(cls, config: dict) -> RetentionPolicy:
        return cls(config["RETAIN_SESSIONS_DAYS"], config["RETAIN_AUDIT_DAYS"],
                   config["RETAIN_DELETED_DAYS"])


def _cutoff(now: datetime, days: int) -> datetime | None:
    return now - timedelta(days=days) if days > 0 else None


def do_purge(now: datetime, policy: RetentionPolicy) -> dict[str, int]:
    """Purge what is past its limit; audit-log how many rows (never what they held).
    Flushes, never commits."""
    counts = {
        "sessions": _purge_sessions(_cutoff(now, policy.session_days)),
        "audit_entries": _purge_audit(_cutoff(now, policy.audit_days)),
        "deleted_posts": _purge_deleted_posts(_cutoff(now, policy.deleted_days)),
    }
    record(None, ACTION, "site", None, **counts,
           days={"sessions": policy.session_days, "audit_entries": policy.audit_days,
                 "deleted_posts": policy.deleted_days})
    db.session.flush()
    return counts


def _purge_sessions(cutoff: datetime | None) -> int:
    if cutoff is None:
        return 0
    return db.session.execute(delete(UserSession).where(
        UserSession.revoked_at.is_not(None), UserSession.revoked_at < cutoff)).rowcount


def _purge_audit(cutoff: datetime | None) -> int:
    if cutoff is None:
        return 0
    return db.session.execute(delete(AuditEntry).where(AuditEntry.created_at < cutoff)).rowcount


def _purge_deleted_posts(cutoff: datetime | None) -> int:
    if cutoff is None:
        return 0
    # An empty source marks a purged post: a real post always has text.
    posts = db.session.scalars(select(Post).where(
        Post.deleted_at.is_not(None), Post.deleted_at < cutoff, Post.source != "")).all()
    if not posts:
        return 0
    ids = [post.id for post in posts]
    db.session.execute(delete(PostRevision).where(PostRevision.post_id.in_(ids)))
    db.session.execute(delete(Reaction).where(Reaction.post_id.in_(ids)))
    db.session.execute(update(Post).where(Post.id.in_(ids)).values(source="", html=""))
    # Deleted posts left the index when they were deleted; this makes sure of it.
    enqueue(*{doc_id for post in posts for doc_id in doc_ids_for_post(post)})
    return len(ids)


def is_due(now: datetime) -> bool:
    last = db.session.scalar(select(AuditEntry.created_at).where(AuditEntry.action == ACTION)
                             .order_by(AuditEntry.created_at.desc()).limit(1))
    return last is None or last <= now - RUN_EVERY


def purge_if_due() -> dict[str, int] | None:
    """The indexer loop's daily purge, in its own transaction (inside an app context)."""
    now = utcnow()
    try:
        with unit_of_work():
            if not is_due(now):
                return None
            counts = do_purge(now, RetentionPolicy.from_config(current_app.config))
    except Exception:
        log.exception("retention purge failed; will try again")
        return None
    log.info("retention purge: %s", counts)
    return counts
