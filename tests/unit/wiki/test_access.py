"""Who reads which page: restricted pages never show for outsiders, admins included."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.errors import NotFound, PermissionDenied
from forum.extensions import db
from forum.wiki import access, queries, reviews
from forum.wiki.models import WikiPage
from tests.unit.wiki.helpers import make_page


@pytest.fixture
def restricted(kb):
    people, orgs, group = kb["people"], kb["orgs"], kb["group"]
    return {
        "open": make_page(people["fk_editor"], "FK öppen", org=orgs["fk"]),
        "org": make_page(people["fk_editor"], "FK intern", org=orgs["fk"], visibility="org"),
        "group": make_page(people["coordinator"], "Gruppens sida", visibility="group",
                           group_id=group.id),
    }


def readers(kb, page) -> set[str]:
    return {name for name, user in kb["people"].items() if access.can_read_page(user, page)}


def test_who_reads_what(kb, restricted):
    everyone = set(kb["people"])
    assert readers(kb, restricted["open"]) == everyone
    # The organization and its local office; nobody else, not even the admin.
    assert readers(kb, restricted["org"]) == {"fk_editor", "fk", "fk_local"}
    # The group's members and its observer.
    assert readers(kb, restricted["group"]) == {"fk", "af", "coordinator", "observer"}


def test_loaders_say_not_found_to_outsiders(kb, restricted):
    people = kb["people"]
    for name in ("af", "admin", "soc", "coordinator"):
        with pytest.raises(NotFound):
            access.page_for_reader(people[name], restricted["org"].id)
    for name in ("fk_editor", "admin", "soc"):
        with pytest.raises(NotFound):
            access.page_for_reader(people[name], restricted["group"].id)
    with pytest.raises(NotFound):
        access.page_for_reader(people["af"], 99999)
    assert access.page_for_reader(people["fk_local"], restricted["org"].id) is restricted["org"]


def test_lists_leave_restricted_pages_out(kb, restricted):
    outsider = kb["people"]["af"]
    visible = set(db.session.scalars(select(WikiPage.title).where(
        access.readable_page_filter(outsider))))
    assert visible == {"FK öppen", "Gruppens sida"}
    tree_titles = {node.title for section in queries.page_tree(kb["people"]["soc"])
                   for node in section.nodes}
    assert tree_titles == {"FK öppen"}
    queue = reviews.review_queue(kb["people"]["soc"], None, restricted["org"].review_by)
    assert {item.page.title for item in queue} == {"FK öppen"}
    assert queries.readable_page_by_title(kb["people"]["soc"], "FK intern") is None


def test_editing_needs_reading_too(kb, restricted):
    admin = kb["people"]["admin"]
    assert not access.can_edit_page(admin, restricted["org"])
    assert access.can_edit_page(admin, restricted["open"])
    with pytest.raises(NotFound):
        access.page_for_editor(admin, restricted["org"].id)
    with pytest.raises(PermissionDenied):
        access.page_for_editor(kb["people"]["fk"], restricted["org"].id)


def test_search_scopes_match_the_space_keys(kb, restricted):
    assert access.page_scope(restricted["open"]) == "all"
    assert access.page_scope(restricted["org"]) == f"org:{kb['orgs']['fk'].id}"
    assert access.page_scope(restricted["group"]) == f"group:{kb['group'].id}"


def test_anonymous_and_deactivated_read_nothing(kb, restricted):
    fia = kb["people"]["fk"]
    fia.active = False
    db.session.commit()
    assert not access.can_read_page(fia, restricted["open"])
    assert not access.can_read_page(None, restricted["open"])
    assert db.session.scalars(select(WikiPage).where(access.readable_page_filter(fia))).all() \
        == []


def test_observers_and_members_never_write(kb, restricted):
    for name in ("observer", "fk", "af", "soc"):
        user = kb["people"][name]
        assert not access.can_create_any(user)
        assert not access.can_edit_glossary(user)
        assert not access.can_edit_matrix(user)
    assert access.definition_types_for(kb["people"]["af_editor"]) == {
        kb["orgs"]["af"].type}
