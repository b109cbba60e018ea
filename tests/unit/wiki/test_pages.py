"""Creating and editing pages: revisions, titles, limits, bad input, outbox and events."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.db import utcnow
from forum.errors import PermissionDenied, ValidationError
from forum.extensions import db
from forum.indexing.outbox import SearchOutbox
from forum.privacy_terms.guard import PrivacyWarning
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.wiki import pages
from forum.wiki.fields import MAX_BODY, local_today
from forum.wiki.models import WikiPage, WikiRevision
from tests.identity_numbers import personnummer
from tests.unit.wiki.helpers import edit_form, make_page, page_form, save


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def outbox() -> list[str]:
    return list(db.session.scalars(select(SearchOutbox.doc_id).order_by(SearchOutbox.id)))


def test_a_coordinator_creates_a_shared_page_with_a_first_revision(kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, "Rehabiliteringskedjan", "Dag **90**, 180 och 365.")
    revision = db.session.get(WikiRevision, page.current_revision_id)
    assert (page.title, page.organization_id, page.revision_count) == (
        "Rehabiliteringskedjan", None, 1)
    assert revision.number == 1 and revision.author_id == coord.id
    assert "<strong>90</strong>" in revision.html
    assert page.owner_id == coord.id
    assert page.review_by == local_today(utcnow()) + timedelta(days=365)
    assert f"page:{page.id}" in outbox()


def test_an_edit_adds_a_revision_with_summary_and_word_counts(kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, "Rutin", "Ett två tre.")
    revision = save(coord, page, edit_form(page, body="Ett två fyra fem.",
                                           summary="Rättade"))
    assert (revision.number, revision.summary) == (2, "Rättade")
    assert (revision.words_added, revision.words_removed) == (2, 1)
    assert page.current_revision_id == revision.id and page.revision_count == 2
    assert count(WikiRevision) == 2


def test_saving_the_same_text_makes_no_revision_but_keeps_settings(kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, "Rutin")
    later = (local_today(utcnow()) + timedelta(days=30)).isoformat()
    save(coord, page, edit_form(page, review_by=later, topic="sekretess"))
    assert page.revision_count == 1 and page.topic == "sekretess"
    assert page.review_by.isoformat() == later


def test_editors_write_only_their_own_organizations_pages(kb):
    people, orgs = kb["people"], kb["orgs"]
    fk_page = make_page(people["fk_editor"], "FK-rutin", org=orgs["fk"])
    for actor in (people["af_editor"], people["fk"], people["coordinator"],
                  people["observer"], people["fk_local"]):
        with pytest.raises(PermissionDenied):
            pages.check_edit_page(actor, fk_page, edit_form(fk_page, body="Kapat"), utcnow())
        with pytest.raises(PermissionDenied):
            pages.check_new_page(actor, page_form("Ny", organization_id=orgs["fk"].id),
                                 utcnow())
    db.session.rollback()
    assert count(WikiRevision) == 1
    save(people["admin"], fk_page, edit_form(fk_page, body="Admin rättar"))
    assert fk_page.revision_count == 2


def test_only_coordinators_and_admins_write_shared_pages(kb):
    people = kb["people"]
    for actor in (people["fk_editor"], people["fk"], people["observer"]):
        with pytest.raises(PermissionDenied):
            pages.check_new_page(actor, page_form("Delad"), utcnow())
    assert make_page(people["admin"], "Delad").organization_id is None


def test_a_title_is_unique_in_its_place_only(kb):
    people, orgs = kb["people"], kb["orgs"]
    make_page(people["coordinator"], "Kontakt")
    with pytest.raises(ValidationError) as exc:
        pages.check_new_page(people["coordinator"], page_form("  kontakt "), utcnow())
    assert "title" in exc.value.field_errors
    # Another organization's part of the wiki is another place.
    assert make_page(people["fk_editor"], "Kontakt", org=orgs["fk"]).title == "Kontakt"
    # A rename into an existing title is refused as well.
    other = make_page(people["coordinator"], "Annat")
    with pytest.raises(ValidationError):
        pages.check_edit_page(people["coordinator"], other, edit_form(other, title="KONTAKT"),
                              utcnow())


def test_bad_input_gets_field_messages_and_stores_nothing(kb):
    coord = kb["people"]["coordinator"]
    cases = [
        ({"title": ""}, "title"),
        ({"title": "Med [[klamrar]]"}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"body": ""}, "body"),
        ({"body": "x" * (MAX_BODY + 1)}, "body"),
        ({"body": "nul \x00 här"}, "body"),
        ({"review_by": "2001-01-01"}, "review_by"),
        ({"review_by": "igår"}, "review_by"),
        ({"owner": "finns.inte"}, "owner"),
        ({"visibility": "org"}, "visibility"),  # a shared page has no organization
        ({"visibility": "group", "group_id": "999"}, "group_id"),
        ({"parent_id": "999"}, "parent_id"),
    ]
    for changes, field in cases:
        form = page_form("Sida") | changes
        with pytest.raises(ValidationError) as exc:
            pages.check_new_page(coord, form, utcnow())
        assert field in exc.value.field_errors, (changes, exc.value.field_errors)
    assert count(WikiPage) == 0


def test_a_too_large_page_says_how_large_it_is(kb):
    with pytest.raises(ValidationError) as exc:
        pages.check_new_page(kb["people"]["coordinator"],
                             page_form("Stor", "å" * (MAX_BODY + 5)), utcnow())
    message = exc.value.field_errors["body"]
    assert "100 005" in message and "100 000" in message


def test_script_and_markup_are_sanitized_or_escaped(kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, '<script>alert("t")</script> titel',
                     '<script>alert(1)</script>\n\n[x](javascript:alert(2)) <img src=x onerror=y>',
                     summary='<b onmouseover="x">s</b>', topic="<i>t</i>")
    revision = db.session.get(WikiRevision, page.current_revision_id)
    assert "<script" not in revision.html and "&lt;script&gt;" in revision.html
    assert 'href="javascript' not in revision.html and "<img" not in revision.html
    # Titles and summaries are stored as typed and escaped by the templates (tested over HTTP).
    assert page.title.startswith("<script>")


def test_a_past_review_date_is_refused_but_an_overdue_one_can_stay(kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, "Gammal")
    page.review_by = local_today(utcnow()) - timedelta(days=10)
    db.session.commit()
    # The edit form carries the overdue date unchanged: the edit goes through.
    save(coord, page, edit_form(page, body="Nytt innehåll"))
    assert page.review_by < local_today(utcnow())
    yesterday = (local_today(utcnow()) - timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError) as exc:
        pages.check_edit_page(coord, page, edit_form(page, review_by=yesterday), utcnow())
    assert "review_by" in exc.value.field_errors


def test_personal_data_needs_confirmation(kb):
    coord = kb["people"]["coordinator"]
    text = f"Klienten {personnummer()} behöver hjälp."
    with pytest.raises(PrivacyWarning):
        pages.check_new_page(coord, page_form("Ärende", text), utcnow())
    new = pages.check_new_page(coord, page_form("Ärende", text, confirm_privacy="1"), utcnow())
    assert new.draft.body == text


def test_a_saved_revision_reaches_the_page_room_after_commit_only(kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, "Live")
    with publish.capture() as events:
        edit = pages.check_edit_page(coord, page, edit_form(page, body="Ändrad"), utcnow())
        pages.do_save_page(coord, page, edit, utcnow())
        db.session.rollback()
    assert events == []
    with publish.capture() as events:
        revision = save(coord, page, edit_form(page, body="Ändrad igen", summary="Ny"))
    assert [(e.name, e.room) for e in events] == [("page_updated", rooms.page_room(page.id))]
    assert events[0].payload == {
        "page_id": page.id, "revision_id": revision.id, "number": 2, "title": "Live",
        "summary": "Ny", "by": {"id": coord.id, "name": coord.display_name,
                                "org": coord.organization.short_name},
        "at": revision.created_at.isoformat()}


def test_a_page_is_deleted_with_its_history_and_subpages_move_up(kb):
    coord = kb["people"]["coordinator"]
    parent = make_page(coord, "Förälder")
    child = make_page(coord, "Barn", parent_id=parent.id)
    grandchild = make_page(coord, "Barnbarn", parent_id=child.id)
    with pytest.raises(PermissionDenied):
        pages.check_delete_page(kb["people"]["fk_editor"], child)
    pages.check_delete_page(coord, child)
    pages.do_delete_page(coord, child)
    db.session.commit()
    db.session.expire_all()
    assert db.session.get(WikiPage, child.id) is None
    assert grandchild.parent_id == parent.id
    assert db.session.scalar(select(func.count()).select_from(WikiRevision)
                             .where(WikiRevision.page_id == child.id)) == 0
    assert f"page:{child.id}" in outbox()


def test_a_page_cannot_be_placed_under_itself(kb):
    coord = kb["people"]["coordinator"]
    top = make_page(coord, "Topp")
    below = make_page(coord, "Under", parent_id=top.id)
    with pytest.raises(ValidationError) as exc:
        pages.check_edit_page(coord, top, edit_form(top, parent_id=str(below.id)), utcnow())
    assert "parent_id" in exc.value.field_errors
