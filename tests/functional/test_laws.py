"""Legal citations end to end: linked in posts and statements, stored, the page per law with
its access rule, and the register that coordinators keep (with its bad input)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from forum.accounts.models import Role
from forum.audit.models import AuditEntry
from forum.db import utcnow
from forum.discussions import actions
from forum.extensions import db
from forum.laws.models import Statute, StatuteCitation
from forum.wiki import pages
from tests.factories import ForumFactory
from tests.unit.wiki.helpers import boundary_form, build_kb, make_page


@pytest.fixture
def kb(app):
    forum = ForumFactory()
    world = build_kb(forum)
    world["forum"] = forum
    world["open"] = forum.space("oppen")
    world["fk_only"] = forum.space("fk-intern", visibility="org", org=world["orgs"]["fk"])
    return world


def citations(source_type: str, source_id: int) -> list[tuple]:
    return list(db.session.execute(
        select(Statute.short_name, StatuteCitation.chapter, StatuteCitation.section,
               StatuteCitation.statement_id)
        .join(Statute).where(StatuteCitation.source_type == source_type,
                             StatuteCitation.source_id == source_id)
        .order_by(StatuteCitation.id)).all())


def test_a_post_links_its_citations_and_stores_them(kb):
    people, forum = kb["people"], kb["forum"]
    thread = forum.thread(kb["open"], people["fk"], "Dag 180",
                          "Enligt 27 kap. 48 § SFB och `OSL 25 kap.` i kod. Se [FINSAM 5 §](https://x.example).")
    post = thread_first_post(thread)
    assert ('<a class="citation" href="https://rkrattsbaser.gov.se/sfst?bet=2010:110#K27P48"'
            ' title="Socialförsäkringsbalk (2010:110), 27 kap. 48 §"') in post.html
    assert '<a class="citation-uses" href="/laws/2010:110"' in post.html
    # Code and existing links are left alone: no link inside a link, nothing in code.
    assert "<code>OSL 25 kap.</code>" in post.html
    assert post.html.count('class="citation"') == 1
    assert citations("post", post.id) == [("SFB", 27, "48", None)]


def test_an_edit_replaces_the_stored_citations(kb):
    people, forum = kb["people"], kb["forum"]
    thread = forum.thread(kb["open"], people["fk"], "Sekretess", "Se OSL 25 kap.")
    post = thread_first_post(thread)
    assert citations("post", post.id) == [("OSL", 25, None, None)]
    draft = actions.check_edit_post(people["fk"], post, "Nu gäller 4 kap. 1 § SoL i stället.")
    actions.do_edit_post(people["fk"], post, draft, utcnow())
    db.session.commit()
    assert citations("post", post.id) == [("SoL", 4, "1", None)]


def test_statement_sources_are_linked_and_cited_by_statement(kb):
    people, orgs = kb["people"], kb["orgs"]
    form = boundary_form(orgs["fk"], statements=[
        ("must", "Bedöma arbetsförmågan vid dag 180.", "explicit", "SFB 27 kap. 48 §"),
        ("can", "Kalla till avstämningsmöte, se 5 § FINSAM.", "practice", "")])
    new = pages.check_new_page(people["fk_editor"], form, utcnow())
    page = pages.do_create_page(people["fk_editor"], new, utcnow())
    db.session.commit()
    statements = page.current_revision.content["statements"]
    assert 'href="https://rkrattsbaser.gov.se/sfst?bet=2010:110#K27P48"' in \
        statements[0]["source_html"]
    assert citations("page", page.id) == [("SFB", 27, "48", statements[0]["id"]),
                                          ("FINSAM", None, "5", statements[1]["id"])]


def test_the_page_per_law_shows_only_what_the_reader_may_read(client, other_client, kb):
    people, forum, orgs = kb["people"], kb["forum"], kb["orgs"]
    forum.thread(kb["open"], people["af"], "Öppen fråga om SFB", "Gäller 27 kap. 48 § SFB?")
    forum.thread(kb["fk_only"], people["fk"], "Intern rutin hemlig", "Vi läser SFB 27:48.")
    make_page(people["fk_editor"], "FK:s interna sida", "Internt om SFB.", org=orgs["fk"],
              visibility="org")
    make_page(people["coordinator"], "Rehabkedjan", "Dag 180: 27 kap. 48 § SFB.")

    client.login(people["af"])
    page = client.get("/laws/2010:110")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Öppen fråga om SFB" in html and "Rehabkedjan" in html
    assert "Intern rutin hemlig" not in html and "FK:s interna sida" not in html
    assert "Arbetsförmedlingen" in html  # grouped by the writer's organization

    other_client.login(people["fk"])
    html = other_client.get("/laws/2010:110").get_data(as_text=True)
    assert "Intern rutin hemlig" in html and "FK:s interna sida" in html


def test_each_organization_shows_its_newest_and_pages_through_the_rest(client, kb):
    from forum.laws import queries

    people, forum, orgs = kb["people"], kb["forum"], kb["orgs"]
    thread = forum.thread(kb["open"], people["af"], "Många hänvisningar", "Start.")
    for n in range(queries.PER_PAGE + 5):
        forum.post(thread, people["af"], f"Inlägg {n}: 27 kap. {n + 1} § SFB.")
    client.login(people["soc"])
    html = client.get("/laws/2010:110").get_data(as_text=True)
    group = html[html.index("Arbetsförmedlingen"):]
    assert group.count("<li>") >= queries.SHOWN_PER_ORGANIZATION
    link = f"/laws/2010:110?org={orgs['af'].id}"
    assert link in html
    first = client.get(link).get_data(as_text=True)
    assert first.count('href="/t/') == queries.PER_PAGE and 'rel="next"' in first
    second = client.get(link + "&page=2").get_data(as_text=True)
    assert second.count('href="/t/') == 5 and 'rel="prev"' in second
    assert client.get(link + "&page=99").status_code == 200  # the last page
    # An organization with nothing the reader may read, or none at all: 404.
    assert client.get(f"/laws/2010:110?org={orgs['fk'].id}").status_code == 404
    assert client.get("/laws/2010:110?org=999999").status_code == 404


def test_unknown_laws_are_404_and_the_register_lists_the_seed(client, kb):
    client.login(kb["people"]["af"])
    assert client.get("/laws/1999:999").status_code == 404
    html = client.get("/laws").get_data(as_text=True)
    for short in ("SFB", "SoL", "OSL", "HSL", "LSS", "FL", "FINSAM", "AML", "LAS", "PDL",
                  "NAV-loven", "ftrl."):
        assert f">{short}</a>" in html, short


def test_only_coordinators_and_admins_keep_the_register(client, kb):
    people = kb["people"]
    client.login(people["af"])
    assert client.get("/laws/new").status_code == 403
    assert client.get("/laws/2010:110/edit").status_code == 403
    response = client.post_form("/laws/2010:110/edit", {"title": "Ändrad"}, token_page="/laws")
    assert response.status_code == 403
    assert db.session.scalar(select(Statute.title).where(Statute.number == "2010:110")) == \
        "Socialförsäkringsbalk (2010:110)"


def test_a_coordinator_adds_a_statute_and_texts_then_cite_it(client, kb):
    people = kb["people"]
    client.login(people["coordinator"])
    response = client.post_form("/laws/new", {
        "short_name": "SkL", "title": "Skollag (2010:800)", "number": "2010:800",
        "names": "skollag", "country": "se", "url": "https://rkrattsbaser.gov.se/sfst?bet=2010:800",
        "chapter_url": "https://rkrattsbaser.gov.se/sfst?bet=2010:800#K{chapter}",
        "section_url": "https://rkrattsbaser.gov.se/sfst?bet=2010:800#K{chapter}P{section}",
        "chaptered": "1", "chapters": "", "sections": ""}, token_page="/laws/new")
    assert response.status_code == 302
    assert db.session.scalar(select(func.count()).select_from(AuditEntry)
                             .where(AuditEntry.action == "statute.create")) == 1
    thread = kb["forum"].thread(kb["open"], people["af"], "Skolan", "Se 3 kap. 2 § skollagen.")
    assert "#K3P2" in thread_first_post(thread).html


@pytest.mark.parametrize(("field", "value"), [
    ("short_name", ""), ("short_name", "S"), ("short_name", "SFB"), ("number", "2010:110"),
    ("number", "Dnr 12"), ("title", ""), ("url", "javascript:alert(1)"), ("url", ""),
    ("section_url", "https://x.example/{paragraf}"), ("section_url", "https://x.example/"),
    ("chapters", "-3"), ("chapters", "tolv"), ("country", "dk"), ("title", "x" * 301),
])
def test_bad_register_input_gets_a_message_and_stores_nothing(client, kb, field, value):
    client.login(kb["people"]["coordinator"])
    form = {"short_name": "NyL", "title": "Ny lag (2030:1)", "number": "2030:1", "names": "",
            "country": "se", "url": "https://rkrattsbaser.gov.se/sfst?bet=2030:1",
            "chapter_url": "", "section_url": "", "chapters": "", "sections": ""}
    form[field] = value
    before = db.session.scalar(select(func.count()).select_from(Statute))
    response = client.post_form("/laws/new", form, token_page="/laws/new")
    assert response.status_code == 400
    assert 'class="error-summary"' in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(Statute)) == before


def thread_first_post(thread):
    from forum.discussions.models import Post

    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.seq == 1))


def test_observers_read_but_cannot_edit(client, kb):
    client.login(kb["people"]["observer"])
    assert client.get("/laws/2010:110").status_code == 200
    assert client.get("/laws/new").status_code == 403
    assert Role.OBSERVER in kb["people"]["observer"].roles


def test_a_statement_hit_says_whose_what_kind_and_its_source(client, kb):
    from forum.indexing import indexer
    from tests.unit.wiki.helpers import make_boundary

    people, orgs = kb["people"], kb["orgs"]
    make_boundary(people["af_editor"], orgs["af"], statements=[
        ("must_not", "Vi bekostar aldrig körkortsutbildning.", "explicit", "LAP 5 §"),
        ("can", "Vi kan bekosta en kortare yrkeskurs.", "practice", "")])
    indexer.drain_all(indexer.backend())
    client.login(people["soc"])
    html = client.get("/search?q=körkortsutbildning").get_data(as_text=True)
    hit = html[html.index('class="hit"'):]
    hit = hit[:hit.index("</li>")]
    # The interface speaks Swedish by default: "Vi får inte" is "We must not".
    assert "Arbetsförmedlingen" in hit and "Vi får inte" in hit
    assert "Uttalat krav" in hit and "LAP 5 §" in hit
    api = client.get("/api/v1/search?q=yrkeskurs").get_json()
    (found,) = [h for h in api["hits"] if h["kind"] == "statement"]
    assert found["statement"] == {"organization": "Arbetsförmedlingen", "section": "can",
                                  "basis": "practice", "source": None}


def test_glossary_definitions_link_and_count_on_the_page_per_law(client, kb):
    from forum.accounts.models import OrgType
    from forum.wiki import glossary

    people = kb["people"]
    prefix = f"def-{OrgType.SOCIAL_INSURANCE.value}-"
    data = glossary.check_term(people["admin"], None, {
        "term_sv": "Arbetsförmåga", prefix + "sv": "Bedöms enligt 27 kap. 46 § SFB.",
        prefix + "en": "", prefix + "source": "Socialförsäkringsbalken (2010:110) 27 kap."})
    term = glossary.do_save_term(people["admin"], None, data, utcnow())
    db.session.commit()
    (definition,) = term.definitions
    assert "#K27P46" in definition.text_sv_html and "#K27" in definition.source_html
    assert citations("term", term.id) == [("SFB", 27, "46", None), ("SFB", 27, None, None)]
    client.login(people["af"])
    assert 'href="https://rkrattsbaser.gov.se/sfst?bet=2010:110#K27P46"' in client.get(
        f"/glossary/{term.slug}").get_data(as_text=True)
    html = client.get("/laws/2010:110").get_data(as_text=True)
    assert f'href="/glossary/{term.slug}"' in html


def test_a_pbl_case_links_its_citations(client, kb):
    from forum.pbl import actions as pbl_actions

    people, group = kb["people"], kb["group"]
    data = pbl_actions.check_new_case(people["fk"], group, "Fallet Ahmed", "case", "",
                                      "Handläggaren hänvisar till 27 kap. 2 § SFB.")
    case = pbl_actions.do_create_case(people["fk"], group, data, utcnow())
    db.session.commit()
    assert 'href="https://rkrattsbaser.gov.se/sfst?bet=2010:110#K27P2"' in case.body_html
    client.login(people["fk"])
    page = client.get(f"/pbl/c/{case.id}")
    assert page.status_code == 200, page.status_code
    assert 'class="citation"' in page.get_data(as_text=True)
