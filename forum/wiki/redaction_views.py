"""Redacting a page revision by hand (page and JSON).

`/wiki/<page_id>/revisions/<revision_id>/redact` (or `.../revisions/current/redact`) is the
control other pages link to; `?text=` fills in the text to redact. Editors of the page,
moderators and admins reach it for every revision, a revision's author for their own; for
everyone else it does not exist (404).
"""

from __future__ import annotations

from flask import Blueprint, flash, jsonify, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.db import unit_of_work
from forum.errors import NotFound, ValidationError
from forum.extensions import limiter
from forum.i18n import _l
from forum.text.redaction import MAX_MANUAL
from forum.wiki import access, pages, queries, redaction
from forum.wiki.views import render_wiki

bp = Blueprint("wiki_redaction", __name__)
REDACT_LIMIT = "30 per minute"


def _user_key() -> str:
    return f"user:{current_user.id}" if current_user.is_authenticated else request.remote_addr


def _redactable(page_id: int, revision_id: int):
    page = access.page_for_reader(current_user, page_id)
    revision = access.revision_for_reader(current_user, page, revision_id)
    if not access.can_redact_revision(current_user, page, revision):
        raise NotFound()
    return page, revision


@bp.route("/wiki/<int:page_id>/revisions/<int:revision_id>/redact", methods=["GET", "POST"])
@limiter.limit(REDACT_LIMIT, key_func=_user_key, methods=["POST"])
def redact(page_id: int, revision_id: int):
    page, revision = _redactable(page_id, revision_id)
    errors: dict[str, str] = {}
    text = request.values.get("text", "")
    everywhere = request.method == "GET" or bool(request.form.get("everywhere"))
    if request.method == "POST":
        try:
            with unit_of_work():
                plan = redaction.check_redact_revision(current_user, page, revision, text,
                                                       everywhere)
                count = redaction.do_redact_revision(current_user, page, plan)
            flash(_("The text is redacted in %(count)s revisions.", count=count), "success")
            return redirect(url_for("wiki.history", page_id=page.id))
        except ValidationError as exc:
            errors = exc.field_errors or {"text": exc.message}
    return render_wiki("wiki/redact.html", 400 if errors else 200, page=page,
                       current_page=page, revision=revision, text=text,
                       source=pages.revision_text(revision), summary=revision.summary,
                       everywhere=everywhere, errors=errors, max_length=MAX_MANUAL,
                       crumbs=queries.breadcrumbs(current_user, page),
                       all_revisions=access.can_redact_any_revision(current_user, page))


@bp.get("/wiki/<int:page_id>/revisions/current/redact")
def redact_current(page_id: int):
    """The current revision's control, for links made without knowing its id."""
    page = access.page_for_reader(current_user, page_id)
    if page.current_revision_id is None:
        raise NotFound()
    args = {"text": request.args["text"]} if request.args.get("text") else {}
    return redirect(url_for("wiki_redaction.redact", page_id=page.id,
                            revision_id=page.current_revision_id, **args))


@bp.post("/api/v1/wiki/<int:page_id>/revisions/<int:revision_id>/redact")
@limiter.limit(REDACT_LIMIT, key_func=_user_key)
def api_redact(page_id: int, revision_id: int):
    page, revision = _redactable(page_id, revision_id)
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ValidationError(str(_l("Send a JSON object.")))
    with unit_of_work():
        plan = redaction.check_redact_revision(current_user, page, revision, data.get("text"),
                                               data.get("everywhere", True) is not False)
        count = redaction.do_redact_revision(current_user, page, plan)
    return jsonify({"ok": True, "revisions": count})
