"""Editing a case: who may, the same checks as a new case, and a changed case needs a new
sign-off."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.db import utcnow
from forum.errors import PermissionDenied, ValidationError
from forum.extensions import db
from forum.indexing.outbox import SearchOutbox
from forum.pbl import actions, sessions
from forum.pbl.models import CaseKind
from forum.privacy_terms.guard import PrivacyWarning
from tests.identity_numbers import personnummer


def _member_case(pbl):
    member = pbl["people"]["fk"]
    case = actions.do_create_case(member, pbl["group"], actions.check_new_case(
        member, pbl["group"], "Ett utkast", "case", "", "Första texten."), utcnow())
    db.session.commit()
    return member, case


def _outbox() -> list[str]:
    return list(db.session.scalars(select(SearchOutbox.doc_id).order_by(SearchOutbox.id)))


def test_the_author_and_the_tutor_edit_other_members_and_observers_do_not(pbl):
    author, case = _member_case(pbl)
    for person in (author, pbl["people"]["tutor"]):
        data = actions.check_edit_case(person, case, "Nytt namn", "article", "a, b", "Ny text.")
        assert data.title == "Nytt namn" and data.kind is CaseKind.ARTICLE
    for person in (pbl["people"]["af"], pbl["people"]["observer"]):
        with pytest.raises(PermissionDenied):
            actions.check_edit_case(person, case, "Nytt namn", "case", "", "Ny text.")


def test_an_edit_is_saved_and_queued_for_search(pbl):
    author, case = _member_case(pbl)
    before = len(_outbox())
    data = actions.check_edit_case(author, case, " Fallet  ", "rule_change", "x,, y ", "Ny.")
    assert actions.do_edit_case(author, case, data) is True
    db.session.commit()
    db.session.refresh(case)
    assert (case.title, case.kind, case.tags, case.body) == (
        "Fallet", CaseKind.RULE_CHANGE, "x, y", "Ny.")
    assert _outbox()[before:] == [f"case:{case.id}"]


def test_an_unchanged_save_changes_nothing_and_keeps_the_sign_off(pbl):
    tutor, case = pbl["people"]["tutor"], pbl["case"]
    before = len(_outbox())
    data = actions.check_edit_case(tutor, case, case.title, case.kind.value, case.tags,
                                   case.body)
    assert actions.do_edit_case(tutor, case, data) is False
    assert case.signed_off_at is not None
    assert len(_outbox()) == before


def test_a_changed_case_needs_a_new_sign_off_before_it_is_used_again(pbl):
    tutor, case, session = pbl["people"]["tutor"], pbl["case"], pbl["session"]
    data = actions.check_edit_case(tutor, case, case.title, "case", case.tags, "Ändrad text.")
    assert actions.do_edit_case(tutor, case, data) is True
    db.session.commit()
    assert case.signed_off_at is None and case.signed_off_by_id is None
    with pytest.raises(PermissionDenied):
        sessions.check_pick_case(tutor, session, case.id)
    actions.check_sign_off_case(tutor, case)
    actions.do_sign_off_case(tutor, case, utcnow())
    assert sessions.check_pick_case(tutor, session, case.id) is case


@pytest.mark.parametrize(("title", "kind", "body", "error"), [
    ("", "case", "Text.", ValidationError),
    ("x" * 2000, "case", "Text.", ValidationError),
    ("Fall", "nonsense", "Text.", ValidationError),
    ("Fall", "case", "", ValidationError),
    ("Fall", "case", "a\x00b", ValidationError),
    ("Fall", "case", f"Nummer {personnummer()}", PrivacyWarning),
    ("Fall", "case", "Anna Lindqvist ringde.", PrivacyWarning),  # a name in the directory
])
def test_bad_edits_are_refused_and_the_case_stays_as_it_was(pbl, title, kind, body, error):
    tutor, case = pbl["people"]["tutor"], pbl["case"]
    before = (case.title, case.kind, case.tags, case.body, case.signed_off_at)
    with pytest.raises(error):
        actions.check_edit_case(tutor, case, title, kind, "", body)
    db.session.rollback()
    db.session.refresh(case)
    assert (case.title, case.kind, case.tags, case.body, case.signed_off_at) == before
