"""Admin pages: organizations, users and roles, invitations, the audit log."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user

from forum.accounts import access, actions, audit_links, audit_queries, mails, queries
from forum.accounts.models import Invitation, Role
from forum.audit import export, kinds
from forum.audit.models import record
from forum.db import unit_of_work, utcnow
from forum.errors import NotFound, ValidationError
from forum.extensions import db
from forum.web.helpers import form_dict

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/")
def index():
    access.require(access.can_invite(current_user))
    return render_template("admin/index.html")


@bp.route("/organizations/new", methods=["GET", "POST"])
def new_organization():
    access.require(access.can_manage_organizations(current_user))
    errors: dict = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                data = actions.check_save_organization(current_user, form_dict())
                org = actions.do_save_organization(current_user, data)
            flash(_("The organization is saved."), "success")
            return redirect(url_for("directory.organization", org_id=org.id))
        except ValidationError as exc:
            errors = exc.field_errors
    return render_template("directory/organization_form.html", org=None, form=form_dict(),
                           errors=errors, organizations=queries.organizations_tree(),
                           full=True), 400 if errors else 200


@bp.get("/users")
def users():
    access.require(access.can_manage_users(current_user))
    return render_template("admin/users.html", users=queries.all_users())


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
def user(user_id: int):
    target = access.user_for_admin(current_user, user_id)
    errors: dict = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                roles = actions.check_set_roles(current_user, target,
                                                request.form.getlist("roles"))
                actions.do_set_roles(current_user, target, roles)
            flash(_("The roles are saved."), "success")
            return redirect(url_for("admin.user", user_id=target.id))
        except ValidationError as exc:
            errors = exc.field_errors
    return render_template("admin/user.html", target=target, errors=errors,
                           roles=list(Role)), 400 if errors else 200


@bp.post("/users/<int:user_id>/deactivate")
def deactivate(user_id: int):
    target = access.user_for_admin(current_user, user_id)
    try:
        actions.check_deactivate(current_user, target)
    except ValidationError as exc:
        flash(exc.message, "error")
        return redirect(url_for("admin.user", user_id=target.id))
    with unit_of_work():
        actions.do_deactivate(current_user, target, utcnow())
    flash(_("%(name)s is deactivated and logged out everywhere.", name=target.display_name),
          "success")
    return redirect(url_for("admin.user", user_id=target.id))


@bp.post("/users/<int:user_id>/reactivate")
def reactivate(user_id: int):
    target = access.user_for_admin(current_user, user_id)
    with unit_of_work():
        actions.do_reactivate(current_user, target)
    flash(_("%(name)s is active again.", name=target.display_name), "success")
    return redirect(url_for("admin.user", user_id=target.id))


@bp.route("/invitations", methods=["GET", "POST"])
def invitations():
    access.require(access.can_invite(current_user))
    errors: dict = {}
    link = None
    if request.method == "POST":
        try:
            with unit_of_work():
                data = actions.check_invite(current_user, request.form.get("email"),
                                            request.form.get("organization_id"),
                                            request.form.getlist("roles"))
                invitation, token = actions.do_invite(current_user, data, utcnow(),
                                                      current_app.config["INVITATION_HOURS"])
                link = current_app.config["BASE_URL"] + url_for(
                    "accounts.accept_invitation", token=token)
                mails.queue_invitation(invitation, link, current_user)
            flash(_("Invitation e-mailed to %(email)s. Should it not arrive, send them the "
                    "link below; it is shown only once.", email=invitation.email), "success")
        except ValidationError as exc:
            errors = exc.field_errors
    return render_template("admin/invitations.html", errors=errors, link=link,
                           form=form_dict() if errors else {},
                           chosen_roles=request.form.getlist("roles") if errors else ["member"],
                           invitations=queries.invitations(), now=utcnow(),
                           organizations=queries.organizations_tree(),
                           grantable=[r for r in Role
                                      if r in access.grantable_roles(current_user)]), \
        400 if errors else 200


@bp.post("/invitations/<int:invitation_id>/revoke")
def revoke_invitation(invitation_id: int):
    access.require(access.can_invite(current_user))
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None:
        raise NotFound()
    now = utcnow()
    try:
        actions.check_revoke_invitation(current_user, invitation, now)
    except ValidationError as exc:
        flash(exc.message, "error")
        return redirect(url_for("admin.invitations"))
    with unit_of_work():
        actions.do_revoke_invitation(current_user, invitation, now)
    flash(_("The invitation is withdrawn."), "success")
    return redirect(url_for("admin.invitations"))


@bp.get("/audit")
def audit():
    access.require(access.is_admin(current_user))
    try:
        filters, errors = audit_queries.check_filters(request.args), {}
    except ValidationError as exc:
        filters, errors = audit_queries.AuditFilters(), exc.field_errors
    entries, number, pages = ([], 1, 1) if errors else audit_queries.page(
        filters, request.args.get("page", default=1, type=int))
    return render_template(
        "admin/audit.html", entries=entries, errors=errors, form=request.args,
        filters=filters, page=number, pages=pages, describe=kinds.describe,
        describe_target=kinds.describe_target,
        links={e.id: audit_links.link_for(current_user, e) for e in entries},
        actors=audit_queries.actor_choices(), kinds=audit_queries.kind_choices(),
        organizations=queries.organizations_tree()), 400 if errors else 200


@bp.get("/audit/export.csv")
def audit_export():
    """The filtered log as CSV; exporting is itself recorded (who took what out)."""
    access.require(access.is_admin(current_user))
    try:
        filters = audit_queries.check_filters(request.args)
    except ValidationError as exc:
        flash(exc.message, "error")
        return redirect(url_for("admin.audit", **request.args))
    with unit_of_work():
        entries = audit_queries.for_export(filters)
        record(current_user, "audit.export", "audit", None, rows=len(entries),
               **filters.as_args())
    response = Response(export.to_csv(entries), mimetype="text/csv")
    response.headers["Content-Disposition"] = (
        f"attachment; filename=audit-{utcnow():%Y%m%d-%H%M}.csv")
    return response
