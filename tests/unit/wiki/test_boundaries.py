"""Boundary pages as structured fields: statements with stable ids, basis and source, contacts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.db import utcnow
from forum.errors import ValidationError
from forum.extensions import db
from forum.indexing.outbox import SearchOutbox
from forum.wiki import boundaries, pages
from forum.wiki.models import Basis, Section, WikiPage, WikiRevision, WikiStatement
from tests.unit.wiki.helpers import boundary_form, edit_form, make_boundary, save


def statements(page) -> list[WikiStatement]:
    return boundaries.current_statements(page)


def test_a_boundary_page_stores_each_statement_as_a_row(kb):
    editor, fk = kb["people"]["fk_editor"], kb["orgs"]["fk"]
    page = make_boundary(editor, fk, asks=[("Sjukpenning", "fk.member", "2 dagar"),
                                           ("Allmänt", "info@fk.example", "1 dag")])
    rows = statements(page)
    assert [(r.section, r.basis, r.source) for r in rows] == [
        (Section.MUST, Basis.EXPLICIT, "SFB 27 kap. 48 §"),
        (Section.MUST_NOT, Basis.EXPLICIT, "OSL 28 kap. 1 §"),
        (Section.CAN, Basis.PRACTICE, "")]
    content = db.session.get(WikiRevision, page.current_revision_id).content
    assert [s["id"] for s in content["statements"]] == [r.id for r in rows]
    assert content["ask_us"][0]["contact_user_id"] == kb["people"]["fk"].id
    assert content["ask_us"][1]["contact_user_id"] is None
    assert page.boundary_org_id == fk.id and page.is_boundary
    outbox = set(db.session.scalars(select(SearchOutbox.doc_id)))
    assert {f"statement:{r.id}" for r in rows} | {f"page:{page.id}"} <= outbox


def test_statement_ids_stay_stable_across_edits(kb):
    editor, fk = kb["people"]["fk_editor"], kb["orgs"]["fk"]
    page = make_boundary(editor, fk)
    before = [r.id for r in statements(page)]
    form = edit_form(page, **{"st-0-text": "Bedöma arbetsförmågan, nu tydligare.",
                              "st-9-section": "can", "st-9-text": "Ny möjlighet.",
                              "st-9-basis": "practice"})
    save(editor, page, form)
    after = statements(page)
    assert [r.id for r in after][:3] == before
    assert after[0].text.endswith("nu tydligare.") and after[3].text == "Ny möjlighet."
    assert after[3].section == Section.CAN


def test_an_id_from_another_page_cannot_hijack_its_statement(kb):
    fk_page = make_boundary(kb["people"]["fk_editor"], kb["orgs"]["fk"])
    foreign = statements(fk_page)[0]
    af_page = make_boundary(kb["people"]["af_editor"], kb["orgs"]["af"], statements=[
        ("must", "Matcha.", "practice", "", foreign.id)])
    db.session.refresh(foreign)
    assert foreign.page_id == fk_page.id and foreign.text == "Bedöma arbetsförmågan vid dag 180."
    assert statements(af_page)[0].id != foreign.id


def test_explicit_requirements_need_a_source(kb):
    form = boundary_form(kb["orgs"]["fk"], statements=[("must", "Göra X.", "explicit", "")])
    with pytest.raises(ValidationError) as exc:
        pages.check_new_page(kb["people"]["fk_editor"], form, utcnow())
    assert set(exc.value.field_errors) == {"st-0-source"}


def test_bad_structured_input(kb):
    fk, editor = kb["orgs"]["fk"], kb["people"]["fk_editor"]
    cases = [
        (boundary_form(fk, mandate=""), "mandate"),
        (boundary_form(fk, statements=[("maybe", "X.", "practice", "")]), "st-0-section"),
        (boundary_form(fk, statements=[("must", "X.", "guess", "")]), "st-0-basis"),
        (boundary_form(fk, statements=[("must", "x" * 2001, "practice", "")]), "st-0-text"),
        (boundary_form(fk, asks=[("", "fk.member", "1 dag")]), "ask-0-topic"),
        (boundary_form(fk, asks=[("Fråga", "", "")]), "ask-0-contact"),
        (boundary_form(fk, visibility="org"), "visibility"),
        (boundary_form(fk, organization_id=""), "organization_id"),
    ]
    for form, field in cases:
        with pytest.raises(ValidationError) as exc:
            pages.check_new_page(editor if form["organization_id"] else kb["people"]["admin"],
                                 form, utcnow())
        assert field in exc.value.field_errors, (field, exc.value.field_errors)
    assert db.session.scalars(select(WikiPage)).all() == []


def test_one_boundary_page_per_organization(kb):
    make_boundary(kb["people"]["fk_editor"], kb["orgs"]["fk"])
    form = boundary_form(kb["orgs"]["fk"], title="Andra försöket")
    with pytest.raises(ValidationError) as exc:
        pages.check_new_page(kb["people"]["fk_editor"], form, utcnow())
    assert "organization_id" in exc.value.field_errors


def test_statement_markup_is_sanitized(kb):
    page = make_boundary(kb["people"]["fk_editor"], kb["orgs"]["fk"], statements=[
        ("must", "<script>alert(1)</script> **fet** [[Rehabiliteringskedjan]]", "practice",
         "<b>källa</b>")])
    row = statements(page)[0]
    assert "<script" not in row.html and "<strong>fet</strong>" in row.html
    assert "wikilink-missing" in row.html
    assert row.source == "<b>källa</b>"  # plain text: escaped wherever it is shown


def test_plain_text_for_diffs_covers_every_section(kb):
    page = make_boundary(kb["people"]["fk_editor"], kb["orgs"]["fk"],
                         asks=[("Sjukpenning", "fk.member", "2 dagar")])
    text = boundaries.as_text(page.title, db.session.get(
        WikiRevision, page.current_revision_id).content)
    for part in ("Vi finns för att hjälpa.", "Bedöma arbetsförmågan", "SFB 27 kap. 48 §",
                 "Kalla till avstämningsmöte.", "Sjukpenning: fk.member (2 dagar)"):
        assert part in text
