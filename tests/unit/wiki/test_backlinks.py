"""[[Links]] from pages and posts: what links to a page, "discussed in", statement links."""

from __future__ import annotations

from sqlalchemy import select

from forum.db import utcnow
from forum.discussions import actions as discussion_actions
from forum.extensions import db
from forum.wiki import backlinks, boundaries, queries
from forum.wiki.models import WikiPostLink
from tests.unit.wiki.helpers import edit_form, make_boundary, make_page, save


def test_pages_list_the_pages_that_link_to_them(kb):
    coord = kb["people"]["coordinator"]
    target = make_page(coord, "Rehabiliteringskedjan")
    make_page(coord, "Dag 180", "Se [[Rehabiliteringskedjan]] och [[ rehabiliteringskedjan ]].")
    source = make_page(coord, "Dag 365", "Ingen länk än.")
    assert [p.title for p in queries.linking_pages(coord, target)] == ["Dag 180"]
    save(coord, source, edit_form(source, body="Nu [[Rehabiliteringskedjan]]."))
    assert [p.title for p in queries.linking_pages(coord, target)] == ["Dag 180", "Dag 365"]
    save(coord, source, edit_form(source, body="Länken borttagen."))
    assert [p.title for p in queries.linking_pages(coord, target)] == ["Dag 180"]


def test_a_restricted_page_linking_here_is_listed_only_for_its_readers(kb):
    people, orgs = kb["people"], kb["orgs"]
    target = make_page(people["coordinator"], "Sekretess")
    make_page(people["fk_editor"], "FK:s tolkning", "Vi läser [[Sekretess]] strikt.",
              org=orgs["fk"], visibility="org")
    assert [p.title for p in queries.linking_pages(people["fk"], target)] == ["FK:s tolkning"]
    assert queries.linking_pages(people["af"], target) == []
    assert queries.linking_pages(people["admin"], target) == []


def test_links_resolve_to_pages_and_missing_ones_offer_the_create_form(kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, "Rehabiliteringskedjan")
    found = backlinks.resolve_page_titles({"Rehabiliteringskedjan", "Finns ej"})
    assert (found["Rehabiliteringskedjan"].url, found["Rehabiliteringskedjan"].exists) == (
        f"/wiki/{page.id}", True)
    assert (found["Finns ej"].url, found["Finns ej"].exists) == (
        "/wiki/new?title=Finns%20ej", False)


def test_a_restricted_page_is_never_named_by_link_resolution(kb):
    people, orgs = kb["people"], kb["orgs"]
    make_page(people["fk_editor"], "Intern rutin", org=orgs["fk"], visibility="org")
    target = backlinks.resolve_page_titles({"Intern rutin"})["Intern rutin"]
    assert (target.id, target.exists) == (None, False)


def test_posts_record_their_links_and_threads_show_on_the_page(kb, forum):
    people = kb["people"]
    target = make_boundary(people["fk_editor"], kb["orgs"]["fk"])
    statement = boundaries.current_statements(target)[0]
    space = forum.space("allmant")
    thread = forum.thread(space, people["af"], "Dag 180?",
                          f"Läs [[{target.title}#s-{statement.id}]].")
    other = forum.thread(space, people["af"], "Annat", "Ingen länk.")
    discussed = queries.discussed_in(people["fk"], target)
    assert [t.id for t in discussed.threads] == [thread.id]
    assert [t.id for t in discussed.by_statement[statement.id]] == [thread.id]
    # An edit replaces the links; a link added in a reply counts for that thread.
    post = forum.post(other, people["fk"], f"Se [[{target.title}]]")
    discussed = queries.discussed_in(people["fk"], target)
    assert {t.id for t in discussed.threads} == {thread.id, other.id}
    draft = discussion_actions.check_edit_post(people["fk"], post, "Ingen länk nu.")
    discussion_actions.do_edit_post(people["fk"], post, draft, utcnow())
    db.session.commit()
    assert [t.id for t in queries.discussed_in(people["fk"], target).threads] == [thread.id]


def test_discussed_in_never_shows_a_thread_the_viewer_cannot_read(kb, forum):
    people, orgs = kb["people"], kb["orgs"]
    target = make_page(people["coordinator"], "Sekretess")
    secret = forum.space("fk-internt", "org", org=orgs["fk"])
    forum.thread(secret, people["fk"], "Hemlig FK-tråd", "Om [[Sekretess]] internt.")
    assert [t.title for t in queries.discussed_in(people["fk_local"], target).threads] == [
        "Hemlig FK-tråd"]
    for name in ("af", "admin", "soc", "coordinator"):
        assert queries.discussed_in(people[name], target).threads == [], name


def test_a_deleted_post_no_longer_counts(kb, forum):
    people = kb["people"]
    target = make_page(people["coordinator"], "Sekretess")
    thread = forum.thread(forum.space("allmant"), people["af"], "Tråd", "Hej")
    post = forum.post(thread, people["af"], "Se [[Sekretess]]")
    assert queries.discussed_in(people["af"], target).threads
    discussion_actions.do_delete_post(people["af"], post, utcnow())
    db.session.commit()
    assert queries.discussed_in(people["af"], target).threads == []


def test_links_written_before_a_page_exists_are_adopted(kb, forum):
    people = kb["people"]
    thread = forum.thread(forum.space("allmant"), people["af"], "Önskad sida",
                          "Vi behöver [[Samtycke i praktiken]].")
    link = db.session.scalar(select(WikiPostLink).where(WikiPostLink.thread_id == thread.id))
    assert link.page_id is None
    page = make_page(people["coordinator"], "Samtycke i praktiken")
    assert [t.id for t in queries.discussed_in(people["af"], page).threads] == [thread.id]


def test_a_statement_id_of_another_page_links_the_page_only(kb, forum):
    people = kb["people"]
    fk_page = make_boundary(people["fk_editor"], kb["orgs"]["fk"])
    other = make_page(people["coordinator"], "Rutin")
    statement = boundaries.current_statements(fk_page)[0]
    thread = forum.thread(forum.space("allmant"), people["af"], "Tråd",
                          f"[[Rutin#s-{statement.id}]]")
    link = db.session.scalar(select(WikiPostLink).where(WikiPostLink.thread_id == thread.id))
    assert (link.page_id, link.statement_id) == (other.id, None)
