"""Comparing boundary pages, the who-does-what matrix and the review queue. Thin adapters."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.db import unit_of_work, utcnow
from forum.errors import NotFound, ValidationError
from forum.extensions import db
from forum.web.dates import format_day
from forum.web.helpers import form_dict, safe_next
from forum.wiki import access, fields, matrix, queries, reviews
from forum.wiki.boundaries import SECTIONS
from forum.wiki.models import Responsibility
from forum.wiki.views import render_wiki

bp = Blueprint("wiki_kb", __name__)


@bp.get("/wiki/compare")
def compare():
    chosen = [i for i in (fields.integer(v) for v in request.args.getlist("org")) if i]
    options = queries.comparable_organizations(current_user)
    if not chosen:  # a useful first view: the two organizations asked about most
        chosen = [org.id for org, _page in options[:2]]
    columns = queries.compare(current_user, chosen)
    return render_wiki("wiki/compare.html", options=options, chosen=set(chosen),
                       columns=columns, section_order=SECTIONS)


@bp.get("/wiki/matrix")
def matrix_view():
    return render_wiki("wiki/matrix.html", rows=matrix.matrix(current_user),
                       types=matrix.MATRIX_TYPES, can_edit=access.can_edit_matrix(current_user))


@bp.route("/wiki/matrix/new", methods=["GET", "POST"])
def new_responsibility():
    return _edit_responsibility(None)


@bp.route("/wiki/matrix/<int:row_id>/edit", methods=["GET", "POST"])
def edit_responsibility(row_id: int):
    row = db.session.get(Responsibility, row_id)
    if row is None:
        raise NotFound()
    return _edit_responsibility(row)


def _edit_responsibility(row: Responsibility | None):
    if not access.can_edit_matrix(current_user):
        matrix.check_responsibility(current_user, row, {})  # raises PermissionDenied
    errors: dict[str, str] = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                data = matrix.check_responsibility(current_user, row, form_dict())
                matrix.do_save_responsibility(current_user, row, data, utcnow())
            flash(_("The matrix is saved."), "success")
            return redirect(url_for("wiki_kb.matrix_view"))
        except ValidationError as exc:
            errors = exc.field_errors or {"__all__": exc.message}
        form = form_dict()
    else:
        form = _row_form(row)
    options = {t: matrix.statement_options(current_user, t) for t in matrix.MATRIX_TYPES}
    return render_wiki("wiki/matrix_edit.html", 400 if errors else 200, row=row, form=form,
                       errors=errors, types=matrix.MATRIX_TYPES, options=options)


def _row_form(row: Responsibility | None) -> dict:
    if row is None:
        return {}
    form = {"label_sv": row.label_sv, "label_en": row.label_en}
    for cell in row.cells:
        form[f"level-{cell.org_type.value}"] = cell.level.value
        form[f"statement-{cell.org_type.value}"] = cell.statement_id or ""
    return form


@bp.post("/wiki/matrix/<int:row_id>/delete")
def delete_responsibility(row_id: int):
    row = db.session.get(Responsibility, row_id)
    if row is None:
        raise NotFound()
    with unit_of_work():
        matrix.check_delete_responsibility(current_user)
        matrix.do_delete_responsibility(current_user, row)
    flash(_("The row is removed from the matrix."), "success")
    return redirect(url_for("wiki_kb.matrix_view"))


@bp.get("/wiki/reviews")
def review_queue():
    value = request.args.get("org")
    if value in (None, reviews.MINE):
        organization = reviews.MINE  # overdue and due-soon pages that concern the reader
    elif value in ("", "all"):
        organization = None
    elif value == reviews.SHARED:
        organization = reviews.SHARED
    else:
        organization = fields.integer(value)
    today = fields.local_today(utcnow())
    from forum.accounts.queries import organizations_tree

    return render_wiki("wiki/reviews.html",
                       items=reviews.review_queue(current_user, organization, today),
                       organization=organization, organizations=organizations_tree(),
                       access_review=lambda page: access.can_review(current_user, page))


@bp.post("/wiki/<int:page_id>/review")
def mark_reviewed(page_id: int):
    page = access.page_for_reader(current_user, page_id)
    with unit_of_work():
        next_date = reviews.check_mark_reviewed(current_user, page, form_dict(), utcnow())
        reviews.do_mark_reviewed(current_user, page, next_date, utcnow())
    flash(_("Marked as reviewed. Next review: %(date)s.", date=format_day(next_date)),
          "success")
    if request.form.get("next"):
        return redirect(safe_next("wiki_kb.review_queue"))
    return redirect(url_for("wiki.page", page_id=page.id))
