"""Redacting a post's history: what an edit removes, and text chosen by hand (issue 20)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.accounts.models import Role
from forum.audit.models import AuditEntry
from forum.db import utcnow
from forum.discussions import actions
from forum.discussions.models import Post, PostRevision
from forum.extensions import db
from forum.indexing import indexer
from forum.searching import service
from tests.factories import ForumFactory
from tests.identity_numbers import personnummer

NUMBER = personnummer("850709", "123")  # 850709-123x
DIGITS = NUMBER.replace("-", "")


@pytest.fixture
def setup(app):
    f = ForumFactory()
    fk, af = f.org("Försäkringskassan", handle="fk"), f.org("Arbetsförmedlingen", handle="af")
    people = {"fk": f.user(fk, username="fia"), "af": f.user(af, username="anna"),
              "mod": f.user(af, roles=(Role.MODERATOR,), username="mod"),
              "admin": f.admin(af, username="boss")}
    space = f.space("allmant", "all")
    thread = f.thread(space, people["af"], "Öppen tråd")
    return {"people": people, "thread": thread, "factory": f}


def write(thread, author, body: str) -> Post:
    draft = actions.check_new_post(author, thread, body, None, confirm_privacy=True)
    post = actions.do_create_post(author, thread, draft, utcnow())
    db.session.commit()
    return post


def edit(actor, post: Post, body: str) -> None:
    draft = actions.check_edit_post(actor, post, body, confirm_privacy=True)
    actions.do_edit_post(actor, post, draft, utcnow())
    db.session.commit()


def stored_texts(post: Post) -> list[str]:
    db.session.expire_all()
    revisions = db.session.scalars(select(PostRevision.source).where(
        PostRevision.post_id == post.id).order_by(PostRevision.id))
    current = db.session.get(Post, post.id)
    return [*revisions, current.source, current.html]


def audit(action: str) -> list[AuditEntry]:
    return list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def api_headers(client) -> dict:
    return {"X-CSRFToken": client.csrf_token("/")}


def leaks(text: str) -> bool:
    return NUMBER in text or DIGITS in text or NUMBER[:6] in text


# -- an edit that removes personal data ---------------------------------------------------------
def test_editing_a_number_out_masks_it_in_the_history_page_and_api(client, setup):
    fk = setup["people"]["fk"]
    post = write(setup["thread"], fk, f"Klienten har personnummer {NUMBER} och vill ha hjälp.")
    client.login(fk)
    response = client.post_form(f"/p/{post.id}/edit",
                                {"body": "Klienten vill ha hjälp.", "confirm_privacy": "1"},
                                token_page=f"/p/{post.id}/edit")
    assert response.status_code == 302
    history = client.get(f"/p/{post.id}/history").get_data(as_text=True)
    assert not leaks(history)
    # The diff still reads: what was there (masked) is shown as removed, the rest unchanged.
    assert "██████-████" in history and "<del>" in history and "Klienten" in history
    api = client.get(f"/api/v1/posts/{post.id}/history").get_json()
    assert api["ok"] and [v["version"] for v in api["versions"]][-1] == "current"
    assert not leaks(str(api)) and "██████-████" in api["versions"][0]["source"]
    assert not any(leaks(text) for text in stored_texts(post))
    [row] = audit("revision.redact_auto")
    assert row.target_id == post.id and row.actor_id == fk.id
    assert row.details["kinds"] == ["personnummer"] and row.details["versions"] == 1
    assert not leaks(str(row.details))


def test_older_versions_in_another_layout_are_masked_too(setup):
    fk = setup["people"]["fk"]
    post = write(setup["thread"], fk, f"Gäller 19{NUMBER}, ring mig.")
    edit(fk, post, f"Gäller {DIGITS}, ring mig.")
    edit(fk, post, "Gäller klienten, ring mig.")
    texts = stored_texts(post)
    assert not any(leaks(t) for t in texts)
    assert texts[0] == "Gäller ████████-████, ring mig."
    assert texts[1] == "Gäller ██████████, ring mig."


def test_an_edit_that_keeps_the_number_redacts_nothing(setup):
    fk = setup["people"]["fk"]
    post = write(setup["thread"], fk, f"Gäller {NUMBER}.")
    edit(fk, post, f"Gäller {NUMBER}, tack.")
    assert stored_texts(post)[0] == f"Gäller {NUMBER}."
    assert audit("revision.redact_auto") == []


def test_quotes_of_the_removed_number_in_other_posts_are_masked(setup):
    fk, af = setup["people"]["fk"], setup["people"]["af"]
    post = write(setup["thread"], fk, f"Gäller {NUMBER}.")
    quoting = write(setup["thread"], af, f"**fia** wrote:\n> Gäller {NUMBER}.\n\nJag tar det. "
                                         f"Mitt eget ärende {personnummer('900101', '234')}.")
    edit(fk, post, "Gäller klienten.")
    db.session.expire_all()
    quoting = db.session.get(Post, quoting.id)
    assert not leaks(quoting.source) and not leaks(quoting.html)
    assert "> Gäller ██████-████." in quoting.source
    assert personnummer("900101", "234") in quoting.source  # their own text is theirs
    assert audit("revision.redact_auto")[0].details["quoting_posts"] == 1


def test_search_no_longer_finds_the_removed_number(setup):
    fk, af = setup["people"]["fk"], setup["people"]["af"]
    post = write(setup["thread"], fk, f"Ärendet gäller {NUMBER} hos oss.")
    indexer.drain_all(indexer.backend())
    assert service.search(af, NUMBER, service.Filters()).result.total == 1
    edit(fk, post, "Ärendet gäller klienten hos oss.")
    indexer.drain_all(indexer.backend())
    for query in (NUMBER, DIGITS, NUMBER[:6]):
        assert service.search(af, query, service.Filters()).result.total == 0


def test_notifications_never_carry_the_text(client, setup):
    fk, af = setup["people"]["fk"], setup["people"]["af"]
    from forum.notifications.models import Notification
    from forum.realtime.publish import publish

    with publish.capture() as events:
        post = write(setup["thread"], fk, f"@anna gäller {NUMBER}")
    assert [e for e in events if e.name == "notification"]
    assert not leaks(str([e.payload for e in events if e.name == "notification"]))
    edit(fk, post, "@anna gäller klienten")
    assert db.session.scalar(select(Notification.id).where(Notification.post_id == post.id,
                                                           Notification.user_id == af.id))
    client.login(af)
    page = client.get("/notifications").get_data(as_text=True)
    assert f"#post-{post.seq}" in page and not leaks(page)


# -- by hand ----------------------------------------------------------------------------------
@pytest.fixture
def edited(setup):
    """A post whose first version names a client; the edit left the name in the history."""
    fk = setup["people"]["fk"]
    post = write(setup["thread"], fk, "Anna Svensson behöver stöd.")
    edit(fk, post, "Klienten behöver stöd. Anna Svensson har ringt.")
    first = db.session.scalar(select(PostRevision).where(PostRevision.post_id == post.id))
    return post, first


@pytest.mark.parametrize("who", ["fk", "mod", "admin"])
def test_author_moderator_and_admin_redact_by_hand(client, setup, edited, who):
    post, first = edited
    client.login(setup["people"][who])
    url = f"/p/{post.id}/versions/{first.id}/redact"
    form = client.get(f"/p/{post.id}/history").get_data(as_text=True)
    assert url in form
    page = client.get(url + "?text=Anna%20Svensson")
    assert page.status_code == 200 and 'value="Anna Svensson"' in page.get_data(as_text=True)
    response = client.post_form(url, {"text": "Anna Svensson", "everywhere": "1"},
                                token_page=url)
    assert response.status_code == 302
    texts = stored_texts(post)
    assert not any("Svensson" in t for t in texts)
    assert texts[0] == "████ ████████ behöver stöd."
    [row] = audit("revision.redact")
    assert row.actor_id == setup["people"][who].id and row.target_type == "post"
    assert row.details == {"version": str(first.id), "everywhere": True, "characters": 13,
                           "occurrences": 2, "versions": 2}
    assert "Svensson" not in str(row.details)


def test_one_version_only_leaves_the_others(client, setup, edited):
    post, first = edited
    client.login(setup["people"]["fk"])
    url = f"/p/{post.id}/versions/{first.id}/redact"
    assert client.post_form(url, {"text": "Anna Svensson"}, token_page=url).status_code == 302
    texts = stored_texts(post)
    assert texts[0] == "████ ████████ behöver stöd." and "Anna Svensson" in texts[1]


def test_redacting_the_current_version_reindexes_and_tells_readers(client, setup, edited):
    from forum.realtime.publish import publish

    post, _first = edited
    indexer.drain_all(indexer.backend())
    reader = setup["people"]["af"]
    assert service.search(reader, "Svensson", service.Filters()).result.total == 1
    client.login(setup["people"]["mod"])
    assert "Anna Svensson har ringt" in client.get(f"/t/{post.thread_id}").get_data(
        as_text=True)  # the post's fragment is now cached
    with publish.capture() as events:
        response = client.post(f"/api/v1/posts/{post.id}/versions/current/redact",
                               json={"text": "Svensson"}, headers=api_headers(client))
    assert response.status_code == 200 and response.get_json() == {"ok": True, "versions": 2}
    [event] = [e for e in events if e.name == "post_edited"]
    assert "Svensson" not in str(event.payload)
    indexer.drain_all(indexer.backend())
    assert service.search(reader, "Svensson", service.Filters()).result.total == 0
    thread_page = client.get(f"/t/{post.thread_id}").get_data(as_text=True)
    assert "Svensson" not in thread_page and "Anna ████████ har ringt" in thread_page


def test_another_member_gets_404_and_nothing_changes(client, setup, edited):
    post, first = edited
    client.login(setup["people"]["af"])  # reads the thread, did not write the post
    url = f"/p/{post.id}/versions/{first.id}/redact"
    assert client.get(url).status_code == 404
    assert client.post_form(url, {"text": "Anna Svensson"}, token_page="/").status_code == 404
    api = client.post(f"/api/v1/posts/{post.id}/versions/{first.id}/redact",
                      json={"text": "Anna Svensson"}, headers=api_headers(client))
    assert api.status_code == 404
    assert "Redact text in this version" not in client.get(
        f"/p/{post.id}/history").get_data(as_text=True)
    assert "Anna Svensson" in stored_texts(post)[0] and audit("revision.redact") == []


@pytest.mark.parametrize("text, status", [
    ("", 400), ("   ", 400), ("Bertil Bengtsson", 400), ("x" * 1001, 400)])
def test_bad_text_is_refused_and_nothing_changes(client, setup, edited, text, status):
    post, first = edited
    before = stored_texts(post)
    client.login(setup["people"]["fk"])
    url = f"/p/{post.id}/versions/{first.id}/redact"
    response = client.post_form(url, {"text": text, "everywhere": "1"}, token_page=url)
    assert response.status_code == status
    assert 'class="error"' in response.get_data(as_text=True)
    api = client.post(f"/api/v1/posts/{post.id}/versions/{first.id}/redact",
                      json={"text": text}, headers=api_headers(client))
    assert api.status_code == status and api.get_json()["code"] == "invalid"
    assert stored_texts(post) == before and audit("revision.redact") == []


def test_a_version_of_another_post_or_a_bad_version_is_404(client, setup, edited):
    post, first = edited
    fk = setup["people"]["fk"]
    other = write(setup["thread"], fk, "Annat inlägg")
    client.login(fk)
    for version in (str(first.id), "0", "abc", "99999999999999", "-1"):
        url = f"/p/{other.id}/versions/{version}/redact"
        assert client.get(url).status_code == 404
        assert client.post_form(url, {"text": "Anna"}, token_page="/").status_code == 404
    assert client.post(f"/api/v1/posts/{post.id}/versions/current/redact", data="[]",
                       headers={**api_headers(client), "Content-Type": "application/json"},
                       ).status_code == 400
    assert audit("revision.redact") == []


def test_anonymous_visitors_are_sent_to_log_in(client, setup, edited):
    post, first = edited
    url = f"/p/{post.id}/versions/{first.id}/redact"
    assert client.get(url).status_code == 302
    api = client.post(f"/api/v1/posts/{post.id}/versions/current/redact", json={"text": "x"})
    assert api.status_code == 400  # no session, no CSRF token: refused before anything is read
    assert "Anna Svensson" in stored_texts(post)[0]
