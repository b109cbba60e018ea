"""The glossary over HTTP: pages, forms, the JSON explanation, and terms explained in posts."""

from __future__ import annotations

import pytest

from forum.db import utcnow
from forum.extensions import db
from forum.wiki import glossary
from tests.factories import ForumFactory
from tests.unit.wiki.helpers import build_kb, make_page

LONG = "Ett ord " * 80


@pytest.fixture
def kb(app):
    forum = ForumFactory()
    world = build_kb(forum)
    world["forum"] = forum
    coord = world["people"]["coordinator"]
    secret = make_page(world["people"]["fk_editor"], "FK:s tolkning av arbetsförmåga",
                       org=world["orgs"]["fk"], visibility="org")
    form = {"term_sv": "arbetsförmåga", "term_en": "work ability", "page_id": str(secret.id),
            "def-social_insurance-sv": "Bedöms mot rehabiliteringskedjan.",
            "def-social_insurance-en": "Assessed against the rehabilitation chain.",
            "def-social_insurance-source": "SFB 27 kap.",
            "def-healthcare-sv": LONG, "def-healthcare-en": ""}
    # "Read more" points at a page only FK reads (set directly: the coordinator, who is not in
    # FK, could not choose it in the form).
    data = glossary.check_term(coord, None, {k: v for k, v in form.items() if k != "page_id"})
    data.page_id = secret.id
    world["term"] = glossary.do_save_term(coord, None, data, utcnow())
    world["secret"] = secret
    db.session.commit()
    return world


def test_the_json_explanation_gives_short_definitions(client, kb):
    client.login(kb["people"]["fk"])
    data = client.get("/api/v1/glossary/arbetsformaga").get_json()
    assert data["ok"] and data["term"] == "arbetsförmåga" and data["url"] == \
        "/glossary/arbetsformaga"
    first, second = data["definitions"]
    assert (first["org_type"], first["text"], first["source"]) == (
        "social_insurance", "Bedöms mot rehabiliteringskedjan.", "SFB 27 kap.")
    assert second["source"] is None and second["text"].endswith("…")
    assert len(second["text"]) <= 281
    assert data["page"] == {"title": "FK:s tolkning av arbetsförmåga",
                            "url": f"/wiki/{kb['secret'].id}"}


def test_the_json_never_names_a_page_the_reader_cannot_read(client, kb):
    client.login(kb["people"]["af"])
    data = client.get("/api/v1/glossary/arbetsformaga").get_json()
    assert data["page"] is None
    assert "FK:s tolkning" not in client.get("/glossary/arbetsformaga").get_data(as_text=True)
    missing = client.get("/api/v1/glossary/finns-inte")
    assert missing.status_code == 404 and missing.get_json()["code"] == "not_found"


def test_english_readers_get_the_english_definitions(client, kb):
    user = kb["people"]["af"]
    user.language = "en"
    db.session.commit()
    client.login(user)
    data = client.get("/api/v1/glossary/arbetsformaga").get_json()
    assert data["term"] == "work ability"
    assert data["definitions"][0]["text"] == "Assessed against the rehabilitation chain."
    assert data["definitions"][1]["text"].startswith("Ett ord")  # no English: the Swedish


def test_the_term_page_shows_definitions_side_by_side(client, kb):
    client.login(kb["people"]["soc"])
    html = client.get("/glossary/arbetsformaga").get_data(as_text=True)
    assert "Bedöms mot rehabiliteringskedjan." in html and "SFB 27 kap." in html
    assert html.count('class="definition card"') == 2
    assert "arbetsförmåga" in client.get("/glossary").get_data(as_text=True)


def test_terms_are_explained_in_posts_and_pages(client, kb):
    people, forum = kb["people"], kb["forum"]
    thread = forum.thread(forum.space("allmant"), people["af"], "Fråga",
                          "Hur bedöms arbetsförmågan vid dag 180? `arbetsförmåga` i kod.")
    page = make_page(people["coordinator"], "Rutin", "Om arbetsförmåga och mer.")
    client.login(people["soc"])
    post_html = client.get(f"/t/{thread.id}").get_data(as_text=True)
    assert ('<a class="glossary-term" href="/glossary/arbetsformaga" '
            'data-term="arbetsformaga"') in post_html
    assert "<code>arbetsförmåga</code>" in post_html
    assert 'data-term="arbetsformaga"' in client.get(f"/wiki/{page.id}").get_data(as_text=True)
    assert '<script type="module" src="/static/js/glossary.js"></script>' in post_html


def test_the_glossary_forms(client, other_client, kb):
    client.login(kb["people"]["coordinator"])
    response = client.post_form("/glossary/new", {
        "term_sv": "sjukpenning", "term_en": "sickness benefit",
        "def-social_insurance-sv": "Ersättning vid sjukdom.",
        "def-social_insurance-source": "SFB 24–28 kap."}, token_page="/glossary/new")
    assert response.status_code == 302 and response.headers["Location"].endswith(
        "/glossary/sjukpenning")
    duplicate = client.post_form("/glossary/new", {"term_sv": "Sjukpenning"},
                                 token_page="/glossary/new")
    assert duplicate.status_code == 400 and 'id="e-term_sv"' in duplicate.get_data(as_text=True)
    xss = client.post_form("/glossary/new", {
        "term_sv": "<script>x</script>", "def-healthcare-sv": "<img src=x onerror=alert(1)>"},
        token_page="/glossary/new")
    assert xss.status_code == 302
    html = client.get(xss.headers["Location"]).get_data(as_text=True)
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    assert "<img src=x" not in html
    other_client.login(kb["people"]["af_editor"])
    form = other_client.get("/glossary/sjukpenning/edit").get_data(as_text=True)
    assert 'name="def-employment_service-sv"' in form
    assert 'name="def-social_insurance-sv"' not in form and 'name="term_sv"' not in form
    assert other_client.get("/glossary/new").status_code == 403
