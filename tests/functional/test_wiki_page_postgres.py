"""The knowledge-base page on PostgreSQL, as the scaled deployment runs it: the one
readable-pages query (plain columns, `links_here` as EXISTS) behind the tree, subpages and
backlinks, the threads linking here as id and title, the version row of the fragments, and
a restriction reaching the cached lists."""

from __future__ import annotations

from forum.extensions import db
from tests.conftest import FormClient, postgres_app_fixture
from tests.factories import ForumFactory
from tests.unit.wiki.helpers import build_kb, edit_form, make_page, save

pg_app = postgres_app_fixture("forum_wiki_page")


def test_wiki_page_on_postgres(pg_app):
    forum = ForumFactory()
    kb = build_kb(forum)
    people, orgs = kb["people"], kb["orgs"]
    hub = make_page(people["coordinator"], "Navet", "Startsidan.")
    child = make_page(people["coordinator"], "Barnet", "Se [[Navet]].", parent_id=hub.id)
    inside = make_page(people["fk_editor"], "FK-rutinen", "Om [[Navet]].", org=orgs["fk"])
    forum.thread(forum.space("allmant"), people["af"], "Tråden om navet", "Se [[Navet]].")
    secret = forum.space("fk-internt", "org", org=orgs["fk"])
    forum.thread(secret, people["fk"], "Intern tråd", "Om [[Navet]].")
    db.session.commit()

    client = FormClient(pg_app.test_client())
    client.login(people["af"])
    for _ in range(2):  # the second view from the cached fragments
        html = client.get(f"/wiki/{hub.id}").get_data(as_text=True)
        sub = html[html.index('id="sub-h"'):]
        assert "Barnet" in sub[:sub.index("</section>")]
        links = html[html.index('id="links-h"'):]
        links = links[:links.index("</section>")]
        assert "Barnet" in links and "FK-rutinen" in links and "Tråden om navet" in links
        assert "Intern tråd" not in html
        assert f'<a href="/wiki/{hub.id}" aria-current="page">' in html
        assert f'<a href="/wiki/{child.id}">' in html
    save(people["fk_editor"], inside, edit_form(inside, visibility="org"))
    html = client.get(f"/wiki/{hub.id}").get_data(as_text=True)
    assert "FK-rutinen" not in html and "Barnet" in html
