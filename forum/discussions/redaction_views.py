"""Redacting a post's versions by hand (page and JSON), and the post history as JSON.

`/p/<post_id>/versions/<version>/redact` (version: a revision id from the history, or
"current") is the control other pages link to; `?text=` fills in the text to redact.
Only the post's author and moderators reach it; for everyone else it does not exist (404).
"""

from __future__ import annotations

from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.db import unit_of_work, utcnow
from forum.discussions import access, redaction
from forum.discussions.models import PostRevision
from forum.errors import NotFound, ValidationError
from forum.extensions import db, limiter
from forum.i18n import _l
from forum.text.redaction import MAX_MANUAL

bp = Blueprint("post_redaction", __name__)
REDACT_LIMIT = "30 per minute"


def _user_key() -> str:
    return f"user:{current_user.id}" if current_user.is_authenticated else request.remote_addr


def _redactable(post_id: int, version: str):
    """The post and the version's text, or 404 for readers who may not redact it."""
    post = access.post_for_reader(current_user, post_id)
    if not access.can_redact_post(current_user, post):
        raise NotFound()
    return post, redaction.version_source(post, version)


@bp.route("/p/<int:post_id>/versions/<version>/redact", methods=["GET", "POST"])
@limiter.limit(REDACT_LIMIT, key_func=_user_key, methods=["POST"])
def redact(post_id: int, version: str):
    post, source = _redactable(post_id, version)
    errors: dict[str, str] = {}
    text = request.values.get("text", "")
    everywhere = request.method == "GET" or bool(request.form.get("everywhere"))
    if request.method == "POST":
        try:
            with unit_of_work():
                plan = redaction.check_redact_post(current_user, post, version, text,
                                                   everywhere)
                count = redaction.do_redact_post(current_user, post, plan, utcnow())
            flash(_("The text is redacted in %(count)s versions.", count=count), "success")
            return redirect(url_for("discussions.post_history", post_id=post.id))
        except ValidationError as exc:
            errors = exc.field_errors or {"text": exc.message}
    return render_template("discussions/redact.html", post=post, version=version,
                           source=source, text=text, everywhere=everywhere, errors=errors,
                           max_length=MAX_MANUAL), 400 if errors else 200


@bp.post("/api/v1/posts/<int:post_id>/versions/<version>/redact")
@limiter.limit(REDACT_LIMIT, key_func=_user_key)
def api_redact(post_id: int, version: str):
    post, _source = _redactable(post_id, version)
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ValidationError(str(_l("Send a JSON object.")))
    with unit_of_work():
        plan = redaction.check_redact_post(current_user, post, version, data.get("text"),
                                           data.get("everywhere", True) is not False)
        count = redaction.do_redact_post(current_user, post, plan, utcnow())
    return jsonify({"ok": True, "versions": count})


@bp.get("/api/v1/posts/<int:post_id>/history")
def api_history(post_id: int):
    """Every version of the post, oldest first, as stored (redactions included)."""
    post = access.post_for_reader(current_user, post_id)
    if post.deleted_at is not None and not access.can_see_deleted_text(current_user, post):
        raise NotFound()
    revisions = db.session.query(PostRevision).filter_by(post_id=post.id).order_by(
        PostRevision.id).all()
    return jsonify({"ok": True, "post_id": post.id,
                    "can_redact": access.can_redact_post(current_user, post),
                    "versions": [_version_json(v) for v in history_versions(post, revisions)]})


def _version_json(version: dict) -> dict:
    return {"version": version["version"], "source": version["source"],
            "by": version["by"].display_name, "at": version["at"].isoformat()}


def history_versions(post, revisions: list[PostRevision]) -> list[dict]:
    """Every text the post has had, oldest first: who wrote each version and when, and the
    version's address for redaction (the revision row that stores it, or "current")."""
    stored = [str(r.id) for r in revisions] + [redaction.CURRENT]
    sources = [r.source for r in revisions] + [post.source]
    authors = [(post.author, post.created_at)] + [(r.editor, r.created_at) for r in revisions]
    return [{"version": v, "source": s, "by": by, "at": at}
            for v, s, (by, at) in zip(stored, sources, authors, strict=True)]
