"""The member directory and organization pages: "who do I ask at the employment service?"."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.accounts import access, actions, queries
from forum.db import unit_of_work
from forum.errors import ValidationError
from forum.web.helpers import form_dict

bp = Blueprint("directory", __name__)


@bp.get("/people")
def people():
    text = (request.args.get("q") or "").strip()[:100]
    org_id = request.args.get("org", type=int)
    groups = queries.directory(current_user, text, org_id)
    return render_template("directory/people.html", groups=groups, q=text, org_id=org_id,
                           organizations=queries.organizations_tree(),
                           count=sum(len(users) for _, users in groups))


@bp.get("/people/<int:user_id>")
def person(user_id: int):
    return render_template("directory/person.html",
                           person=access.user_for_viewer(current_user, user_id))


@bp.get("/organizations")
def organizations():
    return render_template("directory/organizations.html",
                           organizations=queries.organizations_tree())


@bp.get("/organizations/<int:org_id>")
def organization(org_id: int):
    org = access.organization_for_viewer(current_user, org_id)
    groups = queries.directory(current_user, org_id=org.id)
    return render_template("directory/organization.html", org=org, groups=groups)


@bp.route("/organizations/<int:org_id>/edit", methods=["GET", "POST"])
def edit_organization(org_id: int):
    org = access.organization_for_viewer(current_user, org_id)
    if not access.can_edit_organization(current_user, org):
        abort(403)
    errors: dict = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                data = actions.check_save_organization(current_user, form_dict(), org)
                actions.do_save_organization(current_user, data, org)
            flash(_("The organization is saved."), "success")
            return redirect(url_for("directory.organization", org_id=org.id))
        except ValidationError as exc:
            errors = exc.field_errors
    form = form_dict() if errors else _org_form(org)
    return render_template("directory/organization_form.html", org=org, form=form,
                           errors=errors, organizations=queries.organizations_tree(),
                           full=access.can_manage_organizations(current_user)), \
        400 if errors else 200


def _org_form(org) -> dict:
    return {"name": org.name, "short_name": org.short_name, "handle": org.handle,
            "type": org.type.value, "parent_id": str(org.parent_id or ""),
            "description": org.description, "contact_email": org.contact_email,
            "contact_phone": org.contact_phone, "contact_hours": org.contact_hours,
            "website": org.website, "time_zone": org.time_zone}
