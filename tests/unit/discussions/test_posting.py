"""Posting: sequence numbers, retries, bad input, edits, deletes, and the exact audience of
every event."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from forum.db import utcnow
from forum.discussions import actions, entrypoints, state_actions
from forum.discussions.models import Post, PostRevision, Thread
from forum.errors import NotFound, PermissionDenied, ValidationError
from forum.extensions import db
from forum.realtime.publish import publish


def post_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Post))


@pytest.fixture
def thread(world, forum):
    return forum.thread(world["spaces"]["open"], world["people"]["af"], "Dag 180")


def test_sequence_numbers_follow_each_other(world, forum, thread):
    posts = [forum.post(thread, world["people"]["fk"], f"svar {i}") for i in range(3)]
    assert [p.seq for p in posts] == [2, 3, 4]
    db.session.refresh(thread)
    assert thread.last_seq == 4 and thread.post_count == 4


def test_retry_with_same_client_id_returns_the_first_post(world, thread):
    user = world["people"]["fk"]
    first, dup1 = entrypoints.submit_post(user, thread.id, "Hej", "client-abc-123")
    again, dup2 = entrypoints.submit_post(user, thread.id, "Hej", "client-abc-123")
    assert (dup1, dup2) == (False, True)
    assert again.id == first.id
    assert post_count() == 2


def test_client_id_of_another_thread_is_refused(world, forum, thread):
    other = forum.thread(world["spaces"]["open"], world["people"]["af"], "Annan")
    entrypoints.submit_post(world["people"]["fk"], thread.id, "Hej", "client-abc-123")
    with pytest.raises(ValidationError):
        entrypoints.submit_post(world["people"]["fk"], other.id, "Hej", "client-abc-123")


@pytest.mark.parametrize(("body", "field"), [
    ("", "body"), ("   \n  ", "body"), ("x" * (64 * 1024 + 1), "body"), ("nul\x00byte", "body"),
])
def test_bad_bodies_store_nothing(world, thread, body, field):
    before = post_count()
    with pytest.raises(ValidationError) as caught:
        entrypoints.submit_post(world["people"]["fk"], thread.id, body, None)
    assert field in caught.value.field_errors
    assert post_count() == before


@pytest.mark.parametrize("client_id", ["short", "has space in it", "x" * 65, "ö" * 10])
def test_bad_client_ids(world, thread, client_id):
    with pytest.raises(ValidationError):
        entrypoints.submit_post(world["people"]["fk"], thread.id, "Hej", client_id)


def test_over_long_title_and_missing_title(world):
    space, user = world["spaces"]["open"], world["people"]["af"]
    for title in ("x" * 2000, "", "a\x00b"):
        with pytest.raises(ValidationError) as caught:
            actions.check_new_thread(user, space, title, "text", None)
        assert "title" in caught.value.field_errors
    assert db.session.scalar(select(func.count()).select_from(Thread)) == 0


def test_outsider_cannot_post_into_a_private_thread(world, forum):
    thread = forum.thread(world["spaces"]["fk"], world["people"]["fk"])
    with pytest.raises(NotFound):
        entrypoints.submit_post(world["people"]["af"], thread.id, "Hej", None)


def test_observer_cannot_post(world, thread):
    with pytest.raises(PermissionDenied):
        entrypoints.submit_post(world["people"]["observer"], thread.id, "Hej", None)


def test_post_event_goes_to_the_thread_room_and_space_room_only(world, thread):
    with publish.capture() as events:
        post, _ = entrypoints.submit_post(world["people"]["fk"], thread.id, "Hej", None)
    by_name = {e.name: e for e in events}
    assert by_name["post_created"].room == f"thread:{thread.id}"
    assert by_name["post_created"].payload["post"]["seq"] == post.seq
    assert by_name["thread_activity"].room == f"space:{thread.space_id}"
    # The author of the thread is notified of the reply, in their own room only.
    assert by_name["notification"].room == f"user:{world['people']['af'].id}"
    assert {e.room for e in events} == {f"thread:{thread.id}", f"space:{thread.space_id}",
                                        f"user:{world['people']['af'].id}",
                                        f"user:{world['people']['fk'].id}"}


def test_no_event_for_a_rolled_back_change(world, thread):
    user = world["people"]["fk"]
    with publish.capture() as events:
        draft = actions.check_new_post(user, thread, "Hej", None)
        actions.do_create_post(user, thread, draft, utcnow())
        db.session.rollback()
    assert events == []


def test_edit_keeps_history_and_marks_edited(world, forum, thread):
    user = world["people"]["fk"]
    post = forum.post(thread, user, "Första versionen")
    with publish.capture() as events:
        draft = actions.check_edit_post(user, post, "Andra versionen")
        actions.do_edit_post(user, post, draft, utcnow())
        db.session.commit()
    assert post.edit_count == 1 and post.edited_at is not None
    revisions = db.session.scalars(select(PostRevision)).all()
    assert [r.source for r in revisions] == ["Första versionen"]
    assert [e.name for e in events] == ["post_edited"]
    assert events[0].room == f"thread:{thread.id}"
    with pytest.raises(PermissionDenied):
        actions.check_edit_post(world["people"]["af2"], post, "kapat")


def test_delete_leaves_a_tombstone_and_moderator_restores(world, forum, thread):
    author, moderator = world["people"]["fk"], world["people"]["moderator"]
    post = forum.post(thread, author, "Ångrar mig")
    with publish.capture() as events:
        actions.check_delete_post(author, post)
        actions.do_delete_post(author, post, utcnow())
        db.session.commit()
    payload = events[0].payload["post"]
    assert payload["deleted"] is True and payload["html"] == "" and "Ångrar" not in str(payload)
    with pytest.raises(PermissionDenied):
        actions.check_restore_post(author, post)
    actions.check_restore_post(moderator, post)
    actions.do_restore_post(moderator, post)
    db.session.commit()
    assert post.deleted_at is None


def test_reactions_toggle(world, forum, thread):
    post = forum.post(thread, world["people"]["fk"])
    user = world["people"]["af"]
    assert state_actions.do_toggle_reaction(user, post, state_actions.check_reaction(
        user, post, "+1")) is True
    assert state_actions.do_toggle_reaction(user, post, "+1") is False
    with pytest.raises(ValidationError):
        state_actions.check_reaction(user, post, "rocket")
    with pytest.raises(PermissionDenied):
        state_actions.check_reaction(world["people"]["observer"], post, "+1")


def test_read_state_moves_forward_only(world, forum, thread):
    reader = world["people"]["af2"]
    for i in range(3):
        forum.post(thread, world["people"]["fk"], f"{i}")
    assert entrypoints.mark_read(reader, thread.id, 2) == 2
    assert entrypoints.mark_read(reader, thread.id, 1) == 2
    assert entrypoints.mark_read(reader, thread.id, 999) == 0
