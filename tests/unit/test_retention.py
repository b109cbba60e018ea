"""Retention: ended sessions, audit rows and deleted posts go once past their limits; the
rows just inside the limits, live sessions and visible posts stay."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.accounts.models import Role, UserSession
from forum.audit.models import AuditEntry, record
from forum.db import utcnow
from forum.discussions.actions import check_restore_post
from forum.discussions.models import PostRevision, Reaction
from forum.errors import ValidationError
from forum.extensions import db
from forum.indexing.outbox import SearchOutbox
from forum.mydata.retention import ACTION, RetentionPolicy, do_purge, is_due, purge_if_due
from tests.factories import ForumFactory

DEFAULTS = RetentionPolicy(session_days=90, audit_days=730, deleted_days=30)


@pytest.fixture
def world(app):
    f = ForumFactory()
    org = f.org("Försäkringskassan", handle="fk")
    writer = f.user(org, username="skribent")
    moderator = f.user(org, roles=(Role.MODERATOR,), username="moderator")
    now = utcnow()
    ago = lambda days: now - timedelta(days=days)  # noqa: E731

    sessions = {name: UserSession(user_id=writer.id, token_hash=name.ljust(64, "0"),
                                  created_at=ago(created), revoked_at=revoked,
                                  user_agent=f"Browser {name}")
                for name, created, revoked in (("ended_long_ago", 200, ago(91)),
                                               ("ended_lately", 200, ago(89)),
                                               ("live", 400, None))}
    db.session.add_all(sessions.values())
    audits = {name: record(writer, f"test.{name}", "user", writer.id)
              for name in ("old_audit", "young_audit")}
    audits["old_audit"].created_at = ago(731)
    audits["young_audit"].created_at = ago(729)

    thread = f.thread(f.space("allmant", "all"), writer, "En tråd", body="Första")
    posts = {name: f.post(thread, writer, f"Text of {name}")
             for name in ("deleted_long_ago", "deleted_lately", "visible")}
    for name, days in (("deleted_long_ago", 31), ("deleted_lately", 29)):
        post = posts[name]
        post.deleted_at, post.deleted_by_id = ago(days), writer.id
        db.session.add_all([PostRevision(post_id=post.id, editor_id=writer.id,
                                         source=f"Earlier text of {name}"),
                            Reaction(post_id=post.id, user_id=moderator.id, kind="idea")])
    posts["visible"].created_at = ago(1000)
    db.session.commit()
    db.session.execute(SearchOutbox.__table__.delete())
    db.session.commit()
    return {"now": now, "sessions": sessions, "audits": audits, "posts": posts,
            "moderator": moderator}


def _session_names() -> set[str]:
    return {s.user_agent.removeprefix("Browser ") for s in db.session.scalars(select(UserSession))}


def _count(model, *where) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


def test_purge_takes_only_what_is_past_each_limit(world):
    counts = do_purge(world["now"], DEFAULTS)
    db.session.commit()
    assert counts == {"sessions": 1, "audit_entries": 1, "deleted_posts": 1}
    assert _session_names() == {"ended_lately", "live"}
    actions = set(db.session.scalars(select(AuditEntry.action)))
    assert "test.old_audit" not in actions and "test.young_audit" in actions

    gone, kept, visible = (world["posts"][n] for n in ("deleted_long_ago", "deleted_lately",
                                                       "visible"))
    db.session.expire_all()
    assert (gone.source, gone.html) == ("", "")
    assert gone.deleted_at is not None  # the tombstone stays: no hole in the thread's seqs
    assert _count(PostRevision, PostRevision.post_id == gone.id) == 0
    assert _count(Reaction, Reaction.post_id == gone.id) == 0
    assert kept.source == "Text of deleted_lately"
    assert _count(PostRevision, PostRevision.post_id == kept.id) == 1
    assert _count(Reaction, Reaction.post_id == kept.id) == 1
    assert visible.source == "Text of visible" and visible.deleted_at is None
    # The index is told again, so it cannot keep the text either.
    assert f"post:{gone.id}" in set(db.session.scalars(select(SearchOutbox.doc_id)))
    # Nothing to restore once the text is gone; the younger one can still come back.
    moderator = world["moderator"]
    with pytest.raises(ValidationError):
        check_restore_post(moderator, gone)
    check_restore_post(moderator, kept)


def test_a_purged_post_cannot_be_restored_over_http(app, world):
    from tests.conftest import FormClient

    do_purge(world["now"], DEFAULTS)
    db.session.commit()
    gone, kept = world["posts"]["deleted_long_ago"], world["posts"]["deleted_lately"]
    client = FormClient(app.test_client())
    client.login(world["moderator"])
    refused = client.post_form(f"/p/{gone.id}/restore", token_page="/")
    assert refused.status_code == 400
    assert "för länge sedan" in refused.get_data(as_text=True)
    db.session.expire_all()
    assert gone.deleted_at is not None and gone.source == ""
    assert client.post_form(f"/p/{kept.id}/restore", token_page="/").status_code == 302
    db.session.expire_all()
    assert kept.deleted_at is None


def test_the_purge_is_audited_with_counts_and_no_purged_data(world):
    do_purge(world["now"], DEFAULTS)
    db.session.commit()
    entry = db.session.scalars(select(AuditEntry).where(AuditEntry.action == ACTION)).one()
    assert entry.actor_id is None
    assert entry.details["sessions"] == 1 and entry.details["deleted_posts"] == 1
    assert entry.details["audit_entries"] == 1
    assert entry.details["days"] == {"sessions": 90, "audit_entries": 730, "deleted_posts": 30}
    assert "Text of" not in str(entry.details) and "Browser" not in str(entry.details)


def test_a_second_purge_finds_nothing_more(world):
    do_purge(world["now"], DEFAULTS)
    assert do_purge(world["now"], DEFAULTS) == {"sessions": 0, "audit_entries": 0,
                                                "deleted_posts": 0}


def test_zero_keeps_everything_forever(world):
    counts = do_purge(world["now"] + timedelta(days=5000), RetentionPolicy(0, 0, 0))
    assert counts == {"sessions": 0, "audit_entries": 0, "deleted_posts": 0}
    assert _session_names() == {"ended_long_ago", "ended_lately", "live"}
    assert world["posts"]["deleted_long_ago"].source == "Text of deleted_long_ago"


def test_limits_come_from_the_settings(app, world):
    app.config.update(RETAIN_SESSIONS_DAYS=0, RETAIN_AUDIT_DAYS=0, RETAIN_DELETED_DAYS=28)
    counts = do_purge(world["now"], RetentionPolicy.from_config(app.config))
    assert counts == {"sessions": 0, "audit_entries": 0, "deleted_posts": 2}


def test_forum_retention_command(app, world):
    result = app.test_cli_runner().invoke(args=["retention"])
    assert result.exit_code == 0, result.output
    assert "1 sessions, 1 audit entries, 1 deleted posts" in result.output
    db.session.expire_all()
    assert _session_names() == {"ended_lately", "live"}


def test_the_daily_run_is_decided_from_the_database(world):
    assert is_due(utcnow())
    assert purge_if_due() == {"sessions": 1, "audit_entries": 1, "deleted_posts": 1}
    assert purge_if_due() is None  # ran within the day: not again, in any process
    last = db.session.scalars(select(AuditEntry).where(AuditEntry.action == ACTION)).one()
    last.created_at = utcnow() - timedelta(hours=25)
    db.session.commit()
    assert purge_if_due() == {"sessions": 0, "audit_entries": 0, "deleted_posts": 0}


def test_the_indexer_loop_purges_once_due(world, monkeypatch):
    from forum.indexing import indexer

    monkeypatch.setattr(indexer, "_next_hourly", None)
    indexer._run_hourly_jobs()  # at start-up: no purge yet
    assert _count(AuditEntry, AuditEntry.action == ACTION) == 0
    monkeypatch.setattr(indexer, "_next_hourly", 0.0)  # an hour later
    indexer._run_hourly_jobs()
    assert _count(AuditEntry, AuditEntry.action == ACTION) == 1
    assert _session_names() == {"ended_lately", "live"}
