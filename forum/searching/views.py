"""The search page and the as-you-type JSON endpoint."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, jsonify, render_template, request
from flask_login import current_user

from forum.accounts import queries as account_queries
from forum.discussions import queries as discussion_queries
from forum.pbl import access as pbl_access
from forum.searching import service, similar
from forum.text.i18n import _l

bp = Blueprint("search", __name__)
SECTION_LABELS = {"must": _l("We must"), "must_not": _l("We must not"), "can": _l("We can")}
KINDS = ("thread", "post", "page", "statement", "term", "case", "minutes", "journal")


def _filters() -> service.Filters:
    args = request.args
    return service.Filters(
        kinds={k for k in args.getlist("kind") if k in KINDS},
        org_id=args.get("org", type=int), space_id=args.get("space", type=int),
        group_id=args.get("group", type=int), author=(args.get("author") or "")[:40],
        date_from=_date(args.get("from")), date_to=_date(args.get("to")),
        sort=args.get("sort", "relevance"), page=max(1, min(args.get("page", 1, type=int),
                                                           500)))


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@bp.get("/search")
def page():
    text = (request.args.get("q") or "")
    filters = _filters()
    outcome = service.search(current_user, text, filters) if text.strip() or any(
        (filters.kinds, filters.org_id, filters.space_id, filters.group_id, filters.author,
         filters.date_from, filters.date_to)) else None
    return render_template(
        "search/results.html", q=text[:1000], filters=filters, outcome=outcome, kinds=KINDS,
        STATEMENT_SECTION_LABELS=SECTION_LABELS,
        organizations=account_queries.organizations_tree(),
        spaces=discussion_queries.readable_spaces(current_user),
        groups=pbl_access.group_ids(current_user))


@bp.get("/api/v1/search")
def api():
    outcome = service.search(current_user, request.args.get("q") or "", _filters(),
                             per_page=8)
    return jsonify({
        "ok": not outcome.unavailable, "total": outcome.result.total,
        "total_capped": outcome.result.total_capped,
        "messages": outcome.messages, "suggestion": outcome.result.suggestion,
        "hits": [_hit_json(h, outcome) for h in outcome.hits]})


def _hit_json(hit, outcome) -> dict:
    found = {"kind": hit.kind, "title_html": hit.title_html, "snippet_html": hit.snippet_html,
             "url": hit.url}
    facts = outcome.statements.get(hit.doc_id)
    if facts is not None:
        found["statement"] = {"organization": facts.organization, "section": facts.section,
                              "basis": facts.basis, "source": facts.source or None}
    return found


@bp.get("/api/v1/similar")
def similar_json():
    """Earlier questions and documented answers like a new question's title (for the hint)."""
    found = similar.similar(current_user, request.args.get("title") or "")
    return jsonify({"ok": True, "items": [
        {"kind": s.kind, "title_html": s.title_html, "url": s.url, "documented": s.documented,
         "statement": {"organization": s.facts.organization, "section": s.facts.section,
                       "basis": s.facts.basis, "source": s.facts.source or None}
         if s.facts else None} for s in found]})
