"""The shared glossary: one concept, each kind of organization's own definition side by side.

Terms are recognized in posts and pages at display time (`annotate_html`), with the current
terms: the term map is cached per process and rebuilt when the glossary's version (count and
latest change) differs, which costs one small query per request.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from time import monotonic

from flask import g, has_app_context
from markupsafe import Markup
from sqlalchemy import func, select

from forum.accounts.models import OrgType, User
from forum.errors import PermissionDenied, ValidationError
from forum.extensions import db
from forum.indexing import outbox
from forum.privacy_terms.guard import check_privacy
from forum.text import annotate_terms, render_citations
from forum.text.citations import Citation
from forum.text.fields import form_text
from forum.text.i18n import _l
from forum.wiki import access, fields, hooks
from forum.wiki.backlinks import DatabaseResolver
from forum.wiki.models import GlossaryDefinition, GlossaryTerm

MAX_TERM = 120
MAX_DEFINITION = 4000
_SLUG_RE = re.compile(r"[^a-z0-9]+")


@dataclass
class DefinitionData:
    org_type: OrgType
    text_sv: str
    text_en: str
    source: str


@dataclass
class TermData:
    term_sv: str
    term_en: str
    slug: str
    page_id: int | None
    definitions: dict[OrgType, DefinitionData]
    types: frozenset[OrgType]  # the definitions this editor may change


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SLUG_RE.sub("-", ascii_text.lower()).strip("-")[:80]


def check_term(actor: User, term: GlossaryTerm | None, form: dict) -> TermData:
    types = access.definition_types_for(actor)
    if not types or (term is None and not access.can_edit_glossary(actor)):
        raise PermissionDenied(str(_l("Only coordinators can change the glossary.")))
    errors: dict[str, str] = {}
    full = access.can_edit_glossary(actor)
    if full:
        term_sv = form_text(form, "term_sv", errors, max_len=MAX_TERM,
                              required=str(_l("Write the term in Swedish.")))
        term_en = form_text(form, "term_en", errors, max_len=MAX_TERM)
        page_id = _page(actor, form, errors)
    else:
        term_sv, term_en, page_id = term.term_sv, term.term_en, term.page_id
    slug = term.slug if term is not None else slugify(term_sv)
    if term is None and term_sv and not slug:
        errors["term_sv"] = str(_l("The term needs at least one letter or digit."))
    definitions = {}
    for org_type in OrgType:
        if org_type not in types:
            continue
        prefix = f"def-{org_type.value}-"
        data = DefinitionData(
            org_type,
            form_text(form, prefix + "sv", errors, max_len=MAX_DEFINITION, multiline=True),
            form_text(form, prefix + "en", errors, max_len=MAX_DEFINITION, multiline=True),
            form_text(form, prefix + "source", errors, max_len=300))
        if data.source and not (data.text_sv or data.text_en) and prefix + "sv" not in errors:
            errors[prefix + "sv"] = str(_l("Write the definition, or remove the source."))
        definitions[org_type] = data
    _check_unique(errors, term, term_sv, term_en, slug)
    if errors:
        raise ValidationError(field_errors=errors)
    check_privacy("\n".join([term_sv, term_en] + [
        f"{d.text_sv}\n{d.text_en}\n{d.source}" for d in definitions.values()]),
        confirmed=bool(form.get("confirm_privacy")), actor=actor)
    return TermData(term_sv, term_en, slug, page_id, definitions, types)


def _page(actor: User, form: dict, errors: dict[str, str]) -> int | None:
    page_id = fields.integer(form.get("page_id"))
    if not page_id:
        return None
    from forum.wiki.models import WikiPage

    page = db.session.get(WikiPage, page_id)
    if page is None or not access.can_read_page(actor, page):
        errors["page_id"] = str(_l("Choose a page from the list."))
        return None
    return page.id


def _check_unique(errors: dict[str, str], term: GlossaryTerm | None, term_sv: str,
                  term_en: str, slug: str) -> None:
    if "term_sv" in errors:
        return
    others = select(GlossaryTerm).where(GlossaryTerm.id != (term.id if term else -1))
    lowered = {t.lower() for t in (term_sv, term_en) if t}
    for other in db.session.scalars(others.where(
            func.lower(GlossaryTerm.term_sv).in_(lowered)
            | func.lower(GlossaryTerm.term_en).in_(lowered) | (GlossaryTerm.slug == slug))):
        errors["term_sv"] = str(_l("The glossary already has this term: %(term)s.",
                                   term=other.term_sv))
        return


def do_save_term(actor: User, term: GlossaryTerm | None, data: TermData,
                 now: datetime) -> GlossaryTerm:
    if term is None:
        term = GlossaryTerm(slug=data.slug, created_at=now)
        db.session.add(term)
    term.term_sv, term.term_en, term.page_id = data.term_sv, data.term_en, data.page_id
    term.updated_at, term.updated_by_id = now, actor.id
    existing = {d.org_type: d for d in term.definitions}
    resolver, cited = DatabaseResolver(), []
    for org_type, item in data.definitions.items():
        row = existing.get(org_type)
        if not (item.text_sv or item.text_en):
            if row is not None:
                term.definitions.remove(row)
            continue
        if row is None:
            row = GlossaryDefinition(org_type=org_type)
            term.definitions.append(row)
        row.text_sv, row.text_en, row.source = item.text_sv, item.text_en, item.source
        cited += _render_definition(row, resolver)
    order = {t: i for i, t in enumerate(OrgType)}
    for definition in term.definitions:
        definition.position = order[definition.org_type]
    db.session.flush()
    hooks.record_citations("term", term.id, ((None, c) for c in cited))
    outbox.enqueue(f"term:{term.id}")
    forget_term_map()
    return term


def _render_definition(row: GlossaryDefinition, resolver: DatabaseResolver) -> list[Citation]:
    """The definition's texts as stored HTML with legal citations linked; returns them."""
    found: list[Citation] = []
    for name in ("text_sv", "text_en", "source"):
        rendered = render_citations(getattr(row, name), resolver)
        setattr(row, f"{name}_html", rendered.html)
        found += rendered.citations
    return found


def check_delete_term(actor: User, term: GlossaryTerm) -> None:
    if not access.can_edit_glossary(actor):
        raise PermissionDenied(str(_l("Only coordinators can change the glossary.")))


def do_delete_term(actor: User, term: GlossaryTerm) -> None:
    from forum.audit.models import record

    outbox.enqueue(f"term:{term.id}")
    record(actor, "glossary_term_deleted", "glossary_term", term.id, slug=term.slug)
    db.session.delete(term)
    db.session.flush()
    forget_term_map()


# -- recognizing terms at display time ----------------------------------------------------
# The term map is kept per database and its version re-read at most every CHECK_SECONDS:
# a thread page is viewed far more often than the glossary changes. This process forgets it
# at once when it changes a term (forget_term_map); other processes follow within that time.
CHECK_SECONDS = 1.0
_lock = threading.Lock()
_cache: dict[str, dict] = {}  # database URL -> {"version", "terms", "checked"}


def _version() -> tuple:
    return tuple(db.session.execute(
        select(func.count(GlossaryTerm.id), func.max(GlossaryTerm.updated_at),
               func.sum(GlossaryTerm.id))).one())


def _load(entry: dict | None) -> dict:
    version = _version()
    if entry is not None and entry["version"] == version:
        return {**entry, "checked": monotonic()}
    terms: dict[str, str] = {}
    for slug, term_sv, term_en in db.session.execute(
            select(GlossaryTerm.slug, GlossaryTerm.term_sv, GlossaryTerm.term_en)):
        terms[term_sv] = slug
        if term_en:
            terms.setdefault(term_en, slug)
    return {"version": version, "terms": terms, "checked": monotonic()}


def term_map() -> dict[str, str]:
    """{term (Swedish and English): slug} for every term; the same map for a whole request."""
    if has_app_context() and "glossary_terms" in g:
        return g.glossary_terms
    url = db.engine.url.render_as_string()  # tests run many databases in one process
    with _lock:
        entry = _cache.get(url)
        if entry is None or monotonic() - entry["checked"] >= CHECK_SECONDS:
            entry = _cache[url] = _load(entry)
    if has_app_context():
        g.glossary_terms = entry["terms"]
        g.glossary_version = (url, entry["version"])
    return entry["terms"]


def glossary_version() -> tuple | None:
    """This request's glossary version (database and terms): part of any cache key of HTML
    that went through ``annotate_html``."""
    term_map()
    return g.get("glossary_version") if has_app_context() else None


def forget_term_map() -> None:
    with _lock:
        _cache.clear()
    if has_app_context():
        g.pop("glossary_terms", None)


def annotate_html(html: str | None) -> Markup:
    """Sanitized HTML from forum.text.render (a post's or a page's) with the first use of each
    glossary term linked to its explanation. Only ever give it HTML the server rendered."""
    if not html:
        return Markup("")
    terms = term_map()
    version = g.get("glossary_version") if has_app_context() else None
    if version is None:
        return Markup(annotate_terms(str(html), terms))  # noqa: S704 (sanitized on write)
    return Markup(_annotated(str(html), version, _Terms(terms)))  # noqa: S704 (as above)


class _Terms:
    """The term map as an argument of the cache below: compared by the version only."""

    def __init__(self, terms: dict[str, str]) -> None:
        self.terms = terms

    def __hash__(self) -> int:
        return 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Terms)


@lru_cache(maxsize=4096)
def _annotated(html: str, version: tuple, terms: _Terms) -> str:
    """Annotation is pure in (html, glossary version): a thread page shows the same posts again
    and again, so each is annotated once per glossary version, not once per view."""
    return annotate_terms(html, terms.terms)
