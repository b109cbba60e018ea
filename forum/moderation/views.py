"""Flag forms and the review queue. Thin: parse, call the actions, commit, respond."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.exc import IntegrityError

from forum.db import unit_of_work, utcnow
from forum.errors import Conflict, NotFound, PermissionDenied, ValidationError
from forum.extensions import db
from forum.moderation import actions, queries, targets
from forum.moderation.models import FlagReason, TargetType
from forum.web.helpers import form_dict

bp = Blueprint("moderation", __name__)


@bp.route("/p/<int:post_id>/flag", methods=["GET", "POST"])
def flag_post(post_id: int):
    return _flag(TargetType.POST, post_id)


@bp.route("/wiki/<int:page_id>/flag", methods=["GET", "POST"])
def flag_page(page_id: int):
    return _flag(TargetType.WIKI_PAGE, page_id)


@bp.route("/pbl/c/<int:case_id>/flag", methods=["GET", "POST"])
def flag_case(case_id: int):
    return _flag(TargetType.PBL_CASE, case_id)


def _flag(kind: TargetType, target_id: int):
    target = targets.for_reader(current_user, kind, target_id)
    errors: dict = {}
    status = 200
    if request.method == "POST":
        try:
            with unit_of_work():
                data = actions.check_flag(current_user, target, request.form.get("reason"),
                                          request.form.get("note"))
                actions.do_flag(current_user, target, data, utcnow())
            flash(_("Thank you. A moderator will look at it."), "success")
            return redirect(target.url())
        except ValidationError as exc:
            errors, status = exc.field_errors, 400
        except Conflict as exc:
            errors, status = {"__all__": exc.message}, 409
        except IntegrityError:  # the same member's second click won the race: one flag
            errors, status = {"__all__": _("You have already flagged this.")}, 409
    return render_template("moderation/flag.html", target=target, errors=errors,
                           form=form_dict(), reasons=_reasons()), status


def _reasons() -> list[tuple[str, str]]:
    return [(FlagReason.PERSONAL_DATA.value, _("Personal data (hidden at once until reviewed)")),
            (FlagReason.INAPPROPRIATE.value, _("Inappropriate")),
            (FlagReason.WRONG_PLACE.value, _("Wrong place")),
            (FlagReason.OTHER.value, _("Other (say what in the note)"))]


@bp.get("/moderation")
def queue():
    _require_queue()
    return _queue_page({}, None)


@bp.post("/moderation/flags/<int:flag_id>/review")
def review(flag_id: int):
    _require_queue()
    _flag_row, target = actions.flag_for_reviewer(current_user, flag_id)
    decision = request.form.get("decision")
    if decision not in ("keep", "remove"):
        return _queue_page({"decision": _("Choose keep or remove.")}, flag_id, 400)
    try:
        with unit_of_work():
            reason = actions.check_resolution(current_user, target, request.form.get("reason"),
                                              remove=decision == "remove")
            (actions.do_keep if decision == "keep" else actions.do_remove)(
                current_user, target, reason, utcnow())
    except ValidationError as exc:
        return _queue_page(exc.field_errors, flag_id, 400)
    except (Conflict, PermissionDenied) as exc:
        return _queue_page({"reason": exc.message}, flag_id, exc.status)
    flash(_("Kept; the author is told why.") if decision == "keep"
          else _("Removed; the author is told why."), "success")
    return redirect(url_for("moderation.queue"))


def _require_queue() -> None:
    if not queries.may_use_queue(current_user):
        raise NotFound()


def _queue_page(errors: dict, flag_id: int | None, status: int = 200):
    db.session.rollback()  # nothing half-written reaches the page
    return render_template("moderation/queue.html", items=queries.review_queue(current_user),
                           errors=errors, error_flag=flag_id, form=form_dict(),
                           show_reporters=queries.sees_reporters(current_user),
                           reasons=dict(_reasons())), status
