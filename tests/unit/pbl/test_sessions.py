"""Groups, cases and the session lifecycle through the actions, with bad input and the exact
audience of every event."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.db import utcnow
from forum.discussions.models import Thread
from forum.errors import Conflict, PermissionDenied, ValidationError
from forum.extensions import db
from forum.pbl import actions, entrypoints, sessions
from forum.pbl.models import BoardItem, GroupRole, PblCase, SessionStatus
from forum.privacy_terms.guard import PrivacyWarning
from forum.realtime import rooms
from forum.realtime.publish import publish
from tests.identity_numbers import personnummer


def test_group_has_tutor_members_observer_with_consent_and_a_space(pbl):
    group = pbl["group"]
    roles = {m.user.username: m.role for m in group.members}
    assert roles == {"tutor": GroupRole.TUTOR, "fk.member": GroupRole.MEMBER,
                     "af.member": GroupRole.MEMBER, "obs": GroupRole.OBSERVER}
    observer = next(m for m in group.members if m.role == GroupRole.OBSERVER)
    assert observer.consent_note and observer.consent_at is not None
    assert actions.group_space(group).visibility.value == "group"
    assert [o.handle for o in actions.organizations_present(group)] == ["af", "fk"]


def test_only_a_tutor_creates_groups_and_observers_need_consent(pbl):
    with pytest.raises(PermissionDenied):
        actions.check_new_group(pbl["people"]["fk"], "Min grupp", "", [])
    with pytest.raises(ValidationError) as exc:
        actions.check_add_member(pbl["people"]["tutor"], pbl["group"],
                                 pbl["people"]["outsider"].id, "observer", "")
    assert "consent_note" in exc.value.field_errors
    with pytest.raises(PermissionDenied):
        actions.check_add_member(pbl["people"]["fk"], pbl["group"],
                                 pbl["people"]["outsider"].id, "member", "")


def test_a_case_with_a_personal_identity_number_is_refused_and_nothing_stored(pbl):
    before = db.session.scalar(select(func.count()).select_from(PblCase))
    with pytest.raises(PrivacyWarning) as exc:
        actions.check_new_case(pbl["people"]["tutor"], pbl["group"], "Fall",
                               "case", "", f"Personen har nummer {personnummer()}.")
    assert exc.value.blocked and "personal identity number" in exc.value.summaries()[0]
    with pytest.raises(PrivacyWarning):  # a name from the directory
        actions.check_new_case(pbl["people"]["tutor"], pbl["group"], "Fall", "case", "",
                               "Anna Lindqvist ringde i går.")
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(PblCase)) == before


def test_a_case_must_be_signed_off_before_use(pbl):
    tutor, session = pbl["people"]["tutor"], pbl["session"]
    case = actions.do_create_case(tutor, pbl["group"], actions.check_new_case(
        tutor, pbl["group"], "Artikel", "article", "", "En artikel."), utcnow())
    with pytest.raises(PermissionDenied):
        sessions.check_pick_case(tutor, session, case.id)
    with pytest.raises(PermissionDenied):
        actions.check_sign_off_case(pbl["people"]["fk"], case)
    assert sessions.check_pick_case(tutor, session, pbl["case"].id) is pbl["case"]


def test_planning_refuses_bad_dates_and_lengths(pbl):
    with pytest.raises(ValidationError) as exc:
        sessions.check_plan_session(pbl["people"]["tutor"], pbl["group"], "2026-13-40",
                                    "25:00", 5000)
    assert set(exc.value.field_errors) == {"starts_at", "minutes"}
    with pytest.raises(PermissionDenied):
        sessions.check_plan_session(pbl["people"]["fk"], pbl["group"], "2026-12-10",
                                    "13:00", 120)


def test_opening_creates_the_chat_thread_and_suggests_roles(pbl):
    tutor = pbl["people"]["tutor"]
    with publish.capture() as events:
        session = entrypoints.open_session(tutor, pbl["session"].id)
    assert session.status == SessionStatus.OPEN
    thread = db.session.get(Thread, session.thread_id)
    assert thread.space.group_id == pbl["group"].id
    assert {session.chair_id, session.scribe_id} == {pbl["people"]["fk"].id,
                                                    pbl["people"]["af"].id}
    changed = [e for e in events if e.name == "pbl_session_changed"]
    assert [e.room for e in changed] == [rooms.pbl_session_room(session.id)]
    with pytest.raises(Conflict):
        entrypoints.open_session(tutor, session.id)


def test_steps_move_on_by_the_tutor_only(pbl, open_session):
    with pytest.raises(PermissionDenied):
        entrypoints.set_step(pbl["people"]["fk"], open_session.id, 1)
    with pytest.raises(ValidationError):
        entrypoints.set_step(pbl["people"]["tutor"], open_session.id, 7)
    with publish.capture() as events:
        version = entrypoints.set_step(pbl["people"]["tutor"], open_session.id, 1)
    assert [(e.name, e.room, e.payload["current_step"], e.payload["version"])
            for e in events] == [("board_changed", rooms.pbl_session_room(open_session.id),
                                  1, version)]


def test_closing_needs_the_question_for_next_time(pbl, open_session):
    tutor = pbl["people"]["tutor"]
    with publish.capture() as events, pytest.raises(ValidationError) as exc:
        entrypoints.close_session(tutor, open_session.id, "   ", "Anteckningar")
    assert "question_for_next" in exc.value.field_errors and events == []
    db.session.refresh(open_session)
    assert open_session.status == SessionStatus.OPEN
    with pytest.raises(PermissionDenied):
        entrypoints.close_session(pbl["people"]["fk"], open_session.id, "Fråga?", "")
    entrypoints.close_session(tutor, open_session.id, "Vad menar vi med arbetsförmåga?",
                              "Vi gick igenom alla steg.")
    db.session.refresh(open_session)
    assert open_session.status == SessionStatus.CLOSED
    assert open_session.question_for_next == "Vad menar vi med arbetsförmåga?"


def test_learning_objectives_carry_over_to_report_back(pbl, open_session):
    tutor, fk = pbl["people"]["tutor"], pbl["people"]["fk"]
    entrypoints.add_item(fk, open_session.id, "objectives", "Hur definierar vi arbetsförmåga?")
    entrypoints.add_item(fk, open_session.id, "brainstorm", "Något annat")
    entrypoints.close_session(tutor, open_session.id, "Fråga?", "")
    starts, minutes = sessions.check_plan_session(tutor, pbl["group"], "2026-12-17",
                                                  "13:00", 120)
    second = sessions.do_plan_session(tutor, pbl["group"], starts, minutes)
    db.session.commit()
    assert second.number == 2
    entrypoints.open_session(tutor, second.id)
    report = db.session.scalars(select(BoardItem).where(BoardItem.session_id == second.id))
    assert [(i.step, i.text) for i in report] == [("report",
                                                   "Hur definierar vi arbetsförmåga?")]
    assert sessions.previous_session(second).question_for_next == "Fråga?"
    chair, scribe = sessions.suggested_roles(second)
    assert (chair.id, scribe.id) == (pbl["people"]["af"].id, pbl["people"]["fk"].id)


def test_attendance_and_minutes(pbl, open_session):
    tutor, fk, af = pbl["people"]["tutor"], pbl["people"]["fk"], pbl["people"]["af"]
    with pytest.raises(ValidationError):
        entrypoints.record_attendance(tutor, open_session.id, [pbl["people"]["outsider"].id])
    entrypoints.record_attendance(tutor, open_session.id, [fk.id])
    entrypoints.record_attendance(tutor, open_session.id, [fk.id, af.id])
    assert sessions.attendance_of(open_session) == {fk.id, af.id}
    with pytest.raises(Conflict):  # minutes are kept after closing
        sessions.check_edit_minutes(fk, open_session, "x")
    entrypoints.close_session(tutor, open_session.id, "Fråga?", "Sekreterarens text")
    text = sessions.check_edit_minutes(af, open_session, "Kompletterad text")
    sessions.do_edit_minutes(af, open_session, text, utcnow())
    db.session.commit()
    assert open_session.minutes == "Kompletterad text"
    with pytest.raises(PermissionDenied):
        sessions.check_edit_minutes(pbl["people"]["observer"], open_session, "x")


def test_closing_tells_exactly_the_group_about_the_question(pbl, open_session):
    from forum.notifications.models import Notification

    people = pbl["people"]
    with publish.capture() as events:
        entrypoints.close_session(people["tutor"], open_session.id, "Vem ringer först?", "")
    notified = {e.room for e in events if e.name == "notification"}
    assert notified == {rooms.user_room(people[w].id) for w in ("fk", "af", "observer")}
    rows = db.session.scalars(select(Notification)).all()
    assert {(r.user_id, r.kind) for r in rows} == {
        (people[w].id, kind) for w in ("fk", "af", "observer")
        for kind in ("pbl_opened", "pbl_question")}  # opening told them too
    from forum.discussions.models import Post

    last = db.session.scalars(select(Post).where(Post.thread_id == open_session.thread_id)
                              .order_by(Post.seq.desc())).first()
    assert last.seq == 2 and "Vem ringer först?" in last.source


def test_removing_a_member_shuts_them_out_and_empties_their_rooms(pbl, open_session):
    tutor, af = pbl["people"]["tutor"], pbl["people"]["af"]
    with pytest.raises(PermissionDenied):
        actions.check_remove_member(af, pbl["group"], pbl["people"]["fk"].id)
    with pytest.raises(ValidationError):
        actions.check_remove_member(tutor, pbl["group"], tutor.id)
    with publish.capture() as events:
        actions.do_remove_member(pbl["group"], actions.check_remove_member(
            tutor, pbl["group"], af.id))
        db.session.commit()
    [revoke] = events
    assert (revoke.kind, revoke.room) == ("revoke_user", rooms.user_room(af.id))
    space = actions.group_space(pbl["group"])
    assert set(revoke.payload["rooms"]) == {
        rooms.pbl_session_room(open_session.id), rooms.space_room(space.id),
        rooms.thread_room(open_session.thread_id)}
    from forum.errors import NotFound

    with pytest.raises(NotFound):
        entrypoints.board_state(af, open_session.id, -1)


def test_a_series_keeps_the_local_time_across_summer_time(pbl):
    from zoneinfo import ZoneInfo

    tutor = pbl["people"]["tutor"]
    series = sessions.check_plan_series(tutor, pbl["group"], "2027-03-16", "13:00", "120",
                                        "3", "14")
    local = [s.astimezone(ZoneInfo("Europe/Stockholm")) for s, _ in series]
    assert [(d.date().isoformat(), d.strftime("%H:%M")) for d in local] == [
        ("2027-03-16", "13:00"), ("2027-03-30", "13:00"), ("2027-04-13", "13:00")]
    assert [s.utcoffset() for s, _ in series] == [timedelta(0)] * 3
    assert series[0][0].hour == 12 and series[1][0].hour == 11  # CET, then CEST
    with pytest.raises(ValidationError) as exc:
        sessions.check_plan_series(tutor, pbl["group"], "2027-03-16", "13:00", "120", "40",
                                   "0")
    assert set(exc.value.field_errors) == {"count", "every_days"}
