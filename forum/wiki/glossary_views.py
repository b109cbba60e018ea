"""The glossary's pages and JSON, and the `glossary` template filter that explains terms in
posts and pages. Thin adapters over forum.wiki.glossary."""

from __future__ import annotations

from flask import Blueprint, flash, jsonify, redirect, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select

from forum.accounts.labels import ORG_TYPE_LABELS
from forum.accounts.models import OrgType
from forum.db import unit_of_work, utcnow
from forum.extensions import db
from forum.web.form_outcome import FormOutcome
from forum.web.helpers import form_dict
from forum.wiki import access, glossary, queries
from forum.wiki.models import GlossaryTerm
from forum.wiki.views import render_wiki

bp = Blueprint("glossary", __name__)
api = Blueprint("glossary_api", __name__, url_prefix="/api/v1")
SHORT = 280


@bp.app_template_filter("glossary")
def glossary_filter(html):
    """`{{ post.html|glossary }}`: server-rendered HTML with glossary terms explained."""
    return glossary.annotate_html(html)


def _lang() -> str:
    return "en" if str(get_locale() or "sv") == "en" else "sv"


def _term_page(term: GlossaryTerm):
    """The "read more" page, only for readers of that page."""
    page = term.page
    return page if page is not None and access.can_read_page(current_user, page) else None


@bp.get("/glossary")
def index():
    terms = db.session.scalars(select(GlossaryTerm).order_by(func.lower(GlossaryTerm.term_sv)))
    return render_wiki("wiki/glossary_index.html", terms=list(terms), lang=_lang(),
                       can_edit=access.can_edit_glossary(current_user))


@bp.get("/glossary/<slug>")
def term(slug: str):
    term = access.term_for_reader(current_user, slug)
    return render_wiki("wiki/glossary_term.html", term=term, lang=_lang(),
                       read_more=_term_page(term),
                       can_edit=bool(access.definition_types_for(current_user)))


@bp.route("/glossary/new", methods=["GET", "POST"])
def new_term():
    return _edit(None)


@bp.route("/glossary/<slug>/edit", methods=["GET", "POST"])
def edit_term(slug: str):
    return _edit(access.term_for_reader(current_user, slug))


def _edit(term: GlossaryTerm | None):
    types = access.definition_types_for(current_user)
    if not types or (term is None and not access.can_edit_glossary(current_user)):
        glossary.check_term(current_user, term, {})  # raises PermissionDenied
    outcome = FormOutcome()
    if request.method == "POST":
        with outcome.catching():
            with unit_of_work():
                data = glossary.check_term(current_user, term, form_dict())
                saved = glossary.do_save_term(current_user, term, data, utcnow())
            flash(_("The glossary is saved."), "success")
            return redirect(url_for("glossary.term", slug=saved.slug))
        form = form_dict()
    else:
        form = _term_form(term)
    return render_wiki("wiki/glossary_edit.html", outcome.status, term=term, form=form,
                       **outcome.context, types=[t for t in OrgType if t in types],
                       full=access.can_edit_glossary(current_user),
                       pages=queries.all_page_choices(current_user))


def _term_form(term: GlossaryTerm | None) -> dict:
    if term is None:
        return {}
    form = {"term_sv": term.term_sv, "term_en": term.term_en, "page_id": term.page_id or ""}
    for definition in term.definitions:
        prefix = f"def-{definition.org_type.value}-"
        form.update({prefix + "sv": definition.text_sv, prefix + "en": definition.text_en,
                     prefix + "source": definition.source})
    return form


@bp.post("/glossary/<slug>/delete")
def delete_term(slug: str):
    term = access.term_for_reader(current_user, slug)
    with unit_of_work():
        glossary.check_delete_term(current_user, term)
        glossary.do_delete_term(current_user, term)
    flash(_("The term is removed from the glossary."), "success")
    return redirect(url_for("glossary.index"))


@api.get("/glossary/<slug>")
def term_json(slug: str):
    """The short definitions behind a glossary link (the hover and focus explanation)."""
    term = access.term_for_reader(current_user, slug)
    lang = _lang()
    page = _term_page(term)
    definitions = []
    for definition in term.definitions:
        text = (definition.text_en or definition.text_sv) if lang == "en" else (
            definition.text_sv or definition.text_en)
        definitions.append({"org_type": definition.org_type.value,
                            "label": str(ORG_TYPE_LABELS[definition.org_type]),
                            "text": _short(text), "source": definition.source or None})
    return jsonify({"ok": True, "slug": term.slug,
                    "term": term.term_en if lang == "en" and term.term_en else term.term_sv,
                    "term_sv": term.term_sv, "term_en": term.term_en or None,
                    "url": url_for("glossary.term", slug=term.slug),
                    "page": {"title": page.title, "url": url_for("wiki.page", page_id=page.id)}
                    if page is not None else None,
                    "definitions": definitions})


def _short(text: str) -> str:
    if len(text) <= SHORT:
        return text
    cut = text[:SHORT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:–- ") + "…"
