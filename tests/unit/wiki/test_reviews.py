"""Review dates: overdue pages, each organization's review queue, marking as reviewed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from forum.db import utcnow
from forum.errors import PermissionDenied, ValidationError
from forum.extensions import db
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.wiki import reviews
from forum.wiki.fields import local_today
from tests.unit.wiki.helpers import make_page


@pytest.fixture
def dated(kb):
    people, orgs = kb["people"], kb["orgs"]
    today = local_today(utcnow())
    made = {
        "overdue": make_page(people["fk_editor"], "Försenad", org=orgs["fk"],
                             owner="fk.member"),
        "soon": make_page(people["fk_editor"], "Snart", org=orgs["fk"]),
        "later": make_page(people["fk_editor"], "Senare", org=orgs["fk"]),
        "internal": make_page(people["fk_editor"], "Intern", org=orgs["fk"], visibility="org"),
        "shared": make_page(people["coordinator"], "Delad"),
        "af": make_page(people["af_editor"], "AF-sida", org=orgs["af"]),
    }
    made["overdue"].review_by = today - timedelta(days=3)
    made["soon"].review_by = today + timedelta(days=10)
    made["internal"].review_by = today - timedelta(days=1)
    made["shared"].review_by = today - timedelta(days=20)
    made["af"].review_by = today - timedelta(days=5)
    db.session.commit()
    return made


def titles(items) -> list[str]:
    return [item.page.title for item in items]


def test_the_organizations_queue_lists_overdue_first_then_due_soon(kb, dated):
    today = local_today(utcnow())
    fk_queue = reviews.review_queue(kb["people"]["fk"], kb["orgs"]["fk"].id, today)
    assert titles(fk_queue) == ["Försenad", "Intern", "Snart"]
    assert [(i.overdue, i.days) for i in fk_queue] == [(True, 3), (True, 1), (False, -10)]
    shared = reviews.review_queue(kb["people"]["fk"], reviews.SHARED, today)
    assert titles(shared) == ["Delad"]
    everything = reviews.review_queue(kb["people"]["af"], None, today)
    assert titles(everything) == ["Delad", "AF-sida", "Försenad", "Snart"]  # no "Intern"


def test_an_outsider_never_sees_a_restricted_page_in_a_queue(kb, dated):
    today = local_today(utcnow())
    for name in ("af", "admin", "coordinator"):
        queue = reviews.review_queue(kb["people"][name], kb["orgs"]["fk"].id, today)
        assert "Intern" not in titles(queue), name


def test_marking_as_reviewed_records_who_and_when_and_the_next_date(kb, dated):
    owner, page = kb["people"]["fk"], dated["overdue"]   # the owner, not an editor
    next_date = local_today(utcnow()) + timedelta(days=180)
    with publish.capture() as events:
        chosen = reviews.check_mark_reviewed(owner, page, {"next_review": next_date.isoformat()},
                                             utcnow())
        reviews.do_mark_reviewed(owner, page, chosen, utcnow())
        db.session.commit()
    assert (page.reviewed_by_id, page.review_by) == (owner.id, next_date)
    assert page.reviewed_at is not None
    assert [(e.name, e.room) for e in events] == [("page_reviewed", rooms.page_room(page.id))]
    assert not reviews.is_overdue(page, local_today(utcnow()))


def test_a_review_date_in_the_past_or_today_is_refused(kb, dated):
    editor, page = kb["people"]["fk_editor"], dated["overdue"]
    today = local_today(utcnow())
    for value in ((today - timedelta(days=1)).isoformat(), today.isoformat(), "31/12/2030"):
        with pytest.raises(ValidationError) as exc:
            reviews.check_mark_reviewed(editor, page, {"next_review": value}, utcnow())
        assert "next_review" in exc.value.field_errors
    default = reviews.check_mark_reviewed(editor, page, {}, utcnow())
    assert default == today + timedelta(days=365)


def test_others_cannot_mark_a_page_reviewed(kb, dated):
    for name in ("af", "af_editor", "observer", "coordinator"):
        with pytest.raises(PermissionDenied):
            reviews.check_mark_reviewed(kb["people"][name], dated["overdue"], {}, utcnow())
