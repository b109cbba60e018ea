"""My data (export, self-erasure) and the admin's "Erase account". Thin adapters."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, logout_user

from forum.accounts import access as account_access
from forum.db import unit_of_work, utcnow
from forum.errors import Gone, ValidationError
from forum.mydata import erasure, exports
from forum.web.helpers import form_dict

bp = Blueprint("mydata", __name__)


@bp.get("/settings/data")
def page():
    now = utcnow()
    export = exports.latest_export(current_user)
    return render_template("mydata/data.html", export=export, now=now,
                           stale=export is not None and exports.is_stale(export, now),
                           expired=export is not None and exports.is_expired(export, now),
                           may_erase=erasure.may_erase_self(current_user), errors={})


@bp.post("/settings/data/export")
def request_export():
    now = utcnow()
    try:
        exports.check_request_export(current_user, now)
    except ValidationError as exc:
        flash(exc.message, "error")
        return redirect(url_for("mydata.page"))
    with unit_of_work():
        export = exports.do_request_export(current_user, now)
    exports.start_build(current_app._get_current_object(), export.id)
    flash(_("Your export is being prepared. This page shows how far it has come."), "success")
    return redirect(url_for("mydata.page"))


@bp.get("/settings/data/export/<int:export_id>/download")
def download(export_id: int):
    try:
        export = exports.check_download(current_user, export_id, utcnow())
    except Gone:
        # The file of an expired link is deleted the moment someone tries it.
        with unit_of_work():
            exports.do_expire(exports.export_for_owner(current_user, export_id))
        raise
    with unit_of_work():
        data = exports.do_download(current_user, export)
    name = f"my-data-{export.created_at:%Y%m%d}.zip"
    return Response(data, mimetype="application/zip", headers={
        "Content-Disposition": f'attachment; filename="{name}"',
        "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})


@bp.post("/settings/data/erase")
def erase_self():
    try:
        data = erasure.check_erase(current_user, current_user, form_dict(), by_self=True)
    except ValidationError as exc:
        export = exports.latest_export(current_user)
        return render_template("mydata/data.html", export=export, now=utcnow(), stale=False,
                               expired=False, may_erase=True,
                               errors=exc.field_errors or {"__all__": exc.message}), 400
    with unit_of_work():
        erasure.do_erase(current_user, data, utcnow())
    return _logged_out()


def _logged_out():
    logout_user()
    session.clear()
    flash(_("Your account is erased. Thank you for taking part."), "info")
    return redirect(url_for("accounts.login"))


@bp.route("/admin/users/<int:user_id>/erase", methods=["GET", "POST"])
def admin_erase(user_id: int):
    target = account_access.user_for_admin(current_user, user_id)
    errors: dict = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                data = erasure.check_erase(current_user, target, form_dict(), by_self=False)
                erased_self = target.id == current_user.id
                counts = erasure.do_erase(current_user, data, utcnow())
            if erased_self:
                return _logged_out()
            flash(_("The account is erased: %(posts)s posts removed, %(journals)s journal "
                    "entries and %(sessions)s sessions deleted.",
                    posts=counts["posts_removed"], journals=counts["journal_entries"],
                    sessions=counts["sessions"]), "success")
            return redirect(url_for("admin.user", user_id=target.id))
        except ValidationError as exc:
            errors = exc.field_errors or {"__all__": exc.message}
    return render_template("mydata/erase.html", target=target, errors=errors), \
        400 if errors else 200
