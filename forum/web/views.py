"""The home page (recent threads across the spaces you may read) and the health check."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request
from flask_login import current_user
from sqlalchemy import text

from forum.accounts import queries as account_queries
from forum.discussions import queries
from forum.extensions import db
from forum.web.guard import public

bp = Blueprint("web", __name__)


@bp.get("/")
def home():
    space_id = request.args.get("space", type=int)
    org_id = request.args.get("org", type=int)
    spaces = queries.readable_spaces(current_user)
    if space_id not in {s.id for s in spaces}:
        space_id = None  # a space you may not read filters nothing (and says nothing)
    return render_template("home.html", spaces=spaces, space_id=space_id, org_id=org_id,
                           rows=queries.thread_rows(current_user, space_id=space_id,
                                                    org_id=org_id),
                           organizations=account_queries.organizations_tree(),
                           questions=queries.open_questions(current_user)[:5],
                           pbl_sessions=_coming_pbl_sessions())


def _coming_pbl_sessions() -> list:
    from forum.db import utcnow
    from forum.pbl import access as pbl_access
    from forum.pbl.sessions import upcoming

    return upcoming(pbl_access.readable_group_ids(current_user), utcnow())[:3]


@bp.get("/healthz")
@public
def healthz():
    db.session.execute(text("SELECT 1"))
    return jsonify({"ok": True})
