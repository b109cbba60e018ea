"""The health check (the home page is forum/discussions/home_views.py)."""

from __future__ import annotations

from flask import Blueprint, jsonify
from sqlalchemy import text

from forum.extensions import db
from forum.web.guard import public

bp = Blueprint("web", __name__)


@bp.get("/healthz")
@public
def healthz():
    db.session.execute(text("SELECT 1"))
    return jsonify({"ok": True})
