"""Pages for PBL groups, the case library and journals. Thin: parse, load through the access
funnel, call the actions in one transaction, respond. Session pages are in session_views.py."""

from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from forum.accounts.models import User
from forum.db import parse_id, unit_of_work, utcnow
from forum.errors import PermissionDenied, ValidationError
from forum.extensions import db
from forum.pbl import access, actions, export, journal, sessions
from forum.pbl.board import board_items
from forum.pbl.calendar import ics_for
from forum.pbl.models import CaseKind, GroupRole, SessionStatus
from forum.web.form_outcome import FormOutcome
from forum.web.helpers import form_dict


def case_link(viewer, case_id: int) -> str:
    """An audit row's link to a case (forum/accounts/audit_links.py)."""
    return url_for("pbl.case", case_id=access.case_for_reader(viewer, case_id).id)


bp = Blueprint("pbl", __name__, url_prefix="/pbl")


@bp.get("/")
def index():
    groups = list(db.session.scalars(access.readable_groups(current_user)))
    coming = sessions.upcoming([g.id for g in groups], utcnow())
    return render_template("pbl/index.html", groups=groups, coming=coming,
                           can_create=access.can_create_group(current_user))


@bp.get("/calendar.ics")
def calendar():
    """Every coming session of the user's groups, for a calendar app."""
    coming = sessions.upcoming(access.readable_group_ids(current_user), utcnow())
    body = ics_for(coming, request.host)
    return Response(body, mimetype="text/calendar", headers={
        "Content-Disposition": 'attachment; filename="pbl-sessions.ics"'})


@bp.route("/new", methods=["GET", "POST"])
def new_group():
    if not access.can_create_group(current_user):
        raise PermissionDenied(_("Only a tutor can create a PBL group."))
    errors = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                data = actions.check_new_group(current_user, request.form.get("name"),
                                               request.form.get("purpose"), _ids("member_ids"))
                group = actions.do_create_group(current_user, data, utcnow())
            return redirect(url_for("pbl.group", group_id=group.id))
        except ValidationError as exc:
            errors = exc.field_errors
    return render_template("pbl/new_group.html", errors=errors, form=form_dict(),
                           people=_people()), 400 if errors else 200


@bp.get("/g/<int:group_id>")
def group(group_id: int):
    group = access.group_for_reader(current_user, group_id)
    orgs = actions.organizations_present(group)
    members = sorted(group.members, key=lambda m: (list(GroupRole).index(m.role),
                                                   m.user.display_name))
    return render_template("pbl/group.html", group=group, orgs=orgs, members=members,
                           sessions=sessions.group_sessions(group),
                           is_tutor=access.is_tutor(current_user, group.id),
                           can_write=access.can_write(current_user, group.id),
                           space=actions.group_space(group), people=_people(), errors={})


@bp.post("/g/<int:group_id>/members")
def add_member(group_id: int):
    group = access.group_for_reader(current_user, group_id)
    with unit_of_work():
        user, role, note = actions.check_add_member(
            current_user, group, _int(request.form.get("user_id")),
            request.form.get("role", ""), request.form.get("consent_note"))
        actions.do_add_member(current_user, group, user, role, note, utcnow())
    flash(_("%(name)s was added.", name=user.display_name), "success")
    return redirect(url_for("pbl.group", group_id=group.id))


@bp.post("/g/<int:group_id>/members/<int:user_id>/remove")
def remove_member(group_id: int, user_id: int):
    group = access.group_for_reader(current_user, group_id)
    with unit_of_work():
        member = actions.check_remove_member(current_user, group, user_id)
        name = member.user.display_name
        actions.do_remove_member(group, member)
    flash(_("%(name)s was removed from the group.", name=name), "success")
    return redirect(url_for("pbl.group", group_id=group.id))


@bp.post("/g/<int:group_id>/sessions")
def plan_session(group_id: int):
    group = access.group_for_reader(current_user, group_id)
    form = request.form
    with unit_of_work():
        series = sessions.check_plan_series(current_user, group, form.get("day"),
                                            form.get("time"), form.get("minutes"),
                                            form.get("count"), form.get("every_days"))
        planned = [sessions.do_plan_session(current_user, group, starts_at, minutes)
                   for starts_at, minutes in series]
    flash(_("%(count)s session(s) planned.", count=len(planned)), "success")
    return redirect(url_for("pbl.group", group_id=group.id))


# -- the case library -----------------------------------------------------------------------
@bp.route("/g/<int:group_id>/cases", methods=["GET", "POST"])
def cases(group_id: int):
    group = access.group_for_reader(current_user, group_id)
    outcome = FormOutcome()
    if request.method == "POST":
        form = request.form
        with outcome.catching():
            with unit_of_work():
                data = actions.check_new_case(current_user, group, form.get("title"),
                                              form.get("kind"), form.get("tags"),
                                              form.get("body"))
                case = actions.do_create_case(current_user, group, data, utcnow())
            return redirect(url_for("pbl.case", case_id=case.id))
    return render_template("pbl/cases.html", group=group, cases=actions.group_cases(group),
                           kinds=list(CaseKind), **outcome.context, form=form_dict(),
                           can_write=access.can_write(current_user, group.id)), outcome.status


@bp.get("/c/<int:case_id>")
def case(case_id: int):
    case = access.case_for_reader(current_user, case_id)
    return render_template("pbl/case.html", case=case,
                           is_tutor=access.is_tutor(current_user, case.group_id),
                           can_edit=access.can_edit_case(current_user, case))


@bp.route("/c/<int:case_id>/edit", methods=["GET", "POST"])
def edit_case(case_id: int):
    case = access.case_for_reader(current_user, case_id)
    access.require_edit_case(current_user, case)
    outcome = FormOutcome()
    if request.method == "POST":
        posted = request.form
        was_signed_off = case.signed_off_at is not None
        with outcome.catching():
            with unit_of_work():
                data = actions.check_edit_case(current_user, case, posted.get("title"),
                                               posted.get("kind"), posted.get("tags"),
                                               posted.get("body"))
                changed = actions.do_edit_case(current_user, case, data)
            if changed and was_signed_off:
                flash(_("The case is saved. It has changed since it was signed off, so the "
                        "tutor needs to sign it off again."), "info")
            else:
                flash(_("The case is saved."), "success")
            return redirect(url_for("pbl.case", case_id=case.id))
    form = form_dict() if request.method == "POST" else {
        "title": case.title, "kind": case.kind.value, "tags": case.tags, "body": case.body}
    return render_template("pbl/case_edit.html", case=case, **outcome.context,
                           form=form), outcome.status


@bp.post("/c/<int:case_id>/sign-off")
def sign_off_case(case_id: int):
    case = access.case_for_reader(current_user, case_id)
    with unit_of_work():
        actions.check_sign_off_case(current_user, case)
        actions.do_sign_off_case(current_user, case, utcnow())
    flash(_("The case passed the anonymization check and is signed off."), "success")
    return redirect(url_for("pbl.case", case_id=case.id))


# -- journals -------------------------------------------------------------------------------
@bp.route("/g/<int:group_id>/journal", methods=["GET", "POST"])
def journal_page(group_id: int):
    group = access.group_for_reader(current_user, group_id)
    if not access.can_write(current_user, group.id) and request.method == "POST":
        raise PermissionDenied(_("Observers read the group but do not write in it."))
    outcome = FormOutcome()
    if request.method == "POST":
        with outcome.catching():
            with unit_of_work():
                text, session = journal.check_entry(
                    current_user, group, request.form.get("body"),
                    _int(request.form.get("session_id")) or None)
                journal.do_create_entry(current_user, group, text, session,
                                        bool(request.form.get("shared")), utcnow())
            flash(_("Your journal entry is saved."), "success")
            return redirect(url_for("pbl.journal_page", group_id=group.id))
    entries = list(db.session.scalars(access.readable_entries(current_user, group.id)))
    return render_template(
        "pbl/journal.html", group=group, entries=entries,
        sessions=sessions.group_sessions(group),
        can_write=access.can_write(current_user, group.id), problem=outcome.error,
        findings=outcome.findings, body=request.form.get("body", "")), outcome.status


@bp.route("/j/<int:entry_id>", methods=["GET", "POST"])
def journal_entry(entry_id: int):
    entry = access.entry_for_reader(current_user, entry_id)
    if request.method == "POST":
        with unit_of_work():
            body = journal.check_edit_entry(current_user, entry, request.form.get("body"))
            journal.do_edit_entry(entry, body, bool(request.form.get("shared")), utcnow())
        flash(_("Your journal entry is saved."), "success")
        return redirect(url_for("pbl.journal_page", group_id=entry.group_id))
    return render_template("pbl/journal_entry.html", entry=entry,
                           can_edit=entry.author_id == current_user.id)


def _people() -> list[User]:
    return list(db.session.scalars(select(User).where(User.active.is_(True))
                                   .order_by(User.display_name)))


def _int(value: str | None) -> int:
    return parse_id(value) or 0


def _ids(name: str) -> list[int]:
    return [n for v in request.form.getlist(name) if (n := parse_id(v)) is not None]



# -- the tutor's overview and the minutes export --------------------------------------------
@bp.get("/g/<int:group_id>/overview")
def overview(group_id: int):
    group = access.group_for_reader(current_user, group_id)
    access.require_tutor(current_user, group.id)
    series = sessions.group_sessions(group)
    members = [m.user for m in group.members if m.role == GroupRole.MEMBER]
    attendance = {s.id: sessions.attendance_of(s) for s in series}
    closed = [s for s in series if s.status == SessionStatus.CLOSED]
    objectives = [i for i in board_items(closed[-1]) if i.step == "objectives"] if closed \
        else []
    return render_template("pbl/overview.html", group=group, series=series, members=members,
                           attendance=attendance, orgs=actions.organizations_present(group),
                           objectives=objectives)


@bp.get("/g/<int:group_id>/minutes.md")
def minutes_export(group_id: int):
    group = access.group_for_reader(current_user, group_id)
    text = export.minutes_markdown(group, sessions.group_sessions(group))
    return Response(text, mimetype="text/markdown", headers={
        "Content-Disposition": f'attachment; filename="pbl-{group.id}-minutes.md"'})
