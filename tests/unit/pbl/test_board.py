"""The step board: small actions with a version per board, concurrent edits that never lose
an item, bad input, and events only to the session room."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.errors import Conflict, NotFound, PermissionDenied, ValidationError
from forum.extensions import db
from forum.pbl import entrypoints
from forum.pbl.models import BoardItem
from forum.privacy_terms.guard import PrivacyWarning
from forum.realtime import rooms
from forum.realtime.publish import publish
from tests.identity_numbers import personnummer


def test_add_edit_move_vote_each_take_the_next_version(pbl, open_session):
    fk, af = pbl["people"]["fk"], pbl["people"]["af"]
    start = entrypoints.board_state(fk, open_session.id, -1)["version"]
    with publish.capture() as events:
        a = entrypoints.add_item(fk, open_session.id, "clarify", "Arbetsförmåga?")
        b = entrypoints.add_item(af, open_session.id, "clarify", "Dag 180?")
        entrypoints.edit_item(af, a.id, "Vad betyder arbetsförmåga?", 1)
        entrypoints.move_item(fk, b.id, "clarify", 0, 1)
        entrypoints.toggle_vote(af, a.id)
    assert [e.payload["op"] for e in events] == ["add", "add", "edit", "move", "vote"]
    assert [e.payload["version"] for e in events] == list(range(start + 1, start + 6))
    assert {e.room for e in events} == {rooms.pbl_session_room(open_session.id)}
    assert events[3].payload["order"] == [b.id, a.id]
    assert events[3].payload["item"]["version"] == 2  # a move takes the note's next version
    assert events[4].payload["item"]["votes"] == [af.id]
    state = entrypoints.board_state(fk, open_session.id, start)
    assert state["changed"] and [i["text"] for i in state["items"]] == [
        "Dag 180?", "Vad betyder arbetsförmåga?"]
    assert entrypoints.board_state(fk, open_session.id, start + 5)["changed"] is False
    entrypoints.toggle_vote(af, a.id)  # a second vote takes it back
    db.session.refresh(a)
    assert a.votes == []


def test_two_members_editing_one_note_never_lose_a_change(pbl, open_session):
    fk, af = pbl["people"]["fk"], pbl["people"]["af"]
    item = entrypoints.add_item(fk, open_session.id, "brainstorm", "Första")
    entrypoints.edit_item(fk, item.id, "Fias version", 1)
    with publish.capture() as events, pytest.raises(Conflict) as exc:
        entrypoints.edit_item(af, item.id, "Annas version", 1)  # based on the old text
    assert exc.value.details["current"]["text"] == "Fias version" and events == []
    entrypoints.edit_item(af, item.id, "Annas version", 2)
    db.session.refresh(item)
    assert (item.text, item.version) == ("Annas version", 3)


def test_a_move_reorders_and_crosses_steps_and_reaches_the_room_only(pbl, open_session):
    fk, af = pbl["people"]["fk"], pbl["people"]["af"]
    a, b, c = (entrypoints.add_item(fk, open_session.id, "clarify", t) for t in "ABC")
    with publish.capture() as events:
        entrypoints.move_item(af, c.id, "clarify", 0, 1)
        entrypoints.move_item(af, a.id, "problem", 5, 1)  # past the end: last there
    assert [(e.name, e.room) for e in events] == [
        ("board_changed", rooms.pbl_session_room(open_session.id))] * 2
    assert events[0].payload["order"] == [c.id, a.id, b.id]
    assert (events[1].payload["step"], events[1].payload["order"]) == ("problem", [a.id])
    state = entrypoints.board_state(fk, open_session.id, -1)
    assert [(i["step"], i["text"]) for i in state["items"]] == [
        ("clarify", "C"), ("clarify", "B"), ("problem", "A")]


def _snapshot(session_id):
    db.session.expire_all()
    return [(i.id, i.step, i.position, i.version, i.text) for i in db.session.scalars(
        select(BoardItem).where(BoardItem.session_id == session_id).order_by(BoardItem.id))]


def test_bad_moves_change_nothing(pbl, open_session):
    fk, af, tutor = pbl["people"]["fk"], pbl["people"]["af"], pbl["people"]["tutor"]
    a = entrypoints.add_item(fk, open_session.id, "clarify", "A")
    entrypoints.add_item(fk, open_session.id, "clarify", "B")
    entrypoints.move_item(af, a.id, "problem", 0, 1)  # now version 2
    # Another group of the same tutor that fk is not in, with a note of its own.
    from forum.db import utcnow
    from forum.pbl import actions, sessions

    other = actions.do_create_group(tutor, actions.check_new_group(
        tutor, "Annan grupp", "Något annat", [af.id]), utcnow())
    starts, minutes = sessions.check_plan_session(tutor, other, "2099-01-05", "13:00", 120)
    planned = sessions.do_plan_session(tutor, other, starts, minutes)
    db.session.commit()
    entrypoints.open_session(tutor, planned.id)
    theirs = entrypoints.add_item(af, planned.id, "clarify", "Deras lapp")
    before, before_theirs = _snapshot(open_session.id), _snapshot(planned.id)
    version = open_session.board_version
    with publish.capture() as events:
        with pytest.raises(ValidationError):
            entrypoints.move_item(fk, a.id, "nosuch", 0, 2)
        with pytest.raises(Conflict) as stale:
            entrypoints.move_item(fk, a.id, "clarify", 0, 1)  # started before af's move
        with pytest.raises(NotFound):
            entrypoints.move_item(fk, theirs.id, "clarify", 0, 1)
        with pytest.raises(PermissionDenied):
            entrypoints.move_item(pbl["people"]["observer"], a.id, "clarify", 0, 2)
    assert events == []
    assert stale.value.details["current"]["step"] == "problem"
    assert _snapshot(open_session.id) == before and _snapshot(planned.id) == before_theirs
    db.session.refresh(open_session)
    assert open_session.board_version == version


def test_an_edit_started_before_a_move_conflicts_with_the_text_unchanged(pbl, open_session):
    """The client then saves again on the new version (static/js/pbl/edits.js): the text
    nobody touched is no real conflict, and the move is kept."""
    fk, af = pbl["people"]["fk"], pbl["people"]["af"]
    item = entrypoints.add_item(fk, open_session.id, "clarify", "Original")
    entrypoints.move_item(af, item.id, "problem", 0, 1)
    with pytest.raises(Conflict) as exc:
        entrypoints.edit_item(fk, item.id, "Ny text", 1)
    assert exc.value.details["current"]["text"] == "Original"
    entrypoints.edit_item(fk, item.id, "Ny text", exc.value.details["current"]["version"])
    db.session.refresh(item)
    assert (item.step, item.text, item.version) == ("problem", "Ny text", 3)


def test_adds_at_the_same_time_keep_every_item(pbl, open_session):
    fk, af = pbl["people"]["fk"], pbl["people"]["af"]
    for i in range(5):
        entrypoints.add_item(fk, open_session.id, "brainstorm", f"fk {i}")
        entrypoints.add_item(af, open_session.id, "brainstorm", f"af {i}")
    items = db.session.scalars(select(BoardItem).where(BoardItem.step == "brainstorm"))
    assert sorted(i.position for i in items) == list(range(1, 11))


@pytest.mark.parametrize(("step", "text", "error"), [
    ("nope", "text", ValidationError), ("clarify", "", ValidationError),
    ("clarify", "x" * 501, ValidationError), ("clarify", "nul\x00", ValidationError),
    ("clarify", f"Klienten {personnummer()}", PrivacyWarning),
])
def test_bad_items_are_refused_and_nothing_published(pbl, open_session, step, text, error):
    with publish.capture() as events, pytest.raises(error):
        entrypoints.add_item(pbl["people"]["fk"], open_session.id, step, text)
    assert events == []
    assert db.session.scalars(select(BoardItem)).all() == []


def test_observers_read_but_do_not_write_and_outsiders_see_nothing(pbl, open_session):
    item = entrypoints.add_item(pbl["people"]["fk"], open_session.id, "clarify", "Term")
    observer, outsider = pbl["people"]["observer"], pbl["people"]["outsider"]
    state = entrypoints.board_state(observer, open_session.id, -1)
    assert state["items"] and state["can_write"] is False
    with pytest.raises(PermissionDenied):
        entrypoints.add_item(observer, open_session.id, "clarify", "Obs")
    with pytest.raises(PermissionDenied):
        entrypoints.toggle_vote(observer, item.id)
    for who in (outsider, pbl["people"]["admin"]):
        with pytest.raises(NotFound):
            entrypoints.board_state(who, open_session.id, -1)
        with pytest.raises(NotFound):
            entrypoints.edit_item(who, item.id, "x", 1)
        with pytest.raises(NotFound):
            entrypoints.add_item(who, open_session.id, "clarify", "x")
    with pytest.raises(NotFound):
        entrypoints.board_state(outsider, 999_999, -1)


def test_a_planned_or_closed_board_takes_no_notes(pbl):
    with pytest.raises(Conflict):
        entrypoints.add_item(pbl["people"]["fk"], pbl["session"].id, "clarify", "För tidigt")


def test_a_note_is_removed_by_its_author_or_the_tutor_only(pbl, open_session):
    fk, af, tutor = pbl["people"]["fk"], pbl["people"]["af"], pbl["people"]["tutor"]
    mine = entrypoints.add_item(fk, open_session.id, "clarify", "Skrivfel")
    other = entrypoints.add_item(fk, open_session.id, "clarify", "Tutorn tar bort")
    with pytest.raises(PermissionDenied):
        entrypoints.remove_item(af, mine.id)
    with pytest.raises(PermissionDenied):
        entrypoints.remove_item(pbl["people"]["observer"], mine.id)
    with pytest.raises(NotFound):
        entrypoints.remove_item(pbl["people"]["outsider"], mine.id)
    with publish.capture() as events:
        entrypoints.remove_item(fk, mine.id)
        entrypoints.remove_item(tutor, other.id)
    assert [(e.payload["op"], e.payload["item_id"], e.room) for e in events] == [
        ("remove", mine.id, rooms.pbl_session_room(open_session.id)),
        ("remove", other.id, rooms.pbl_session_room(open_session.id))]
    assert db.session.scalars(select(BoardItem)).all() == []
    with pytest.raises(NotFound):
        entrypoints.remove_item(fk, mine.id)
