"""The statute register and the page per law. Thin adapters over forum.laws."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select

from forum.db import unit_of_work
from forum.errors import NotFound, ValidationError
from forum.extensions import db
from forum.laws import access, actions, queries
from forum.laws.models import Statute
from forum.web.helpers import form_dict
from forum.wiki.fields import integer
from forum.wiki.views import render_wiki

bp = Blueprint("laws", __name__)

FIELDS = ("number", "short_name", "title", "names", "country", "url", "chapter_url",
          "section_url", "chaptered", "chapters", "sections")


@bp.get("/laws")
def index():
    if not access.can_read_register(current_user):
        raise NotFound()
    statutes = db.session.scalars(select(Statute).order_by(
        Statute.country.desc(), func.lower(Statute.short_name)))
    return render_wiki("laws/index.html", statutes=list(statutes),
                       can_edit=access.can_edit_register(current_user))


@bp.get("/laws/<number>")
def statute(number: str):
    statute = access.statute_for_reader(current_user, number)
    org = integer(request.args.get("org"))
    if org is not None:  # every item of one organization, a page at a time
        group, pages = queries.citing_in(current_user, statute, org,
                                         integer(request.args.get("page")) or 1)
        if group is None:
            raise NotFound()
        return render_wiki("laws/statute.html", statute=statute, groups=[group],
                           total=group.count, pages=pages,
                           page=min(max(integer(request.args.get("page")) or 1, 1), pages),
                           can_edit=access.can_edit_register(current_user))
    groups = queries.citing(current_user, statute)
    return render_wiki("laws/statute.html", statute=statute, groups=groups,
                       total=sum(g.count for g in groups), pages=None, page=1,
                       can_edit=access.can_edit_register(current_user))


@bp.route("/laws/new", methods=["GET", "POST"])
def new():
    if not access.can_read_register(current_user):
        raise NotFound()
    access.require_edit(current_user)
    return _edit(None)


@bp.route("/laws/<number>/edit", methods=["GET", "POST"])
def edit(number: str):
    return _edit(access.statute_for_editor(current_user, number))


def _edit(statute: Statute | None):
    errors: dict[str, str] = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                data = actions.check_statute(current_user, statute, form_dict())
                saved = actions.do_save_statute(current_user, statute, data)
            flash(_("The register is saved."), "success")
            return redirect(url_for("laws.statute", number=saved.number))
        except ValidationError as exc:
            errors = exc.field_errors or {"__all__": exc.message}
        form = form_dict()
    else:
        form = ({name: getattr(statute, name) for name in FIELDS} if statute is not None
                else {"country": "se", "chaptered": True})
        form = {k: ("" if v is None else v) for k, v in form.items()}
    return render_wiki("laws/edit.html", 400 if errors else 200, statute=statute, form=form,
                       errors=errors)
