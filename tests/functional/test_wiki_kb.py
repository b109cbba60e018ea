"""Comparing boundary pages, the who-does-what matrix and the review queue over HTTP."""

from __future__ import annotations

from datetime import timedelta

import pytest

from forum.db import utcnow
from forum.extensions import db
from forum.wiki import boundaries, matrix
from forum.wiki.fields import local_today
from tests.factories import ForumFactory
from tests.unit.wiki.helpers import build_kb, make_boundary, make_page


@pytest.fixture
def kb(app):
    world = build_kb(ForumFactory())
    people, orgs = world["people"], world["orgs"]
    world["fk_page"] = make_boundary(people["fk_editor"], orgs["fk"])
    world["af_page"] = make_boundary(people["af_editor"], orgs["af"], statements=[
        ("must", "Matcha arbetssökande mot lediga jobb.", "explicit", "Förordning (2022:811)"),
        ("must_not", "Bedöma arbetsförmåga i sjukförsäkringens mening.", "practice", "")])
    return world


def test_two_organizations_side_by_side(client, kb):
    client.login(kb["people"]["soc"])
    fk, af = kb["orgs"]["fk"], kb["orgs"]["af"]
    html = client.get(f"/wiki/compare?org={fk.id}&org={af.id}").get_data(as_text=True)
    for text in ("Bedöma arbetsförmågan vid dag 180.", "Matcha arbetssökande mot lediga jobb.",
                 "Förordning (2022:811)", "SFB 27 kap. 48 §", "Vi finns för att hjälpa."):
        assert text in html
    assert html.index("Matcha arbetssökande") < html.index("Lämna ut uppgifter")  # must first
    one = client.get(f"/wiki/compare?org={fk.id}").get_data(as_text=True)
    assert 'class="banner banner-info"' in one
    # Nonsense in the query is ignored, never an error.
    assert client.get("/wiki/compare?org=abc&org=-1&org=99999").status_code == 200


def test_the_matrix_links_cells_to_their_statements(client, kb):
    coord = kb["people"]["coordinator"]
    statement = boundaries.current_statements(kb["fk_page"])[0]
    data = matrix.check_responsibility(coord, None, {
        "label_sv": "Bedömning av arbetsförmåga", "label_en": "Assessment of work ability",
        "level-social_insurance": "responsible", "statement-social_insurance": str(statement.id),
        "level-employment_service": "contributes"})
    matrix.do_save_responsibility(coord, None, data, utcnow())
    db.session.commit()
    client.login(kb["people"]["af"])
    html = client.get("/wiki/matrix").get_data(as_text=True)
    assert "Bedömning av arbetsförmåga" in html
    assert f'href="/wiki/{kb["fk_page"].id}#s-{statement.id}"' in html
    assert "level-contributes" in html
    assert client.get("/wiki/matrix/new").status_code == 403


def test_the_matrix_form_for_coordinators(client, kb):
    client.login(kb["people"]["coordinator"])
    response = client.post_form("/wiki/matrix/new", {
        "label_sv": "Försörjningsstöd", "label_en": "Income support",
        "level-municipal_social_services": "responsible"}, token_page="/wiki/matrix/new")
    assert response.status_code == 302
    assert "Försörjningsstöd" in client.get("/wiki/matrix").get_data(as_text=True)
    bad = client.post_form("/wiki/matrix/new", {"label_sv": "", "level-healthcare": "x"},
                           token_page="/wiki/matrix/new")
    assert bad.status_code == 400 and 'id="e-label_sv"' in bad.get_data(as_text=True)


def test_the_review_queue_and_marking_a_page_reviewed(client, kb):
    people, orgs = kb["people"], kb["orgs"]
    page = kb["fk_page"]
    page.review_by = local_today(utcnow()) - timedelta(days=4)
    internal = make_page(people["fk_editor"], "Intern checklista", org=orgs["fk"],
                         visibility="org")
    internal.review_by = local_today(utcnow()) - timedelta(days=1)
    db.session.commit()
    client.login(people["fk_editor"])
    html = client.get(f"/wiki/{page.id}").get_data(as_text=True)
    assert 'class="banner banner-warn"' in html and 'name="next_review"' in html
    queue = client.get("/wiki/reviews").get_data(as_text=True)  # the editor's organization
    assert page.title in queue and "Intern checklista" in queue
    past = (local_today(utcnow()) - timedelta(days=1)).isoformat()
    refused = client.post_form(f"/wiki/{page.id}/review", {"next_review": past},
                               token_page="/wiki/reviews")
    assert refused.status_code == 400
    assert "past" in refused.get_data(as_text=True) or "passerat" in refused.get_data(
        as_text=True)
    later = (local_today(utcnow()) + timedelta(days=200)).isoformat()
    done = client.post_form(f"/wiki/{page.id}/review",
                            {"next_review": later, "next": "/wiki/reviews"},
                            token_page="/wiki/reviews")
    assert done.status_code == 302 and done.headers["Location"].endswith("/wiki/reviews")
    db.session.expire_all()
    assert (page.reviewed_by_id, page.review_by.isoformat()) == (people["fk_editor"].id, later)
    assert 'class="banner banner-warn"' not in client.get(f"/wiki/{page.id}").get_data(
        as_text=True)


def test_outsiders_and_members_cannot_mark_reviews(client, kb):
    client.login(kb["people"]["af"])
    page = kb["fk_page"]
    response = client.post_form(f"/wiki/{page.id}/review", {}, token_page="/wiki")
    assert response.status_code == 403
    assert 'name="next_review"' not in client.get(f"/wiki/{page.id}").get_data(as_text=True)


def test_the_review_queue_keeps_restricted_pages_from_outsiders(client, kb):
    people, orgs = kb["people"], kb["orgs"]
    internal = make_page(people["fk_editor"], "Intern checklista", org=orgs["fk"],
                         visibility="org")
    internal.review_by = local_today(utcnow()) - timedelta(days=1)
    db.session.commit()
    client.login(people["admin"])
    for url in ("/wiki/reviews?org=all", f"/wiki/reviews?org={orgs['fk'].id}"):
        assert "Intern checklista" not in client.get(url).get_data(as_text=True)


def test_the_review_queue_shows_a_coordinator_the_pages_she_owns_by_default(client, kb):
    """Overdue and due-soon pages that concern the reader are the default view: her own
    organization's and those she owns elsewhere; "All" still shows the rest."""
    people = kb["people"]
    today = local_today(utcnow())
    owned = kb["fk_page"]
    owned.owner_id = people["coordinator"].id
    owned.review_by = today - timedelta(days=3)
    other = kb["af_page"]
    other.review_by = today + timedelta(days=5)
    db.session.commit()
    def queue(url="/wiki/reviews"):
        html = client.get(url).get_data(as_text=True)
        return html, html[html.index('<ul class="review-queue">'):].split("</ul>")[0]

    client.login(people["coordinator"])
    html, listed = queue()
    assert owned.title in listed and other.title not in listed
    assert "Inget att granska" not in listed and "3 dagar försenad" in listed
    assert '<option value="mine" selected>' in html
    _, every = queue("/wiki/reviews?org=all")
    assert owned.title in every and other.title in every
    client.post_form("/logout", {}, token_page="/")
    client.login(people["af_editor"])
    _, theirs = queue()
    assert other.title in theirs and owned.title not in theirs
