"""The page where an organization's editors keep its watch terms. Thin: load through
organization_for_manager (404 for everyone else), then check and do in one unit_of_work."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.db import unit_of_work, utcnow
from forum.errors import ValidationError
from forum.privacy_terms import actions
from forum.privacy_terms.models import MAX_TERM

bp = Blueprint("privacy_terms", __name__)


@bp.route("/organizations/<int:org_id>/privacy-terms", methods=["GET", "POST"])
def terms(org_id: int):
    org = actions.organization_for_manager(current_user, org_id)
    errors: dict[str, str] = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                term = actions.check_add_term(current_user, org, request.form.get("term"))
                actions.do_add_term(current_user, org, term, utcnow())
            flash(_("The term is added. Posts, pages and cases your colleagues write will "
                    "warn when they use it."), "success")
            return redirect(url_for("privacy_terms.terms", org_id=org.id))
        except ValidationError as exc:
            errors = exc.field_errors
    return render_template("directory/privacy_terms.html", org=org,
                           terms=actions.terms_of(org), errors=errors, max_term=MAX_TERM,
                           value=request.form.get("term", "") if errors else ""), \
        400 if errors else 200


@bp.post("/organizations/<int:org_id>/privacy-terms/<int:term_id>/remove")
def remove(org_id: int, term_id: int):
    org = actions.organization_for_manager(current_user, org_id)
    with unit_of_work():
        row = actions.check_remove_term(current_user, org, term_id)
        actions.do_remove_term(current_user, row)
    flash(_("The term is removed."), "success")
    return redirect(url_for("privacy_terms.terms", org_id=org.id))
