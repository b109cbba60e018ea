"""The shared glossary: who writes what, and terms recognized in posts and pages."""

from __future__ import annotations

import pytest
from flask import render_template_string
from sqlalchemy import select

from forum.accounts.models import OrgType
from forum.db import utcnow
from forum.errors import PermissionDenied, ValidationError
from forum.extensions import db
from forum.indexing.outbox import SearchOutbox
from forum.wiki import glossary
from forum.wiki.models import GlossaryTerm


def term_form(term_sv="arbetsförmåga", term_en="work ability", **definitions) -> dict:
    form = {"term_sv": term_sv, "term_en": term_en}
    for org_type, (sv, en, source) in definitions.items():
        form.update({f"def-{org_type}-sv": sv, f"def-{org_type}-en": en,
                     f"def-{org_type}-source": source})
    return form


def add_term(actor, **kwargs) -> GlossaryTerm:
    data = glossary.check_term(actor, None, term_form(**kwargs))
    term = glossary.do_save_term(actor, None, data, utcnow())
    db.session.commit()
    return term


def test_a_term_carries_each_organizations_definition_side_by_side(kb):
    term = add_term(kb["people"]["coordinator"],
                    social_insurance=("Mot rehabiliteringskedjan.", "Against the chain.",
                                      "SFB 27 kap."),
                    healthcare=("Funktion och aktivitet.", "", ""))
    assert term.slug == "arbetsformaga"
    assert [(d.org_type, d.source) for d in term.definitions] == [
        (OrgType.SOCIAL_INSURANCE, "SFB 27 kap."), (OrgType.HEALTHCARE, "")]
    assert f"term:{term.id}" in set(db.session.scalars(select(SearchOutbox.doc_id)))


def test_an_organization_editor_writes_only_their_own_definition(kb):
    term = add_term(kb["people"]["coordinator"], social_insurance=("FK:s.", "", ""))
    af_editor = kb["people"]["af_editor"]
    with pytest.raises(PermissionDenied):
        glossary.check_term(af_editor, None, term_form(term_sv="nytt"))
    form = term_form(term_sv="ändrat!", social_insurance=("Kapat", "", ""),
                     employment_service=("AF:s betydelse.", "", ""))
    glossary.do_save_term(af_editor, term, glossary.check_term(af_editor, term, form), utcnow())
    db.session.commit()
    assert term.term_sv == "arbetsförmåga"
    assert {d.org_type: d.text_sv for d in term.definitions} == {
        OrgType.SOCIAL_INSURANCE: "FK:s.", OrgType.EMPLOYMENT_SERVICE: "AF:s betydelse."}
    for name in ("fk", "observer"):
        with pytest.raises(PermissionDenied):
            glossary.check_term(kb["people"][name], term, form)


def test_duplicate_and_empty_terms_are_refused(kb):
    coord = kb["people"]["coordinator"]
    add_term(coord)
    for form in (term_form("Arbetsförmåga"), term_form("förmåga", "Work ability"),
                 term_form(""), term_form("!!!"),
                 term_form("x", social_insurance=("", "", "Källa utan text"))):
        with pytest.raises(ValidationError):
            glossary.check_term(coord, None, form)


def test_terms_are_recognized_in_rendered_html_with_the_current_terms(kb):
    coord = kb["people"]["coordinator"]
    html = "<p>Sjukpenningen och arbetsförmågan, igen arbetsförmåga.</p>"
    assert str(glossary.annotate_html(html)) == html  # no terms yet
    add_term(coord)
    first = str(glossary.annotate_html(html))
    assert first.count('class="glossary-term"') == 1
    assert 'href="/glossary/arbetsformaga" data-term="arbetsformaga"' in first
    add_term(coord, term_sv="sjukpenning", term_en="sickness benefit")
    assert str(glossary.annotate_html(html)).count('class="glossary-term"') == 2
    assert 'data-term="sjukpenning"' in str(glossary.annotate_html(
        "<p>Sickness benefit is paid.</p>"))


def test_the_template_filter_marks_only_the_server_html_safe(kb, app):
    add_term(kb["people"]["coordinator"])
    with app.test_request_context():
        out = render_template_string("{{ html|glossary }}|{{ text }}",
                                     html="<p>Om arbetsförmåga.</p>",
                                     text="<b>arbetsförmåga</b>")
    assert '<a class="glossary-term"' in out and out.endswith("|&lt;b&gt;arbetsförmåga&lt;/b&gt;")


def test_the_term_map_follows_another_process_within_the_check_interval(kb, monkeypatch):
    from flask import g

    add_term(kb["people"]["coordinator"])
    assert "arbetsförmåga" in glossary.term_map()
    # Another process deletes the term: only the database changes, not this process's cache.
    db.session.delete(db.session.scalar(select(GlossaryTerm)))
    db.session.commit()
    g.pop("glossary_terms", None)
    assert "arbetsförmåga" in glossary.term_map()  # a later request within the interval
    now = glossary.monotonic()
    monkeypatch.setattr(glossary, "monotonic", lambda: now + glossary.CHECK_SECONDS)
    g.pop("glossary_terms", None)
    assert glossary.term_map() == {}


def test_deleting_a_term_is_for_coordinators_and_audited(kb):
    term = add_term(kb["people"]["coordinator"])
    with pytest.raises(PermissionDenied):
        glossary.check_delete_term(kb["people"]["af_editor"], term)
    glossary.check_delete_term(kb["people"]["admin"], term)
    glossary.do_delete_term(kb["people"]["admin"], term)
    db.session.commit()
    assert db.session.scalars(select(GlossaryTerm)).all() == []
