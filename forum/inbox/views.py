"""The inbox settings page of an organization (its editors and the admins)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.db import unit_of_work, utcnow
from forum.errors import ValidationError
from forum.inbox import actions, promise
from forum.inbox.timing import answer_time, inbox_of

bp = Blueprint("inbox", __name__)


@bp.app_template_global("answer_time")
def answer_time_global(thread):
    """The thread page's "answered by X after …" / "waiting …" (forum.inbox.timing)."""
    return answer_time(thread, utcnow())


@bp.app_template_global("inbox_promise")
def inbox_promise_global(org_id):
    """The boundary page's "Ask us": the promise, who answers, where to ask
    (forum.inbox.promise)."""
    return promise.promise_for(current_user, org_id)


@bp.route("/organizations/<int:org_id>/inbox", methods=["GET", "POST"])
def settings(org_id: int):
    org = actions.organization_for_manager(current_user, org_id)
    errors: dict[str, str] = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                if request.form.get("remove"):
                    actions.do_remove_inbox(current_user, org)
                else:
                    chosen = actions.check_inbox(current_user, org, request.form)
                    actions.do_save_inbox(current_user, org, chosen, utcnow())
            flash(_("The inbox is saved."), "success")
            return redirect(url_for("inbox.settings", org_id=org.id))
        except ValidationError as exc:
            errors = exc.field_errors
    inbox = inbox_of(org.id)
    form = request.form if errors else None
    chosen = ({int(v) for v in form.getlist("responders") if v.isdigit()} if form else
              {r.user_id for r in inbox.responders} if inbox else set())
    values = {
        "functional_address": form.get("functional_address", "") if form else
        (inbox.functional_address if inbox else ""),
        "response_days": form.get("response_days", "") if form else
        str(inbox.response_days if inbox else 2),
        "country": form.get("country", "") if form else (inbox.country if inbox else "SE"),
    }
    page = render_template("inbox/settings.html", org=org, inbox=inbox, errors=errors,
                           members=actions.members_of(org), chosen=chosen, values=values)
    return page, 400 if errors else 200
