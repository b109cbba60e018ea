"""Erasing an account: the name, handle and address appear nowhere afterwards (pages, API,
directory, search with a real index, socket payloads, notifications, audit), journals and
sessions are gone, posts stay or go as chosen, and bad input changes nothing."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import func, select

from forum.accounts.models import Invitation, Role, User, UserSession
from forum.accounts.sitesettings import do_set_setting
from forum.audit.models import AuditEntry
from forum.db import utcnow
from forum.discussions.models import Post
from forum.extensions import db
from forum.indexing import indexer
from forum.notifications.models import Notification
from forum.pbl import journal
from forum.pbl.models import JournalEntry
from forum.realtime.publish import publish
from forum.searching import service
from forum.wiki import pages
from tests.factories import ForumFactory

NAME, HANDLE, EMAIL = "Anna Lindqvist", "anna.lq", "anna.lindqvist@af.example"
TRACES = (NAME, HANDLE, EMAIL, "Lindqvist")


@pytest.fixture
def world(app):
    return build_world()


def build_world() -> dict:
    f = ForumFactory()
    af, fk = f.org("Arbetsförmedlingen", handle="af"), f.org("Försäkringskassan", handle="fk")
    # English pages, so that the messages asserted below read the same once translated.
    admin = f.admin(fk, username="ada", display_name="Ada Admin", language="en")
    anna = f.user(af, username=HANDLE, display_name=NAME, email=EMAIL, language="en",
                  job_title="Arbetsförmedlare", works_on="Unga vuxna")
    fia = f.user(fk, username="fia", display_name="Fia Karlberg", language="en")
    space = f.space("allmant", "all", name="Allmänt")
    thread = f.thread(space, fia, f"Fråga till {NAME}", body=f"Hej @{HANDLE}, hur gör ni?")
    reply = f.post(thread, anna, "Vi gör så här, @fia: sökanden skickas vidare.")
    quote = f.post(thread, fia, f"**{NAME}** wrote:\n> Vi gör så här\n\nTack {NAME}!")
    group = f.group(members=[anna, fia])
    for shared in (False, True):
        text, session = journal.check_entry(anna, group, f"Annas dagbok delad={shared}", None)
        journal.do_create_entry(anna, group, text, session, shared, utcnow())
    db.session.add(Invitation(token_hash="x" * 64, email=EMAIL, organization_id=af.id,
                              roles="member", invited_by_id=admin.id, created_at=utcnow(),
                              expires_at=utcnow()))
    from forum.audit.models import record

    record(admin, "invitation_created", "invitation", 1, email=EMAIL)
    page = pages.do_create_page(admin, pages.check_new_page(admin, {
        "kind": "page", "organization_id": "", "title": "Kontakter i kedjan",
        "body": f"Fråga {NAME} (@{HANDLE}) om unga vuxna.", "summary": "Ny"}, utcnow()),
        utcnow())
    db.session.commit()
    indexer.drain_all(indexer.backend())
    return {"f": f, "page": page, "admin": admin, "anna": anna, "fia": fia, "thread": thread,
            "reply": reply, "quote": quote, "space": space}


def assert_no_trace(text: str) -> None:
    for trace in TRACES:
        assert trace.lower() not in text.lower(), trace


def erase(client, world, *, login: bool = True, **form):
    if login:
        client.login(world["admin"])
    url = f"/admin/users/{world['anna'].id}/erase"
    return client.post_form(url, {"confirm_name": NAME, **form}, token_page=url)


def test_the_erased_name_appears_nowhere(client, other_client, world):
    anna, fia, thread = world["anna"], world["fia"], world["thread"]
    other_client.login(anna)
    assert other_client.get("/").status_code == 200
    assert service.search(fia, "Lindqvist", service.Filters()).hits  # indexed before
    reader = type(client)(client.application.test_client())
    reader.login(fia)
    wiki = f"/wiki/{world['page'].id}"
    for url in (f"/t/{thread.id}", "/people", "/notifications",
                f"/api/v1/threads/{thread.id}/posts", wiki):
        assert NAME in reader.get(url).get_data(as_text=True), url  # there before
    with publish.capture() as events:
        response = erase(client, world)
    assert response.status_code == 302
    indexer.drain_all(indexer.backend())
    payloads = json.dumps([[e.name, e.payload, e.room] for e in events], ensure_ascii=False)
    assert "post_edited" in payloads and "session_ended" in payloads
    assert_no_trace(payloads)
    # Her live login ends: the next request is sent to the login page.
    assert other_client.get("/").status_code == 302
    for url in (f"/t/{thread.id}", "/people", "/people?q=Lindq", "/people?q=anna.l",
                "/notifications", f"/api/v1/threads/{thread.id}/posts", "/search?q=Anna",
                wiki, f"{wiki}/history", "/search?q=Kontakter",
                "/search?q=Lindqvist"):
        page = reader.get(url)
        assert page.status_code == 200, url
        # The search box repeats what was asked; what matters is what was found.
        asked = re.escape(url.partition("q=")[2])
        text = page.get_data(as_text=True)
        assert_no_trace(re.sub(f'(value="|q=){asked}(?=["&])', "", text) if asked else text)
    for url in (f"/t/{thread.id}", "/notifications"):
        assert f"Deleted user {anna.id}" in reader.get(url).get_data(as_text=True)
    assert service.search(fia, "Lindqvist", service.Filters()).hits == []
    assert service.search(fia, "sökanden", service.Filters()).hits  # her post is kept
    db.session.expire_all()
    row = db.session.get(User, anna.id)
    assert_no_trace(" ".join([row.display_name, row.username, row.email, row.job_title,
                              row.works_on]))
    assert not row.active and row.erased_at is not None and not row.roles
    everything_audited = json.dumps([e.details for e in db.session.scalars(
        select(AuditEntry))], ensure_ascii=False)
    assert_no_trace(everything_audited)
    assert db.session.scalar(select(func.count()).select_from(Invitation).where(
        Invitation.email == EMAIL)) == 0


def test_journals_sessions_and_notifications_go_posts_stay(client, world):
    anna = world["anna"]
    assert db.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == anna.id))
    shared = service.search(world["fia"], "dagbok", service.Filters()).hits
    assert [h.title for h in shared] == [NAME]  # a shared entry's document names its author
    erase(client, world)
    indexer.drain_all(indexer.backend())
    db.session.expire_all()
    assert [e.body for e in db.session.scalars(select(JournalEntry))] == [
        "Annas dagbok delad=True"]
    shared = service.search(world["fia"], "dagbok", service.Filters()).hits
    assert [h.title for h in shared] == [f"Deleted user {anna.id}"]
    for model, column in ((UserSession, UserSession.user_id),
                          (Notification, Notification.user_id)):
        assert db.session.scalar(select(func.count()).select_from(model).where(
            column == anna.id)) == 0
    reply = db.session.get(Post, world["reply"].id)
    assert reply.deleted_at is None and reply.author_id == anna.id
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "user.erase"))
    assert entry.target_id == anna.id and entry.actor_id == world["admin"].id
    assert entry.details["journal_entries"] == 1 and entry.details["posts_removed"] == 0
    assert all(isinstance(v, (int, bool)) for v in entry.details.values())


def test_the_admin_may_remove_the_posts_too(client, world):
    with publish.capture() as events:
        erase(client, world, remove_posts="1")
    db.session.expire_all()
    assert db.session.get(Post, world["reply"].id).deleted_at is not None
    assert db.session.get(Post, world["quote"].id).deleted_at is None
    assert "post_deleted" in [e.name for e in events]
    assert db.session.scalars(select(JournalEntry)).all() == []
    indexer.drain_all(indexer.backend())
    assert service.search(world["fia"], "sökanden", service.Filters()).hits == []


def test_wrong_confirmation_changes_nothing(client, world):
    response = erase(client, world, confirm_name="Anna")
    assert response.status_code == 400
    assert "Type the person" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, world["anna"].id).display_name == NAME
    assert db.session.scalar(select(func.count()).select_from(AuditEntry).where(
        AuditEntry.action == "user.erase")) == 0


def test_the_last_admin_cannot_be_erased_and_twice_is_refused(client, world):
    client.login(world["admin"])
    url = f"/admin/users/{world['admin'].id}/erase"
    response = client.post_form(url, {"confirm_name": "Ada Admin"}, token_page=url)
    assert response.status_code == 400 and "last admin" in response.get_data(as_text=True)
    assert db.session.get(User, world["admin"].id).erased_at is None
    assert erase(client, world, login=False).status_code == 302
    again = client.post_form(f"/admin/users/{world['anna'].id}/erase",
                             {"confirm_name": f"Deleted user {world['anna'].id}"},
                             token_page="/admin/users")
    assert again.status_code == 400 and "already erased" in again.get_data(as_text=True)


def test_members_cannot_erase_others(client, world):
    client.login(world["fia"])
    url = f"/admin/users/{world['anna'].id}/erase"
    assert client.post_form(url, {"confirm_name": NAME},
                            token_page="/settings").status_code in (403, 404)
    assert db.session.get(User, world["anna"].id).erased_at is None


def test_self_erasure_only_when_the_site_allows_it(client, world):
    client.login(world["anna"])
    form = {"confirm": "1", "password": ForumFactory.PASSWORD}
    assert client.post_form("/settings/data/erase", form,
                            token_page="/settings/data").status_code == 404
    assert "Erase my account" not in client.get("/settings/data").get_data(as_text=True)
    do_set_setting("self_erasure", True)
    db.session.commit()
    wrong = client.post_form("/settings/data/erase", {"confirm": "1", "password": "nope"},
                             token_page="/settings/data")
    assert wrong.status_code == 400 and "password is not correct" in wrong.get_data(
        as_text=True)
    unticked = client.post_form("/settings/data/erase", {"password": ForumFactory.PASSWORD},
                                token_page="/settings/data")
    assert unticked.status_code == 400 and "Tick the box" in unticked.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, world["anna"].id).erased_at is None
    done = client.post_form("/settings/data/erase", form, token_page="/settings/data")
    assert done.status_code == 302 and "/login" in done.headers["Location"]
    assert client.get("/settings").status_code == 302  # logged out
    db.session.expire_all()
    erased = db.session.get(User, world["anna"].id)
    assert erased.erased_at is not None
    audit = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "user.erase"))
    assert audit.details["by_self"] is True


def test_admin_sets_self_erasure_in_settings(client, other_client, world):
    client.login(world["admin"])
    client.post_form("/admin/settings", {"privacy_block": "0", "self_erasure": "1"},
                     token_page="/admin/settings")
    other_client.login(world["anna"])
    assert "Erase my account" in other_client.get("/settings/data").get_data(as_text=True)
    assert db.session.scalar(select(AuditEntry.action).where(
        AuditEntry.action == "self_erasure_set")) == "self_erasure_set"
    assert Role.ADMIN in world["admin"].roles


def test_an_erased_account_cannot_be_reactivated(client, world):
    erase(client, world)
    page = client.get(f"/admin/users/{world['anna'].id}").get_data(as_text=True)
    assert "Reactivate" not in page and "This account was erased" in page
    response = client.post_form(f"/admin/users/{world['anna'].id}/reactivate",
                                token_page="/admin/users")
    assert response.status_code == 400
    db.session.expire_all()
    assert not db.session.get(User, world["anna"].id).active


def _rollups() -> tuple:
    from forum.rollups.models import InsightOrgMonth, InsightPerson

    return (sorted(tuple(getattr(r, c.key) for c in InsightOrgMonth.__table__.columns
                         if c.key != "changes")  # counts writes, not figures
                   for r in db.session.scalars(select(InsightOrgMonth))),
            sorted((p.user_id, p.organization_id, p.month, p.kind)
                   for p in db.session.scalars(select(InsightPerson))))


def test_the_collaboration_rows_keep_the_totals_but_lose_what_was_read(client, world):
    """Erasure blurs the person's reads in the rollups (no object, no moment) and keeps their
    monthly markers, so the dashboard's totals and `forum insights rebuild` do not change."""
    from forum.discussions import state_actions
    from forum.insights.rebuild import rebuild
    from forum.rollups.models import InsightSeen
    from tests.unit.insights.jobs import run_rollup_job

    anna, thread = world["anna"], world["thread"]
    state_actions.do_mark_read(anna, thread, thread.last_seq, utcnow())
    db.session.commit()
    run_rollup_job()  # the worker's count of the world's posts (pending until then)
    before = _rollups()
    erase(client, world)
    db.session.expire_all()
    seen = list(db.session.scalars(select(InsightSeen).where(InsightSeen.user_id == anna.id)))
    assert [(s.kind, s.object_id) for s in seen] == [("thread", -1)]
    assert (seen[0].at.day, seen[0].at.hour, seen[0].at.minute) == (1, 0, 0)
    assert _rollups() == before
    rebuild()
    db.session.commit()
    assert _rollups() == before
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "user.erase"))
    assert entry.details["insight_reads_blurred"] == 1
