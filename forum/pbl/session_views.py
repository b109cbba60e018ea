"""Pages for one PBL session: the room (live step board), the tutor's controls, closing,
minutes and the calendar file. Thin adapters over forum.pbl.entrypoints and actions."""

from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.db import parse_id, unit_of_work, utcnow
from forum.extensions import limiter
from forum.pbl import access, actions, entrypoints, photos, sessions
from forum.pbl.board import board_items
from forum.pbl.calendar import ics_for
from forum.pbl.models import GroupRole
from forum.pbl.steps import STEP_KEYS, STEP_LABELS

bp = Blueprint("pbl_sessions", __name__, url_prefix="/pbl/s")
UPLOAD_LIMIT = "20 per minute"  # each upload may be up to 16 MB


@bp.get("/<int:session_id>")
def room(session_id: int):
    session = access.session_for_reader(current_user, session_id)
    group = session.group
    items: dict[str, list] = {key: [] for key in STEP_KEYS}
    for item in board_items(session):
        items[item.step].append(item)
    members = [m.user for m in group.members if m.role == GroupRole.MEMBER]
    present_ids = sessions.attendance_of(session)
    return render_template(
        "pbl/session.html", session=session, group=group, items=items, steps=STEP_KEYS,
        labels=STEP_LABELS, previous=sessions.previous_session(session), members=members,
        observers=[m.user for m in group.members if m.role == GroupRole.OBSERVER],
        present_ids=present_ids, suggested=sessions.suggested_roles(session),
        cases=[c for c in actions.group_cases(group) if c.signed_off_at],
        photos=photos.session_photos(session), is_tutor=access.is_tutor(current_user, group.id),
        can_write=access.can_write(current_user, group.id))


@bp.post("/<int:session_id>/open")
def open_session(session_id: int):
    entrypoints.open_session(current_user, session_id)
    return _back(session_id)


@bp.post("/<int:session_id>/step")
def set_step(session_id: int):
    entrypoints.set_step(current_user, session_id, _int(request.form.get("step")))
    return _back(session_id)


@bp.post("/<int:session_id>/items")
def add_item(session_id: int):
    """The form fallback of the live board (which sends over the socket)."""
    entrypoints.add_item(current_user, session_id, request.form.get("step", ""),
                         request.form.get("text", ""))
    return _back(session_id)


@bp.post("/<int:session_id>/case")
def pick_case(session_id: int):
    session = access.session_for_reader(current_user, session_id)
    with unit_of_work():
        case = sessions.check_pick_case(current_user, session,
                                        _opt_id(request.form.get("case_id")))
        sessions.do_pick_case(session, case)
    return _back(session_id)


@bp.post("/<int:session_id>/roles")
def set_roles(session_id: int):
    entrypoints.set_roles(current_user, session_id,
                          _opt_id(request.form.get("chair_id")),
                          _opt_id(request.form.get("scribe_id")))
    return _back(session_id)


@bp.post("/<int:session_id>/attendance")
def attendance(session_id: int):
    present = [n for v in request.form.getlist("present") if (n := parse_id(v)) is not None]
    entrypoints.record_attendance(current_user, session_id, present)
    flash(_("Attendance is saved."), "success")
    return _back(session_id)


@bp.post("/<int:session_id>/close")
def close(session_id: int):
    entrypoints.close_session(current_user, session_id, request.form.get("question_for_next"),
                              request.form.get("minutes"))
    flash(_("The session is closed."), "success")
    return _back(session_id)


@bp.post("/<int:session_id>/minutes")
def minutes(session_id: int):
    session = access.session_for_reader(current_user, session_id)
    with unit_of_work():
        text = sessions.check_edit_minutes(current_user, session, request.form.get("minutes"))
        sessions.do_edit_minutes(current_user, session, text, utcnow())
    flash(_("The minutes are saved."), "success")
    return _back(session_id)


@bp.post("/<int:session_id>/photos")
@limiter.limit(UPLOAD_LIMIT, key_func=lambda: f"user:{getattr(current_user, 'id', None)}")
def add_photo(session_id: int):
    session = access.session_for_reader(current_user, session_id)
    upload = request.files.get("photo")
    with unit_of_work():
        image = photos.check_photo(current_user, session, upload.read() if upload else None)
        photos.do_add_photo(current_user, session, image, utcnow())
    flash(_("The photo is saved (without its metadata)."), "success")
    return _back(session_id)


@bp.get("/photos/<int:photo_id>")
def photo(photo_id: int):
    found = access.photo_for_reader(current_user, photo_id)
    return Response(found.data, mimetype=found.content_type, headers={
        "Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff"})


@bp.get("/<int:session_id>/calendar.ics")
def calendar(session_id: int):
    session = access.session_for_reader(current_user, session_id)
    body = ics_for([session], request.host)
    return Response(body, mimetype="text/calendar", headers={
        "Content-Disposition": f'attachment; filename="pbl-session-{session.id}.ics"'})


def _back(session_id: int):
    return redirect(url_for("pbl_sessions.room", session_id=session_id))


def _int(value: str | None) -> int:
    """A step number; anything else becomes -1, which the action refuses as no such step."""
    number = parse_id(value)
    return -1 if number is None else number


def _opt_id(value: str | None) -> int | None:
    """An optional id: empty means none; anything that is not a number matches nothing."""
    if not value:
        return None
    number = parse_id(value)
    return -1 if number is None else number
