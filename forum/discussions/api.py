"""JSON API for discussions (/api/v1). Same entry points and actions as the pages."""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from flask_login import current_user

from forum.db import fits_id, unit_of_work
from forum.discussions import access, entrypoints, queries, state_actions
from forum.discussions.actions import check_body
from forum.discussions.payloads import post_payload
from forum.errors import ValidationError
from forum.extensions import limiter
from forum.privacy_terms.guard import PrivacyWarning
from forum.text.i18n import _l

bp = Blueprint("discussions_api", __name__, url_prefix="/api/v1")


def _user_key() -> str:
    return f"user:{current_user.id}"


def json_body() -> dict:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ValidationError(str(_l("Send a JSON object.")))
    return data


@bp.get("/threads/<int:thread_id>/posts")
def posts(thread_id: int):
    after = request.args.get("after", default=0, type=int)
    thread, items, has_more = entrypoints.catch_up(current_user, thread_id, after)
    return jsonify({"ok": True, "thread_id": thread.id, "last_seq": thread.last_seq,
                    "has_more": has_more,
                    "posts": [post_payload(p, thread, reader=current_user) for p in items]})


@bp.post("/threads/<int:thread_id>/posts")
@limiter.limit("20 per minute", key_func=_user_key)
def create_post(thread_id: int):
    data = json_body()
    post, duplicate = entrypoints.submit_post(current_user, thread_id, _text(data, "body"),
                                              _text(data, "client_id"),
                                              data.get("confirm_privacy") is True)
    return jsonify({"ok": True, "duplicate": duplicate,
                    "post": post_payload(post, reader=current_user)}), \
        200 if duplicate else 201


@bp.post("/threads/<int:thread_id>/read")
def mark_read(thread_id: int):
    seq = json_body().get("seq")
    if not fits_id(seq):
        raise ValidationError(field_errors={"seq": "seq must be an integer"})
    return jsonify({"ok": True, "unread": entrypoints.mark_read(current_user, thread_id, seq)})


@bp.post("/posts/<int:post_id>/reactions")
def react(post_id: int):
    post = access.post_for_reader(current_user, post_id)
    with unit_of_work():
        kind = state_actions.check_reaction(current_user, post, _text(json_body(), "kind"))
        on = state_actions.do_toggle_reaction(current_user, post, kind)
    return jsonify({"ok": True, "on": on})


@bp.post("/preview")
def preview():
    """Rendered HTML plus what the privacy check would say, so the writer sees it early."""
    body = _text(json_body(), "body")
    try:
        _, rendered, _flagged = check_body(body, confirm_privacy=False, actor=current_user)
        return jsonify({"ok": True, "html": rendered.html, "findings": []})
    except PrivacyWarning as exc:
        _, rendered, _flagged = (
            check_body(body, confirm_privacy=True, actor=current_user) if not exc.blocked
            else (None, render_plain(body), False))
        return jsonify({"ok": True, "html": rendered.html, "findings": exc.summaries(),
                        "blocked": exc.blocked})


@bp.get("/mentions")
def mentions():
    prefix = (request.args.get("q") or "").strip()[:40]
    return jsonify({"ok": True, "items": queries.mention_candidates(prefix) if prefix else []})


def _text(data: dict, key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValidationError(field_errors={key: f"{key} must be a string"})
    return value


def render_plain(body: str | None):
    from forum.text import render
    from forum.text.limits import clean_text
    from forum.wiki.backlinks import DatabaseResolver

    return render(clean_text(body or "", max_len=64 * 1024, multiline=True), DatabaseResolver())
