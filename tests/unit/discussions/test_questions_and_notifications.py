"""Questions to an organization, and who gets notified (never anyone who cannot read)."""

from __future__ import annotations

from sqlalchemy import select

from forum.db import utcnow
from forum.discussions import entrypoints, queries, state_actions
from forum.discussions.models import FollowLevel
from forum.extensions import db
from forum.notifications import queries as notification_queries
from forum.notifications.models import Notification
from forum.realtime.publish import publish


def notified(thread) -> dict[int, str]:
    rows = db.session.scalars(select(Notification).where(Notification.thread_id == thread.id))
    return {n.user_id: n.kind for n in rows}


def test_question_is_answered_by_the_addressed_organization(world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Fråga till FK",
                          question_org=world["orgs"]["fk"])
    assert notified(thread) == {people["fk"].id: "question", people["fk_local"].id: "question"}
    forum.post(thread, people["af2"], "Jag undrar också")
    assert thread.first_answer_at is None
    assert thread.id in {r.thread.id for r in queries.open_questions(people["fk"])}
    answer = forum.post(thread, people["fk_local"], "Så här gör vi")  # a local office counts
    db.session.refresh(thread)
    assert thread.first_answer_post_id == answer.id
    assert thread.first_answer_at >= thread.created_at
    state_actions.do_mark_solution(people["af"], thread, answer, utcnow())
    db.session.commit()
    assert thread.id not in {r.thread.id for r in queries.open_questions(people["fk"])}


def test_only_the_asker_marks_the_answer(world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Fråga",
                          question_org=world["orgs"]["fk"])
    answer = forum.post(thread, people["fk"], "Svar")
    import pytest

    from forum.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        state_actions.check_mark_solution(people["fk"], thread, answer.id)
    assert state_actions.check_mark_solution(people["af"], thread, answer.id) is answer


def test_mention_reaches_readers_only(world, forum):
    people = world["people"]
    private = forum.thread(world["spaces"]["fk"], people["fk"], "Internt")
    with publish.capture() as events:
        forum.post(private, people["fk"], "Vad tycker @af.person och @fk.local?")
    assert notified(private) == {people["fk_local"].id: "mention"}
    rooms = {e.room for e in events}
    assert f"user:{people['af'].id}" not in rooms  # not even a live badge


def test_org_mention_notifies_its_people_who_can_read(world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["group"], people["fk"], "Gruppen",
                          body="Hej @af, kan ni hjälpa till?")
    # af.person is in the group; af.two and the moderator are AF but outside the group.
    assert notified(thread) == {people["af"].id: "org_mention",
                                people["observer"].id: "org_mention"}


def test_mute_silences_and_watch_adds(world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Tråd")
    state_actions.do_set_follow(people["af"], FollowLevel.MUTE, thread=thread)
    state_actions.do_set_follow(people["af2"], FollowLevel.WATCH,
                                space=world["spaces"]["open"])
    db.session.commit()
    forum.post(thread, people["fk"], "Hej @af.person")
    assert notified(thread) == {people["af2"].id: "reply"}


def test_a_thread_level_beats_the_space_level_both_ways(world, forum):
    people, space = world["people"], world["spaces"]["open"]
    thread = forum.thread(space, people["fk"], "Tråd")
    # af watches this thread in a space they muted; af2 muted it in a space they watch.
    state_actions.do_set_follow(people["af"], FollowLevel.MUTE, space=space)
    state_actions.do_set_follow(people["af"], FollowLevel.WATCH, thread=thread)
    state_actions.do_set_follow(people["af2"], FollowLevel.WATCH, space=space)
    state_actions.do_set_follow(people["af2"], FollowLevel.MUTE, thread=thread)
    db.session.commit()
    assert state_actions.follow_levels(thread) == {people["af"].id: FollowLevel.WATCH,
                                                   people["af2"].id: FollowLevel.MUTE}
    # The thread page's one-query version agrees, and a space level alone applies too.
    assert state_actions.reader_state(people["af"], thread).level == FollowLevel.WATCH
    assert state_actions.reader_state(people["af2"], thread).level == FollowLevel.MUTE
    assert state_actions.reader_state(people["fk"], thread).level == FollowLevel.NORMAL
    other = forum.thread(space, people["fk"], "Annan tråd")
    assert state_actions.reader_state(people["af"], other).level == FollowLevel.MUTE
    assert state_actions.reader_state(people["af2"], other).level == FollowLevel.WATCH
    forum.post(thread, people["fk_local"], "Hej @af.two och @af.person")
    assert notified(thread) == {people["af"].id: "mention", people["fk"].id: "reply"}


def test_notification_list_hides_threads_no_longer_readable(world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["group"], people["fk"], "Grupp", body="@af.person")
    assert [t.id for _, t, _ in notification_queries.notifications(people["af"])] == [thread.id]
    assert notification_queries.unread_notification_count(people["af"]) == 1
    group = world["group"]
    group.members = [m for m in group.members if m.user_id != people["af"].id]
    db.session.commit()
    assert notification_queries.notifications(people["af"]) == []
    assert notification_queries.unread_notification_count(people["af"]) == 0
    # Counted per space: one still readable counts, the group's still does not; the live
    # badge says the same as the page header.
    with publish.capture() as events:
        forum.thread(world["spaces"]["open"], people["fk"], "Öppen", body="@af.person")
        forum.thread(world["spaces"]["open"], people["fk"], "Öppen 2", body="@af.person")
    assert notification_queries.unread_notification_count(people["af"]) == 2
    badge = [e.payload["unread"] for e in events if e.name == "notification"
             and e.room == f"user:{people['af'].id}"]
    assert badge == [1, 2]


def test_catch_up_returns_posts_after_a_seq(world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"])
    for i in range(5):
        forum.post(thread, people["fk"], f"svar {i}")
    _, posts, has_more = entrypoints.catch_up(people["af2"], thread.id, 3)
    assert [p.seq for p in posts] == [4, 5, 6] and has_more is False
