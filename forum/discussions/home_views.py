"""The home page: recent threads across the spaces you may read, open questions to your
organization and your coming PBL sessions."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user

from forum.accounts import queries as account_queries
from forum.db import utcnow
from forum.discussions import queries
from forum.pbl import access as pbl_access
from forum.pbl.sessions import upcoming

bp = Blueprint("home", __name__)


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
    return upcoming(pbl_access.readable_group_ids(current_user), utcnow())[:3]
