"""Knowledge-base pages over HTTP: forms, conflict view, history, restore, links, and the
denied side of every page for outsiders."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.wiki import boundaries
from forum.wiki.models import WikiPage, WikiRevision
from tests.factories import ForumFactory
from tests.unit.wiki.helpers import build_kb, make_boundary, make_page


@pytest.fixture
def kb(app):
    forum = ForumFactory()
    world = build_kb(forum)
    world["forum"] = forum
    return world


def revisions() -> int:
    return db.session.scalar(select(func.count()).select_from(WikiRevision))


def form_values(html: str) -> dict:
    """The fields of the page form as a browser would send them back."""
    form = html[html.index('id="page-form"'):html.index("</form>", html.index('id="page-form"'))]
    values = {}
    for tag in re.findall(r"<input[^>]*>", form):
        found = re.search(r'name="([^"]+)"[^>]*value="([^"]*)"', tag)
        if found and ('type="checkbox"' not in tag or " checked" in tag) \
                and 'type="radio"' not in tag:
            values[found.group(1)] = found.group(2)
    for name, value in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)</textarea>', form):
        values[name] = value.replace("&#34;", '"').replace("&amp;", "&")
    for name, block in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', block)
        values[name] = chosen.group(1) if chosen else ""
    for name, value in re.findall(r'<input type="radio" name="([^"]+)" value="([^"]+)"[^>]*checked',
                                  form):
        values[name] = value
    return {k: v for k, v in values.items() if not k.startswith("st-__") and "__N__" not in k}


def test_an_outsider_finds_no_trace_of_a_restricted_page(client, other_client, kb):
    people, orgs = kb["people"], kb["orgs"]
    secret = make_page(people["fk_editor"], "FK:s interna rutin", "Hemligt innehåll.",
                       org=orgs["fk"], visibility="org")
    revision = secret.current_revision_id
    public = make_page(people["coordinator"], "Öppen sida", "Se [[FK:s interna rutin]].")
    client.login(people["af"])
    for url in (f"/wiki/{secret.id}", f"/wiki/{secret.id}/history", f"/wiki/{secret.id}/edit",
                f"/wiki/{secret.id}/diff?a={revision}&b={revision}",
                f"/wiki/{secret.id}/revisions/{revision}", f"/wiki/{secret.id}/delete"):
        assert client.get(url).status_code == 404, url
    for url in (f"/wiki/{secret.id}/revisions/{revision}/restore", f"/wiki/{secret.id}/review",
                f"/wiki/{secret.id}/edit", f"/wiki/{secret.id}/delete"):
        assert client.post_form(url, {"next_review": "2099-01-01"},
                                token_page="/wiki").status_code == 404, url
    for url in ("/wiki", "/wiki/reviews?org=all", f"/wiki/reviews?org={orgs['fk'].id}",
                "/wiki/compare", "/wiki/matrix", "/glossary"):
        assert "interna rutin" not in client.get(url).get_data(as_text=True), url
    # The public page's link to it looks like a link to a missing page, and following it
    # says only what the link itself said.
    html = client.get(f"/wiki/{public.id}").get_data(as_text=True)
    assert "wikilink-missing" in html and f"/wiki/{secret.id}" not in html
    missing = client.get("/wiki/new?title=FK:s%20interna%20rutin")
    assert missing.status_code == 404 and f"/wiki/{secret.id}" not in missing.get_data(
        as_text=True)
    # An insider following the same link arrives at the page.
    other_client.login(people["fk_local"])
    response = other_client.get("/wiki/new?title=FK:s%20interna%20rutin")
    assert response.status_code == 302 and response.headers["Location"].endswith(
        f"/wiki/{secret.id}")


def test_create_a_page_with_the_form_and_read_it(client, kb):
    client.login(kb["people"]["coordinator"])
    page = client.get("/wiki/new?title=Samtycke")
    assert page.status_code == 200 and 'value="Samtycke"' in page.get_data(as_text=True)
    response = client.post_form("/wiki/new", {
        "kind": "page", "organization_id": "", "title": "Samtycke <i>i praktiken</i>",
        "body": "Samtycke ska vara **frivilligt**.",
        "summary": "Första"}, token_page="/wiki/new")
    assert response.status_code == 302
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Samtycke &lt;i&gt;i praktiken&lt;/i&gt;" in html and "<i>i praktiken" not in html
    assert "<strong>frivilligt</strong>" in html


def test_members_cannot_create_and_see_who_can(client, kb):
    client.login(kb["people"]["fk"])
    response = client.get("/wiki/new?title=Ny%20sida")
    assert response.status_code == 404
    assert "Ny sida" in response.get_data(as_text=True)
    posted = client.post_form("/wiki/new", {"kind": "page", "title": "X", "body": "Y"},
                              token_page="/wiki")
    assert posted.status_code == 404 and db.session.scalars(select(WikiPage)).all() == []


def test_bad_input_shows_messages_and_stores_nothing(client, kb):
    people = kb["people"]
    page = make_page(people["coordinator"], "Rutin", "Text.")
    client.login(people["coordinator"])
    values = form_values(client.get(f"/wiki/{page.id}/edit").get_data(as_text=True))
    cases = [({"body": "x" * 100_001}, "e-body", "100 001"),
             ({"review_by": "2001-02-03"}, "e-review_by", ""),
             ({"title": ""}, "e-title", "")]
    for changes, error_id, text in cases:
        response = client.post_form(f"/wiki/{page.id}/edit", values | changes,
                                    token_page=f"/wiki/{page.id}/edit")
        html = response.get_data(as_text=True)
        assert response.status_code == 400 and f'id="{error_id}"' in html, changes
        assert 'class="error-summary"' in html and text in html
    make_page(people["coordinator"], "Annan rutin")
    response = client.post_form(f"/wiki/{page.id}/edit", values | {"title": "annan rutin"},
                                token_page=f"/wiki/{page.id}/edit")
    assert response.status_code == 400 and 'id="e-title"' in response.get_data(as_text=True)
    assert revisions() == 2


def test_editing_another_organizations_page_is_refused(client, kb):
    page = make_boundary(kb["people"]["fk_editor"], kb["orgs"]["fk"])
    client.login(kb["people"]["af_editor"])
    assert client.get(f"/wiki/{page.id}/edit").status_code == 403
    response = client.post_form(f"/wiki/{page.id}/edit", {"title": "Kapad", "mandate": "X",
                                                          "base_revision_id": str(
                                                              page.current_revision_id)},
                                token_page="/wiki")
    assert response.status_code == 403 and revisions() == 1
    # No edit link (the word itself is among the scripts' texts on every page: js_texts).
    assert f'href="/wiki/{page.id}/edit"' not in client.get(f"/wiki/{page.id}").get_data(
        as_text=True)


def test_a_stale_edit_gets_the_conflict_view_and_keeps_the_text(client, other_client, kb):
    people = kb["people"]
    page = make_page(people["coordinator"], "Rutin", "Gemensam bas.")
    client.login(people["coordinator"])
    other_client.login(people["admin"])
    mine = form_values(client.get(f"/wiki/{page.id}/edit").get_data(as_text=True))
    theirs = form_values(other_client.get(f"/wiki/{page.id}/edit").get_data(as_text=True))
    saved = other_client.post_form(f"/wiki/{page.id}/edit",
                                   theirs | {"body": "Deras ändring.", "summary": "Deras"},
                                   token_page=f"/wiki/{page.id}/edit")
    assert saved.status_code == 302
    response = client.post_form(f"/wiki/{page.id}/edit",
                                mine | {"body": "Min ändring & mer."},
                                token_page=f"/wiki/{page.id}/edit")
    html = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Deras ändring." in html and "Min ändring &amp; mer." in html
    assert "<del>" in html and "<ins>" in html
    assert revisions() == 2
    # The form in the conflict view now builds on the latest revision: saving works.
    again = client.post_form(f"/wiki/{page.id}/edit", form_values(html),
                             token_page=f"/wiki/{page.id}/edit")
    assert again.status_code == 302 and revisions() == 3
    db.session.expire_all()
    assert db.session.get(WikiRevision, page.current_revision_id).body == "Min ändring & mer."


def test_boundary_form_round_trip_keeps_statement_ids(client, kb):
    client.login(kb["people"]["fk_editor"])
    org = kb["orgs"]["fk"]
    new = client.get(f"/wiki/organizations/{org.id}")
    assert new.status_code == 302 and "kind=boundary" in new.headers["Location"]
    form = form_values(client.get(new.headers["Location"]).get_data(as_text=True))
    assert form["title"] == "Försäkringskassan – gränser och uppdrag"
    form.update({"mandate": "Vi betalar ut sjukpenning.", "st-0-text": "Bedöma arbetsförmåga.",
                 "st-0-basis": "explicit", "st-0-source": "SFB 27 kap.",
                 "st-2-text": "Kalla till avstämningsmöte.", "ask-0-topic": "Allmänt",
                 "ask-0-contact": "fk.member", "ask-0-time": "2 dagar"})
    response = client.post_form("/wiki/new", form, token_page="/wiki")
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    ids = re.findall(r'<li class="statement" id="s-(\d+)"', html)
    assert len(ids) == 2 and "SFB 27 kap." in html and "Fia FK" in html
    page = db.session.scalar(select(WikiPage))
    edit = form_values(client.get(f"/wiki/{page.id}/edit").get_data(as_text=True))
    edit["st-0-text"] = "Bedöma arbetsförmåga noga."
    assert client.post_form(f"/wiki/{page.id}/edit", edit,
                            token_page="/wiki").status_code == 302
    html = client.get(f"/wiki/{page.id}").get_data(as_text=True)
    assert re.findall(r'<li class="statement" id="s-(\d+)"', html) == ids
    assert "Bedöma arbetsförmåga noga." in html


def test_history_diff_and_restore(client, kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, "Rutin", "Vi svarar inom två dagar.")
    first = page.current_revision_id
    client.login(coord)
    values = form_values(client.get(f"/wiki/{page.id}/edit").get_data(as_text=True))
    client.post_form(f"/wiki/{page.id}/edit", values | {"body": "Vi svarar inom fem dagar.",
                                                        "summary": "Längre tid"},
                     token_page="/wiki")
    db.session.expire_all()
    second = db.session.get(WikiPage, page.id).current_revision_id
    history = client.get(f"/wiki/{page.id}/history").get_data(as_text=True)
    assert "Längre tid" in history and "#2" in history and "#1" in history
    diff = client.get(f"/wiki/{page.id}/diff?a={second}&b={first}").get_data(as_text=True)
    assert "<del>två</del><ins>fem</ins>" in diff
    assert client.get(f"/wiki/{page.id}/diff?a={first}").status_code == 400
    old = client.get(f"/wiki/{page.id}/revisions/{first}").get_data(as_text=True)
    assert "två dagar" in old
    restored = client.post_form(f"/wiki/{page.id}/revisions/{first}/restore", {},
                                token_page=f"/wiki/{page.id}/history")
    assert restored.status_code == 302
    html = client.get(f"/wiki/{page.id}").get_data(as_text=True)
    assert "två dagar" in html and "Version 3" in html


def test_pages_and_threads_that_link_here(client, other_client, kb):
    people, orgs, forum = kb["people"], kb["orgs"], kb["forum"]
    page = make_boundary(people["fk_editor"], orgs["fk"])
    statement_id = boundaries.current_statements(page)[0].id
    make_page(people["coordinator"], "Översikt", f"Läs [[{page.title}]].")
    open_thread = forum.thread(forum.space("allmant"), people["af"], "Öppen fråga",
                               f"Gäller [[{page.title}#s-{statement_id}]]?")
    secret = forum.space("fk-internt", "org", org=orgs["fk"])
    forum.thread(secret, people["fk"], "Intern FK-tråd", f"Om [[{page.title}]].")
    client.login(people["af"])
    html = client.get(f"/wiki/{page.id}").get_data(as_text=True)
    assert "Översikt" in html and "Öppen fråga" in html and "Intern FK-tråd" not in html
    statement_block = html[html.index(f'id="s-{statement_id}"'):]
    assert "Öppen fråga" in statement_block[:statement_block.index("</li>")]
    other_client.login(people["fk"])
    assert "Intern FK-tråd" in other_client.get(f"/wiki/{page.id}").get_data(as_text=True)
    # The post itself links the statement precisely.
    thread_html = client.get(f"/t/{open_thread.id}").get_data(as_text=True)
    assert f'href="/wiki/{page.id}#s-{statement_id}"' in thread_html


def test_delete_asks_first_then_removes(client, kb):
    page = make_page(kb["people"]["coordinator"], "Tillfällig")
    client.login(kb["people"]["coordinator"])
    assert "Tillfällig" in client.get(f"/wiki/{page.id}/delete").get_data(as_text=True)
    response = client.post_form(f"/wiki/{page.id}/delete", {}, token_page="/wiki")
    assert response.status_code == 302
    assert client.get(f"/wiki/{page.id}").status_code == 404
