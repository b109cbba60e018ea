"""The notification list."""

from __future__ import annotations

from flask import Blueprint, jsonify, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import select

from forum.db import fits_id, unit_of_work, utcnow
from forum.discussions.api import json_body
from forum.errors import ValidationError
from forum.extensions import db
from forum.notifications import actions, queries
from forum.wiki import following
from forum.wiki.models import WikiPage

bp = Blueprint("notifications", __name__)


def unread_notifications() -> int:
    """The header's badge (a template global, forum/app.py)."""
    if not current_user.is_authenticated:
        return 0
    return queries.unread_notification_count(current_user._get_current_object())


def by_thread(items: list) -> list[list]:
    """The notifications (newest first) in groups, one per thread (or per page, or alone for
    a notice with neither), each group where its newest notification is."""
    groups: dict[tuple, list] = {}
    for item in items:
        n, thread, _seq = item
        key = ("t", thread.id) if thread else ("p", n.page_id) if n.page_id else ("n", n.id)
        groups.setdefault(key, []).append(item)
    return list(groups.values())


@bp.get("/notifications")
def index():
    items = queries.notifications(current_user)
    pages = {n.page_id for n, _, _ in items if n.page_id}
    titles = dict(db.session.execute(select(WikiPage.id, WikiPage.title)
                                     .where(WikiPage.id.in_(pages))).all()) if pages else {}
    # A followed boundary page's changes, read from its revisions now (redactions included).
    changes = {n.id: following.shown_changes(n) for n, _, _ in items if n.kind == "boundary"}
    return render_template("notifications/index.html", groups=by_thread(items),
                           page_titles=titles,
                           boundary_changes=changes)


@bp.post("/notifications/read")
def mark_all_read():
    with unit_of_work():
        actions.do_mark_read(current_user, utcnow())
    return redirect(url_for("notifications.index"))


@bp.post("/api/v1/notifications/read")
def api_mark_read():
    ids = json_body().get("ids")
    if ids is not None and not (isinstance(ids, list) and all(fits_id(i) for i in ids)):
        raise ValidationError(field_errors={"ids": "ids must be a list of integers"})
    with unit_of_work():
        count = actions.do_mark_read(current_user, utcnow(), ids)
    return jsonify({"ok": True, "marked": count})
