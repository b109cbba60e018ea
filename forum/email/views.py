"""E-mail pages: the admin's outgoing queue, a person's e-mail settings, and unsubscribing
from a link in an e-mail (no login; RFC 8058 one-click POST). Thin adapters."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.db import parse_id, unit_of_work, utcnow
from forum.email import admin, preferences, tokens, transport
from forum.errors import ValidationError
from forum.extensions import csrf
from forum.web.guard import public
from forum.web.helpers import form_dict

bp = Blueprint("mail", __name__)
UNSUBSCRIBE_MAX_AGE = timedelta(days=90)


@bp.get("/admin/mail")
def queue_page():
    admin.require_admin(current_user)
    from flask import current_app

    status = request.args.get("status") or None
    return render_template("mail/admin_queue.html", counts=admin.counts(),
                           rows=admin.recent(status), status=status,
                           bouncing=admin.bouncing(), files=admin.eml_files(),
                           where=transport.describe(current_app.config))


@bp.get("/admin/mail/files/<name>")
def eml_file(name: str):
    admin.require_admin(current_user)
    path = admin.eml_file(name)
    return Response(path.read_bytes(), mimetype="text/plain",
                    headers={"X-Content-Type-Options": "nosniff"})


@bp.post("/admin/mail/<mail_id>/retry")
def retry(mail_id: str):
    try:
        row = admin.check_retry(current_user, parse_id(mail_id))
    except ValidationError as exc:
        flash(exc.message, "error")
        return redirect(url_for("mail.queue_page")), 303
    with unit_of_work():
        admin.do_retry(current_user, row, utcnow())
    flash(_("The e-mail will be sent again."), "success")
    return redirect(url_for("mail.queue_page")), 303


@bp.route("/settings/email", methods=["GET", "POST"])
def settings():
    errors: dict = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                chosen = preferences.check_preferences(request.form)
                preferences.do_set(current_user.id, chosen)
            flash(_("Your e-mail settings are saved."), "success")
            return redirect(url_for("mail.settings")), 303
        except ValidationError as exc:
            errors = exc.field_errors
    current = preferences.modes_for({current_user.id})[current_user.id]
    return render_template("mail/settings.html", current=form_dict() if errors else current,
                           errors=errors, kinds=preferences.KINDS, modes=preferences.MODES,
                           frequencies=preferences.FREQUENCIES), 400 if errors else 200


def _read_unsubscribe(token: str):
    try:
        data = tokens.read(token, "unsubscribe", UNSUBSCRIBE_MAX_AGE)
    except tokens.ExpiredToken:
        return None, _("This link has expired. Change your e-mail settings after logging in.")
    except tokens.BadToken:
        return None, _("This link is not valid. Nothing was changed.")
    if tokens.was_used(token):
        return None, _("This link has already been used. Nothing more was changed.")
    return data, None


@bp.route("/email/unsubscribe/<token>", methods=["GET", "POST"])
@public
@csrf.exempt  # RFC 8058: the mail client POSTs without a session; the signed token decides
def unsubscribe(token: str):
    data, problem = _read_unsubscribe(token)
    if problem:
        return render_template("mail/unsubscribe.html", problem=problem), 400
    kinds = [k for k in data.data.get("kinds", [])
             if k in preferences.KINDS or k == preferences.DIGEST_KIND]
    labels = [str(preferences.KINDS[k][0]) if k in preferences.KINDS else _("The digest")
              for k in kinds]
    if request.method == "GET":
        return render_template("mail/unsubscribe.html", token=token, labels=labels)
    try:
        with unit_of_work():
            tokens.consume(token, "unsubscribe")
            preferences.do_set(data.user_id, dict.fromkeys(kinds, preferences.NEVER))
    except tokens.ReplayedToken:
        return render_template("mail/unsubscribe.html", problem=_(
            "This link has already been used. Nothing more was changed.")), 400
    return render_template("mail/unsubscribe.html", done=True, labels=labels)
