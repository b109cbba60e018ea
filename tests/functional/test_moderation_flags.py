"""Flags through HTTP, the JSON API, the socket and search: a personal-data flag hides a
post from everyone but its author and the moderators at once, with the exact audience of
the event; reviews keep or remove it and tell the author; bad input stores nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from forum.accounts.models import Role
from forum.audit.models import AuditEntry
from forum.extensions import db
from forum.indexing import indexer
from forum.moderation.models import Flag, FlagStatus
from forum.notifications.models import Notification
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.searching import service
from tests.factories import ForumFactory

SECRET = "Klienten heter Zebrakvist och bor på Gatan 1"


@pytest.fixture
def world(app):
    f = ForumFactory()
    fk, af = f.org("Försäkringskassan", handle="fk"), f.org("Arbetsförmedlingen", handle="af")
    people = {"author": f.user(fk, username="fia", display_name="Fia Författare",
                               language="en"),
              "reader": f.user(af, username="anna", display_name="Anna Läsare", language="en"),
              "mod": f.user(af, roles=(Role.MODERATOR,), username="mod",
                            display_name="Mona Moderator", language="en"),
              "outsider": f.user(af, username="olle", language="en")}
    open_space = f.space("allmant", "all")
    fk_space = f.space("fk-internt", "org", org=fk)
    thread = f.thread(open_space, people["reader"], "Öppen tråd")
    post = f.post(thread, people["author"], SECRET)
    private = f.thread(fk_space, people["author"], "FK intern", body="Internt")
    indexer.drain_all(indexer.backend())
    return {"people": people, "thread": thread, "post": post, "private": private, "f": f}


def flag(client, post_id: int, reason: str = "personal_data", note: str = ""):
    return client.post_form(f"/p/{post_id}/flag", {"reason": reason, "note": note},
                            token_page=f"/p/{post_id}/flag")


def flags() -> int:
    return db.session.scalar(select(func.count()).select_from(Flag))


def test_a_personal_data_flag_hides_the_post_from_others_at_once(client, other_client, world):
    people, post, thread = world["people"], world["post"], world["thread"]
    client.login(people["reader"])
    assert f'href="/p/{post.id}/flag"' in client.get(f"/t/{thread.id}").get_data(as_text=True)
    with publish.capture() as events:
        response = flag(client, post.id)
    assert response.status_code == 302
    # Exactly one event about the post, to the thread's room, carrying no text.
    edited = [e for e in events if e.name == "post_edited"]
    assert [(e.room, e.payload["post"]["hidden"]) for e in edited] == [
        (rooms.thread_room(thread.id), True)]
    assert "Zebrakvist" not in str(edited[0].payload)
    assert edited[0].payload["post"]["source"] is None

    # The reader (the flagger) and anyone else: a placeholder on the page, in the API.
    page = client.get(f"/t/{thread.id}").get_data(as_text=True)
    assert "Zebrakvist" not in page and "Hidden pending review." in page
    api = client.get(f"/api/v1/threads/{thread.id}/posts").get_json()
    hidden = next(p for p in api["posts"] if p["id"] == post.id)
    assert hidden["hidden"] and hidden["source"] is None and "Zebrakvist" not in hidden["html"]
    assert client.get(f"/p/{post.id}/history").status_code == 404
    assert client.post(f"/p/{post.id}/reactions", data={"kind": "+1"},
                       headers={"X-CSRFToken": client.csrf_token("/")}).status_code == 404
    # The author and the moderators still read it, with a note that others do not.
    for who in ("author", "mod"):
        other_client.login(people[who])
        page = other_client.get(f"/t/{thread.id}").get_data(as_text=True)
        assert "Zebrakvist" in page and "Hidden from others pending" in page
        api = other_client.get(f"/api/v1/threads/{thread.id}/posts").get_json()
        assert "Zebrakvist" in next(p for p in api["posts"] if p["id"] == post.id)["html"]
        other_client.post_form("/logout", token_page="/")


def test_a_hidden_post_is_out_of_search_before_and_after_the_indexer(world):
    people = world["people"]
    assert service.search(people["reader"], "Zebrakvist", service.Filters()).hits
    from forum.db import utcnow
    from forum.moderation import actions, targets
    from forum.moderation.models import TargetType

    target = targets.for_reader(people["reader"], TargetType.POST, world["post"].id)
    actions.do_flag(people["reader"], target, actions.check_flag(
        people["reader"], target, "personal_data", ""), utcnow())
    db.session.commit()
    assert service.search(people["reader"], "Zebrakvist", service.Filters()).hits == []
    indexer.drain_all(indexer.backend())
    assert service.search(people["reader"], "Zebrakvist", service.Filters()).hits == []


def test_socket_catch_up_gives_others_the_placeholder(client, world):
    """The socket handler's own function (join_thread answers with the same payloads)."""
    from forum.discussions import sockets

    people, post, thread = world["people"], world["post"], world["thread"]
    client.login(people["reader"])
    flag(client, post.id)
    seen = {who: sockets.catch_up(people[who], thread.id, 0)
            for who in ("reader", "author", "mod")}
    by_id = {who: next(p for p in answer["posts"] if p["id"] == post.id)
             for who, answer in seen.items()}
    assert by_id["reader"]["hidden"] and "Zebrakvist" not in str(by_id["reader"])
    assert "Hidden pending review." in by_id["reader"]["html"]
    assert "Zebrakvist" in by_id["author"]["html"] and "Zebrakvist" in by_id["mod"]["html"]


def test_flagging_twice_or_what_you_cannot_read(client, world):
    people, post = world["people"], world["post"]
    client.login(people["reader"])
    assert flag(client, post.id, "inappropriate").status_code == 302
    again = flag(client, post.id, "wrong_place")
    assert again.status_code == 409 and "already flagged" in again.get_data(as_text=True)
    assert flags() == 1
    private_post = world["private"]
    from forum.discussions.models import Post

    private_id = db.session.scalar(select(Post.id).where(Post.thread_id == private_post.id))
    assert client.get(f"/p/{private_id}/flag").status_code == 404
    assert flag(client, private_id).status_code == 404
    assert client.get("/p/999999/flag").status_code == 404
    assert flags() == 1
    # Not hidden: only a personal-data flag hides at once.
    assert "Zebrakvist" in client.get(f"/t/{world['thread'].id}").get_data(as_text=True)


@pytest.mark.parametrize("data, field", [
    ({"reason": "nonsense"}, "reason"),
    ({}, "reason"),
    ({"reason": "other", "note": "   "}, "note"),
    ({"reason": "other", "note": "x" * 1001}, "note"),
    ({"reason": "other", "note": "a\x00b"}, "note"),
])
def test_bad_flags_store_nothing(client, world, data, field):
    client.login(world["people"]["reader"])
    url = f"/p/{world['post'].id}/flag"
    response = client.post_form(url, data, token_page=url)
    assert response.status_code == 400
    assert f'<p class="error" id="e-{field}">' in response.get_data(as_text=True)
    assert flags() == 0


def test_the_queue_keep_unhides_and_tells_the_author(client, other_client, world):
    people, post, thread = world["people"], world["post"], world["thread"]
    client.login(people["reader"])
    flag(client, post.id)
    other_client.login(people["mod"])
    queue = other_client.get("/moderation").get_data(as_text=True)
    assert "Anna Läsare" in queue and "Personal data" in queue  # moderators see the flagger
    assert f"/p/{post.id}/history" in queue and f"/p/{post.id}/edit" in queue
    flag_id = db.session.scalar(select(Flag.id))
    url = f"/moderation/flags/{flag_id}/review"
    missing = other_client.post_form(url, {"decision": "keep", "reason": " "},
                                      token_page="/moderation")
    assert missing.status_code == 400 and "Write the reason" in missing.get_data(as_text=True)
    bad = other_client.post_form(url, {"decision": "shred", "reason": "x"},
                                  token_page="/moderation")
    assert bad.status_code == 400
    assert db.session.get(Flag, flag_id).status == FlagStatus.OPEN
    with publish.capture() as events:
        kept = other_client.post_form(url, {"decision": "keep", "reason": "Inga personuppgifter"},
                                      token_page="/moderation")
    assert kept.status_code == 302
    db.session.expire_all()
    assert db.session.get(Flag, flag_id).status == FlagStatus.KEPT
    back = [e for e in events if e.name == "post_edited"]
    assert len(back) == 1 and "Zebrakvist" in back[0].payload["post"]["html"]
    told = [e for e in events if e.name == "notification"]
    assert [e.room for e in told] == [rooms.user_room(people["author"].id)]
    assert "Zebrakvist" in client.get(f"/t/{thread.id}").get_data(as_text=True)
    note = db.session.scalar(select(Notification).where(Notification.kind == "moderation"))
    assert note.user_id == people["author"].id and note.note == "Inga personuppgifter"
    actions = set(db.session.scalars(select(AuditEntry.action)))
    assert {"flag.create", "post.hide", "post.unhide", "flag.keep"} <= actions
    again = other_client.post_form(url, {"decision": "keep", "reason": "x"},
                                   token_page="/moderation")
    assert again.status_code == 409
    other_client.post_form("/logout", token_page="/")
    other_client.login(people["author"])
    mine = other_client.get("/notifications").get_data(as_text=True)
    assert "Inga personuppgifter" in mine


def test_the_queue_remove_deletes_the_post(client, other_client, world):
    people, post, thread = world["people"], world["post"], world["thread"]
    client.login(people["reader"])
    flag(client, post.id, "inappropriate")
    other_client.login(people["mod"])
    flag_id = db.session.scalar(select(Flag.id))
    removed = other_client.post_form(f"/moderation/flags/{flag_id}/review",
                                     {"decision": "remove", "reason": "Kränkande"},
                                     token_page="/moderation")
    assert removed.status_code == 302
    db.session.expire_all()
    assert db.session.get(Flag, flag_id).status == FlagStatus.REMOVED
    page = client.get(f"/t/{thread.id}").get_data(as_text=True)
    assert "Zebrakvist" not in page and "This post was deleted." in page
    assert "flag.remove" in set(db.session.scalars(select(AuditEntry.action)))
    assert "No open flags." in other_client.get("/moderation").get_data(as_text=True)


def test_members_have_no_queue_and_cannot_review(client, world):
    client.login(world["people"]["author"])
    flag(client, world["post"].id)
    assert client.get("/moderation").status_code == 404
    flag_id = db.session.scalar(select(Flag.id))
    response = client.post_form(f"/moderation/flags/{flag_id}/review",
                                {"decision": "keep", "reason": "x"}, token_page="/")
    assert response.status_code == 404
    assert db.session.get(Flag, flag_id).status == FlagStatus.OPEN
