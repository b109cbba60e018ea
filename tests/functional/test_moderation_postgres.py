"""Moderation on PostgreSQL, as the scaled deployment runs it: the hidden-post rule in the
page, API and search queries, a notice without a thread in the unread count, and the audit
log's period filter across the day boundary in Stockholm time."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from forum.audit.models import AuditEntry, record
from forum.extensions import db
from forum.indexing import indexer
from forum.moderation.models import Flag
from forum.notifications.queries import unread_notification_count
from forum.searching import service
from tests.conftest import FormClient, postgres_app_fixture
from tests.factories import ForumFactory

pg_app = postgres_app_fixture("forum_moderation")


def test_flag_hide_keep_and_audit_on_postgres(pg_app):
    f = ForumFactory()
    fk, af = f.org("Försäkringskassan", handle="fk"), f.org("Arbetsförmedlingen", handle="af")
    author = f.user(fk, username="fia", language="en")
    reader = f.user(af, username="anna", language="en")
    admin = f.admin(af, username="ada", language="en")
    thread = f.thread(f.space("allmant", "all"), reader, "Öppen tråd")
    # The first post of a thread by the author: hiding it empties the thread's search text.
    own = f.thread(f.space("annat", "all"), author, "Egen tråd", body="Zebrakvist bor här")
    post = f.post(thread, author, "Zebrakvist igen")
    indexer.drain_all(indexer.backend())
    client = FormClient(pg_app.test_client())
    client.login(reader)
    first_post_id = _first_post_id(own.id)
    for post_id in (post.id, first_post_id):
        url = f"/p/{post_id}/flag"
        assert client.post_form(url, {"reason": "personal_data"},
                                token_page=url).status_code == 302
    assert "Zebrakvist" not in client.get(f"/t/{thread.id}").get_data(as_text=True)
    assert "Zebrakvist" not in client.get(f"/t/{own.id}").get_data(as_text=True)
    api = client.get(f"/api/v1/threads/{thread.id}/posts").get_json()
    assert "Zebrakvist" not in str(api)
    assert service.search(reader, "Zebrakvist", service.Filters()).hits == []
    indexer.drain_all(indexer.backend())
    assert service.search(reader, "Zebrakvist", service.Filters()).hits == []

    moderator = FormClient(pg_app.test_client())
    moderator.login(admin)
    flag_id = db.session.scalar(select(Flag.id).order_by(Flag.id))
    assert moderator.post_form(f"/moderation/flags/{flag_id}/review",
                               {"decision": "keep", "reason": "Påhittat"},
                               token_page="/moderation").status_code == 302
    assert unread_notification_count(author) == 1
    assert "Zebrakvist" in client.get(f"/t/{thread.id}").get_data(as_text=True)

    # 23:30 UTC on 9 March is 00:30 on 10 March in Stockholm.
    record(admin, "roles_set", "user", author.id).created_at = datetime(2026, 3, 9, 23, 30,
                                                                        tzinfo=UTC)
    db.session.commit()
    html = moderator.get("/admin/audit", query_string={"from": "2026-03-10",
                                                       "to": "2026-03-10"}).get_data(
        as_text=True)
    body = html[html.index("<tbody>"):html.index("</tbody>")]
    assert "Roles changed" in body and "Flagged for review" not in body
    assert db.session.scalar(select(AuditEntry.id).where(AuditEntry.action == "post.unhide"))


def _first_post_id(thread_id: int) -> int:
    from forum.discussions.models import Post

    return db.session.scalar(select(Post.id).where(Post.thread_id == thread_id, Post.seq == 1))
