"""Admin pages for spaces and the privacy setting."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from forum.accounts import access as account_access
from forum.accounts import queries as account_queries
from forum.accounts import sitesettings
from forum.accounts.sitesettings import get_setting
from forum.db import unit_of_work
from forum.discussions import spaces
from forum.discussions.models import Space
from forum.errors import NotFound, ValidationError
from forum.extensions import db
from forum.pbl.models import PblGroup
from forum.web.helpers import form_dict

bp = Blueprint("spaces_admin", __name__, url_prefix="/admin")


@bp.get("/spaces")
def index():
    account_access.require(account_access.is_admin(current_user))
    return render_template("admin/spaces.html", spaces=db.session.scalars(
        select(Space).order_by(Space.position, Space.name)).all())


@bp.route("/spaces/new", methods=["GET", "POST"])
@bp.route("/spaces/<int:space_id>", methods=["GET", "POST"])
def edit(space_id: int | None = None):
    account_access.require(account_access.is_admin(current_user))
    space = db.session.get(Space, space_id) if space_id else None
    if space_id and space is None:
        raise NotFound()
    errors: dict = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                data = spaces.check_save_space(current_user, form_dict(), space)
                spaces.do_save_space(current_user, data, space)
            flash(_("The space is saved."), "success")
            return redirect(url_for("spaces_admin.index"))
        except ValidationError as exc:
            errors = exc.field_errors
    form = form_dict() if request.method == "POST" else _space_form(space)
    return render_template("admin/space_form.html", space=space, form=form, errors=errors,
                           organizations=account_queries.organizations_tree(),
                           groups=db.session.scalars(select(PblGroup)).all()), \
        400 if errors else 200


@bp.route("/settings", methods=["GET", "POST"])
def settings():
    account_access.require(account_access.is_admin(current_user))
    if request.method == "POST":
        with unit_of_work():
            sitesettings.do_set_privacy_block(current_user,
                                              request.form.get("privacy_block") == "1")
            sitesettings.do_set_self_erasure(current_user,
                                             request.form.get("self_erasure") == "1")
        flash(_("The settings are saved."), "success")
        return redirect(url_for("spaces_admin.settings"))
    return render_template("admin/settings.html", privacy_block=get_setting("privacy_block"),
                           self_erasure=get_setting("self_erasure"))


def _space_form(space: Space | None) -> dict:
    if space is None:
        return {"visibility": "all"}
    return {"slug": space.slug, "name": space.name, "description": space.description,
            "visibility": space.visibility.value, "position": str(space.position),
            "organization_id": str(space.organization_id or ""),
            "group_id": str(space.group_id or "")}
