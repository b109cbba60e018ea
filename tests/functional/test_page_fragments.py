"""Fragments many requests share (forum.web.fragment_cache, forum.wiki.page_fragments): the
knowledge base's aside, a page's subpages and backlinks follow every change of the pages at
once, and two readers who may read different pages never get each other's fragment. Each
change comes after the fragment it affects was rendered (and so cached)."""

from __future__ import annotations

import pytest

from forum.accounts.models import Role
from forum.extensions import db
from forum.pbl.models import GroupMember, GroupRole
from forum.wiki import pages
from tests.conftest import FormClient
from tests.factories import ForumFactory
from tests.unit.wiki.helpers import build_kb, edit_form, make_page, save


@pytest.fixture
def kb(app):
    forum = ForumFactory()
    world = build_kb(forum)
    world["forum"] = forum
    world["hub"] = make_page(world["people"]["coordinator"], "Navet", "Startsidan.")
    return world


def part(html: str, start: str, end: str) -> str:
    begin = html.index(start)
    return html[begin:html.index(end, begin)]


def aside(html: str) -> str:
    return part(html, '<aside class="wiki-aside"', "</aside>")


def subpages(html: str) -> str:
    return part(html, 'id="sub-h"', "</section>") if 'id="sub-h"' in html else ""


def linked_from(html: str) -> str:
    return part(html, 'id="links-h"', "</section>")


def reader(app, person) -> FormClient:
    client = FormClient(app.test_client())
    client.login(person)
    return client


def view(client, page) -> str:
    response = client.get(f"/wiki/{page.id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_tree_and_subpages_follow_pages_created_renamed_moved_and_deleted(client, kb):
    people, hub = kb["people"], kb["hub"]
    coordinator = people["coordinator"]
    client.login(people["fk"])
    assert "Beta" not in aside(view(client, hub))
    beta = make_page(coordinator, "Beta", "Text.")
    assert "Beta" in aside(view(client, hub))
    save(coordinator, beta, edit_form(beta, title="Gamma"))
    html = view(client, hub)
    assert "Gamma" in aside(html) and "Beta" not in html
    assert subpages(html) == ""
    save(coordinator, beta, edit_form(beta, parent_id=str(hub.id)))  # moved under the hub
    html = view(client, hub)
    assert "Gamma" in subpages(html)
    tree = aside(html)
    assert tree.index("Navet") < tree.index("Gamma") and tree.count('class="tree"') >= 2
    pages.do_delete_page(coordinator, beta)
    db.session.commit()
    html = view(client, hub)
    assert "Gamma" not in html and subpages(html) == ""


def test_backlinks_follow_links_added_and_removed(client, kb):
    people, hub = kb["people"], kb["hub"]
    client.login(people["af"])
    assert "Länkaren" not in linked_from(view(client, hub))
    source = make_page(people["coordinator"], "Länkaren", "Se [[Navet]].")
    assert "Länkaren" in linked_from(view(client, hub))
    save(people["coordinator"], source, edit_form(source, body="Ingen länk längre."))
    assert "Länkaren" not in linked_from(view(client, hub))
    assert "Länkaren" in aside(view(client, hub))  # still a page, only no longer a link


def test_the_current_page_is_marked_in_the_shared_tree(client, kb):
    people, hub = kb["people"], kb["hub"]
    other = make_page(people["coordinator"], "Annan", "Text.")
    client.login(people["fk"])
    for page, not_current in ((hub, other), (other, hub), (hub, other)):
        tree = aside(view(client, page))
        assert f'<a href="/wiki/{page.id}" aria-current="page">' in tree
        assert f'<a href="/wiki/{not_current.id}">' in tree
        assert tree.count("aria-current") == 1


def test_a_page_restricted_after_it_was_cached_disappears_for_outsiders(client, kb):
    people, orgs, hub = kb["people"], kb["orgs"], kb["hub"]
    rutin = make_page(people["fk_editor"], "FK-rutinen", "Om [[Navet]].", org=orgs["fk"])
    client.login(people["af"])
    html = view(client, hub)
    assert "FK-rutinen" in aside(html) and "FK-rutinen" in linked_from(html)
    save(people["fk_editor"], rutin, edit_form(rutin, visibility="org"))
    html = view(client, hub)
    assert "FK-rutinen" not in html and f"/wiki/{rutin.id}" not in html


def test_readers_who_may_read_different_pages_never_share_a_fragment(app, client, kb):
    people, orgs, hub = kb["people"], kb["orgs"], kb["hub"]
    make_page(people["fk_editor"], "FK intern", "Om [[Navet]].", org=orgs["fk"],
              visibility="org")
    make_page(people["coordinator"], "Gruppens sida", "Om [[Navet]].", visibility="group",
              group_id=kb["group"].id)
    # Insiders first (their fragments cached), then outsiders on the same page.
    client.login(people["fk"])  # FK, in the group
    html = view(client, hub)
    assert "FK intern" in aside(html) and "FK intern" in linked_from(html)
    assert "Gruppens sida" in aside(html) and "Gruppens sida" in linked_from(html)
    html = view(reader(app, people["af_editor"]), hub)  # neither
    assert "FK intern" not in html and "Gruppens sida" not in html
    html = view(reader(app, people["fk_editor"]), hub)  # FK, not in the group
    assert "FK intern" in html and "Gruppens sida" not in html
    html = view(reader(app, people["af"]), hub)  # in the group, not FK
    assert "FK intern" not in html and "Gruppens sida" in html


def test_joining_a_group_shows_its_pages_at_once(client, kb):
    people, hub = kb["people"], kb["hub"]
    make_page(people["coordinator"], "Gruppens sida", "Text.", visibility="group",
              group_id=kb["group"].id)
    client.login(people["soc"])
    assert "Gruppens sida" not in view(client, hub)
    db.session.add(GroupMember(group_id=kb["group"].id, user_id=people["soc"].id,
                               role=GroupRole.MEMBER))
    db.session.commit()
    assert "Gruppens sida" in aside(view(client, hub))


def test_an_organization_renamed_heads_its_part_of_the_tree_at_once(client, kb):
    people, orgs, hub = kb["people"], kb["orgs"], kb["hub"]
    make_page(people["fk_editor"], "FK-sidan", "Text.", org=orgs["fk"])
    client.login(people["af"])
    assert "Försäkringskassan" in aside(view(client, hub))
    orgs["fk"].name = "Kassan"
    db.session.commit()
    tree = aside(view(client, hub))
    assert "Kassan" in tree and "Försäkringskassan" not in tree


def test_the_navigation_shows_a_reader_only_their_own_links(client, app):
    forum = ForumFactory()
    org = forum.org("Förbundet", handle="forbundet")
    admin = forum.admin(org, username="admin")
    moderator = forum.user(org, roles=(Role.MODERATOR,), username="mod")
    member = forum.user(org, username="member")
    client.login(admin)
    nav = part(client.get("/wiki").get_data(as_text=True), 'class="main-nav"', "</nav>")
    assert "/admin" in nav and "/moderation" in nav
    for person, review in ((moderator, True), (member, False)):
        nav = part(reader(app, person).get("/wiki").get_data(as_text=True),
                   'class="main-nav"', "</nav>")
        assert "/admin" not in nav and ("/moderation" in nav) is review
        assert 'href="/wiki" aria-current="page"' in nav


def test_a_topic_from_the_address_filters_the_tree_and_is_not_kept(client, kb):
    from forum.web.fragment_cache import cache

    people = kb["people"]
    make_page(people["coordinator"], "Om sjukpenning", "Text.", topic="Sjukpenning")
    client.login(people["fk"])
    client.get("/wiki?topic=Sjukpenning")  # warm: the navigation and the page end
    before = len(cache)
    for topic in ("Sjukpenning", "Ingen sådan", "Sjukpenning"):
        tree = aside(client.get(f"/wiki?topic={topic}").get_data(as_text=True))
        assert ("Om sjukpenning" in tree) is (topic == "Sjukpenning")
        assert "Navet" not in tree
    assert len(cache) == before
    assert "Navet" in aside(client.get("/wiki").get_data(as_text=True))


def test_posting_and_asking_leave_the_pages_version_alone(kb):
    """The version row is bumped in the writing transaction (a row lock until its commit):
    only a change to pages, page links or organizations may take it."""
    from sqlalchemy import select

    from forum.db.fragment_versions import FragmentVersion

    def version() -> int:
        return db.session.scalar(select(FragmentVersion.version))

    forum, people, orgs = kb["forum"], kb["people"], kb["orgs"]
    before = version()
    thread = forum.thread(forum.space("allmant"), people["af"], "En fråga till FK",
                          "Hur gör ni med [[Navet]]?", question_org=orgs["fk"])
    forum.post(thread, people["fk"], "Så här.")
    db.session.commit()
    assert version() == before
    make_page(people["coordinator"], "Ny sida", "Text.")
    assert version() != before
