"""The notification list."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user

from forum.db import unit_of_work, utcnow
from forum.discussions import queries
from forum.notifications import actions

bp = Blueprint("notifications", __name__)


@bp.get("/notifications")
def index():
    return render_template("notifications/index.html",
                           items=queries.notifications(current_user))


@bp.post("/notifications/read")
def mark_all_read():
    with unit_of_work():
        actions.do_mark_read(current_user, utcnow())
    return redirect(url_for("notifications.index"))
