"""Journals: private to the author until shared; never read by observers or outsiders."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.db import utcnow
from forum.errors import NotFound, PermissionDenied
from forum.extensions import db
from forum.pbl import access, journal


def write(pbl, who: str, body: str, shared: bool):
    user = pbl["people"][who]
    text, session = journal.check_entry(user, pbl["group"], body, pbl["session"].id)
    entry = journal.do_create_entry(user, pbl["group"], text, session, shared, utcnow())
    db.session.commit()
    return entry


def test_private_entries_are_read_by_their_author_only(pbl):
    private = write(pbl, "fk", "Bara för mig", shared=False)
    shared = write(pbl, "af", "Till gruppen", shared=True)
    people = pbl["people"]
    assert access.entry_for_reader(people["fk"], private.id) is private
    for who in ("af", "tutor", "observer", "outsider", "admin"):
        with pytest.raises(NotFound):
            access.entry_for_reader(people[who], private.id)
    for who in ("fk", "tutor"):
        assert access.entry_for_reader(people[who], shared.id) is shared
    for who in ("observer", "outsider", "admin"):
        with pytest.raises(NotFound):
            access.entry_for_reader(people[who], shared.id)

    def listed(who):
        query = access.readable_entries(people[who], pbl["group"].id)
        return {e.body for e in db.session.scalars(query)}

    assert listed("fk") == {"Bara för mig", "Till gruppen"}
    assert listed("tutor") == {"Till gruppen"}
    assert listed("observer") == set() and listed("outsider") == set()


def test_only_the_author_edits_and_observers_keep_no_journal(pbl):
    entry = write(pbl, "fk", "Första tanken", shared=False)
    with pytest.raises(PermissionDenied):
        journal.check_entry(pbl["people"]["observer"], pbl["group"], "x", None)
    with pytest.raises(PermissionDenied):
        journal.check_edit_entry(pbl["people"]["af"], entry, "x")
    body = journal.check_edit_entry(pbl["people"]["fk"], entry, "Andra tanken")
    journal.do_edit_entry(entry, body, True, utcnow())
    db.session.commit()
    assert access.entry_for_reader(pbl["people"]["af"], entry.id).body == "Andra tanken"


def test_groups_are_listed_for_their_people_only(pbl):
    from forum.pbl.models import PblGroup

    people = pbl["people"]
    for who in ("tutor", "fk", "observer"):
        assert list(db.session.scalars(access.readable_groups(people[who]))) == [pbl["group"]]
    for who in ("outsider", "admin"):
        assert list(db.session.scalars(access.readable_groups(people[who]))) == []
        with pytest.raises(NotFound):
            access.group_for_reader(people[who], pbl["group"].id)
    assert db.session.scalars(select(PblGroup)).all() == [pbl["group"]]


def test_personal_data_never_enters_a_journal(pbl):
    from forum.pbl.models import JournalEntry
    from forum.privacy_terms.guard import PrivacyWarning
    from tests.identity_numbers import personnummer

    with pytest.raises(PrivacyWarning) as exc:
        journal.check_entry(pbl["people"]["fk"], pbl["group"],
                            f"Klienten {personnummer()} ringde.", None)
    assert exc.value.blocked
    entry = write(pbl, "fk", "Ren text", shared=False)
    with pytest.raises(PrivacyWarning):
        journal.check_edit_entry(pbl["people"]["fk"], entry, "Ring 070-123 45 67")
    db.session.rollback()
    assert [e.body for e in db.session.scalars(select(JournalEntry))] == ["Ren text"]
