"""A session's life: planned by the tutor → opened (chat thread, report-back seeded from the
last session's learning objectives) → steps moved on → closed with the question for next time.

check_* validates and authorizes, do_* writes and flushes; events go out after the commit to
the session room only (group members who joined it after an access check).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from forum.accounts.models import User
from forum.errors import Conflict, NotFound, PermissionDenied, ValidationError
from forum.extensions import db
from forum.indexing.outbox import enqueue
from forum.pbl import access, hooks
from forum.pbl.actions import (
    MAX_LONG,
    anonymization_findings,
    group_space,
    require_case_of,
)
from forum.pbl.board import bump_version, emit_board
from forum.pbl.models import (
    Attendance,
    BoardItem,
    GroupMember,
    GroupRole,
    PblGroup,
    PblSession,
    SessionStatus,
)
from forum.pbl.steps import STEP_KEYS
from forum.privacy_terms.guard import PrivacyWarning
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.rollups import track as insights_track
from forum.text.fields import text_field
from forum.text.i18n import _l

LOCAL_ZONE = ZoneInfo("Europe/Stockholm")


# -- planning -----------------------------------------------------------------------------
def check_plan_session(actor: User, group: PblGroup, day: str | None, time: str | None,
                       minutes: int | str | None) -> tuple[datetime, int]:
    """Date and time are local (Stockholm); the length is 30 minutes to 8 hours."""
    access.require_tutor(actor, group.id)
    errors: dict[str, str] = {}
    starts_at = None
    try:
        local = datetime.strptime(f"{day} {time}", "%Y-%m-%d %H:%M")
        starts_at = local.replace(tzinfo=LOCAL_ZONE).astimezone(UTC)
    except (TypeError, ValueError):
        errors["starts_at"] = str(_l("Give a date (YYYY-MM-DD) and a time (HH:MM)."))
    length = int(minutes) if str(minutes or "").isdigit() else 0
    if not 30 <= length <= 480:
        errors["minutes"] = str(_l("A session is 30 to 480 minutes long."))
    if errors:
        raise ValidationError(field_errors=errors)
    return starts_at, length


def do_plan_session(actor: User, group: PblGroup, starts_at: datetime,
                    minutes: int) -> PblSession:
    number = (db.session.scalar(select(func.max(PblSession.number)).where(
        PblSession.group_id == group.id)) or 0) + 1
    session = PblSession(group_id=group.id, number=number, starts_at=starts_at,
                         duration_minutes=minutes)
    db.session.add(session)
    db.session.flush()
    return session


def check_plan_series(actor: User, group: PblGroup, day: str | None, time: str | None,
                      minutes: int | str | None, count: int | str | None,
                      every_days: int | str | None) -> list[tuple[datetime, int]]:
    """`count` sessions (1-12), `every_days` apart (1-60), at the same local time of day."""
    starts_at, length = check_plan_session(actor, group, day, time, minutes)
    n, gap = str(count or "1"), str(every_days or "14")  # absent: one session, fortnightly
    n, gap = int(n) if n.isdigit() else 0, int(gap) if gap.isdigit() else 0
    errors = {}
    if not 1 <= n <= 12:
        errors["count"] = str(_l("Plan 1 to 12 sessions at a time."))
    if not 1 <= gap <= 60:
        errors["every_days"] = str(_l("Sessions are 1 to 60 days apart."))
    if errors:
        raise ValidationError(field_errors=errors)
    local = starts_at.astimezone(LOCAL_ZONE).replace(tzinfo=None)
    # Same wall-clock time across a change to or from summer time.
    return [((local + timedelta(days=gap * i)).replace(tzinfo=LOCAL_ZONE).astimezone(UTC),
             length) for i in range(n)]


def upcoming(group_ids: list[int], now: datetime) -> list[PblSession]:
    return list(db.session.scalars(select(PblSession).where(
        PblSession.group_id.in_(group_ids), PblSession.status != SessionStatus.CLOSED,
        PblSession.starts_at >= now - timedelta(hours=8)).order_by(PblSession.starts_at)))


def group_sessions(group: PblGroup) -> list[PblSession]:
    return list(db.session.scalars(select(PblSession).where(
        PblSession.group_id == group.id).order_by(PblSession.number)))


def previous_session(session: PblSession) -> PblSession | None:
    return db.session.scalar(select(PblSession).where(
        PblSession.group_id == session.group_id, PblSession.number < session.number,
        PblSession.status == SessionStatus.CLOSED).order_by(PblSession.number.desc()))


# -- case and roles -----------------------------------------------------------------------
def check_pick_case(actor: User, session: PblSession, case_id: int | None):
    access.require_tutor(actor, session.group_id)
    _require_not_closed(session)
    case = require_case_of(session.group_id, case_id)
    if case is not None and case.signed_off_at is None:
        raise PermissionDenied(str(_l("Sign off the case's anonymization check first.")))
    return case


def do_pick_case(session: PblSession, case) -> None:
    session.case = case  # the relationship, so session.case is right in the payload too
    db.session.flush()
    emit_session(session)


def suggested_roles(session: PblSession) -> tuple[User | None, User | None]:
    """Chair and scribe rotate through the members by session number."""
    members = _members(session.group_id)
    if not members:
        return None, None
    n = session.number - 1
    return members[n % len(members)], members[(n + 1) % len(members)]


def check_set_roles(actor: User, session: PblSession, chair_id: int | None,
                    scribe_id: int | None) -> tuple[User | None, User | None]:
    access.require_tutor(actor, session.group_id)
    _require_not_closed(session)
    members = {u.id: u for u in _members(session.group_id)}
    if any(i is not None and i not in members for i in (chair_id, scribe_id)):
        raise ValidationError(str(_l("Chair and scribe are chosen among the members.")))
    return members.get(chair_id), members.get(scribe_id)


def do_set_roles(session: PblSession, chair: User | None, scribe: User | None) -> None:
    session.chair_id = chair.id if chair else None
    session.scribe_id = scribe.id if scribe else None
    db.session.flush()
    emit_session(session)


# -- opening, steps, attendance -----------------------------------------------------------
def check_open_session(actor: User, session: PblSession) -> None:
    access.require_tutor(actor, session.group_id)
    if session.status != SessionStatus.PLANNED:
        raise Conflict(str(_l("This session has already been opened.")))


def do_open_session(actor: User, session: PblSession, now: datetime) -> None:
    """Open the room: a chat thread in the group's space, and the report-back step seeded
    with the learning objectives of the last closed session."""
    session.status, session.opened_at, session.current_step = SessionStatus.OPEN, now, 0
    if session.chair_id is None and session.scribe_id is None:
        chair, scribe = suggested_roles(session)
        session.chair_id, session.scribe_id = (chair.id if chair else None,
                                               scribe.id if scribe else None)
    space = group_space(session.group)
    if space is not None and session.thread_id is None:
        title = str(_l("Session %(number)s – chat", number=session.number))
        data = hooks.check_new_thread(actor, space, title, str(_l(
            "The chat of session %(number)s.", number=session.number)), None)
        thread, post = hooks.do_create_thread(actor, space, data, now)[:2]
        session.thread_id = thread.id
        # The group hears that the room is open (the tutor who opened it does not).
        hooks.notify_people(thread, post, actor, access.readers_of_group(session.group_id),
                            "pbl_opened", now)
    previous = previous_session(session)
    if previous is not None:
        objectives = db.session.scalars(select(BoardItem).where(
            BoardItem.session_id == previous.id, BoardItem.step == "objectives")
            .order_by(BoardItem.position, BoardItem.id))
        for position, item in enumerate(objectives):
            db.session.add(BoardItem(session_id=session.id, step="report", position=position,
                                     text=item.text, author_id=item.author_id,
                                     created_at=now, updated_at=now))
    bump_version(session)
    db.session.flush()
    emit_session(session)


def check_set_step(actor: User, session: PblSession, step: int) -> None:
    access.require_tutor(actor, session.group_id)
    require_open(session)
    if not 0 <= step < len(STEP_KEYS):
        raise ValidationError(str(_l("No such step.")))


def do_set_step(session: PblSession, step: int) -> int:
    session.current_step = step
    db.session.flush()
    version = bump_version(session)
    emit_board(session, version, "step", {"current_step": step})
    return version


def check_attendance(actor: User, session: PblSession, present_ids: list[int]) -> set[int]:
    access.require_tutor(actor, session.group_id)
    members = {u.id for u in _members(session.group_id)}
    observers = set(db.session.scalars(select(GroupMember.user_id).where(
        GroupMember.group_id == session.group_id, GroupMember.role == GroupRole.OBSERVER)))
    if set(present_ids) - members - observers:
        raise ValidationError(str(_l("Attendance lists the group's people only.")))
    return set(present_ids)


def do_record_attendance(session: PblSession, present_ids: set[int]) -> None:
    existing = {a.user_id: a for a in db.session.scalars(select(Attendance).where(
        Attendance.session_id == session.id))}
    changed = []
    for user_id in present_ids | set(existing):
        row = existing.get(user_id) or Attendance(session_id=session.id, user_id=user_id)
        was = user_id in existing and existing[user_id].present
        row.present = user_id in present_ids
        if row.present != was:
            changed.append((user_id, row.present))
        db.session.add(row)
    db.session.flush()
    for user_id, present in changed:
        insights_track.attendance_changed(db.session.get(User, user_id), session, present,
                                          _other_sessions_attended(user_id, session.id))
    emit_session(session)


def attendance_of(session: PblSession) -> set[int]:
    return set(db.session.scalars(select(Attendance.user_id).where(
        Attendance.session_id == session.id, Attendance.present.is_(True))))


# -- closing and minutes ------------------------------------------------------------------
def check_close_session(actor: User, session: PblSession, question: str | None,
                        minutes: str | None) -> tuple[str, str]:
    access.require_tutor(actor, session.group_id)
    require_open(session)
    clean_question = text_field("question_for_next", question, max_len=2000, multiline=True)
    clean_minutes = text_field("minutes", minutes, max_len=MAX_LONG, multiline=True,
                          required=False)
    _privacy(actor, clean_question + "\n" + clean_minutes)
    return clean_question, clean_minutes


def do_close_session(actor: User, session: PblSession, question: str, minutes: str,
                     now: datetime) -> None:
    """Close, and leave the minutes (when there are any) and the question in the session's
    chat, telling the group about each."""
    session.question_for_next, session.minutes = question, minutes
    session.status, session.closed_at = SessionStatus.CLOSED, now
    bump_version(session)
    db.session.flush()
    enqueue(f"minutes:{session.id}")
    if minutes.strip():
        _post_minutes(actor, session, minutes, now)
    _post_question(actor, session, question, now)
    emit_session(session)


def _post_question(actor: User, session: PblSession, question: str, now: datetime) -> None:
    body = str(_l("**The question for next time:** %(question)s", question=question))
    _post_to_group(actor, session, body, "pbl_question", now)


def _post_minutes(actor: User, session: PblSession, minutes: str, now: datetime) -> None:
    """Minutes are published once: when the session closes with them, or when the group
    first writes them afterwards (later edits do not notify again)."""
    body = str(_l("**The minutes of session %(number)s:**", number=session.number)) + \
        "\n\n" + minutes
    _post_to_group(actor, session, body, "pbl_minutes", now)


def _post_to_group(actor: User, session: PblSession, body: str, kind: str,
                   now: datetime) -> None:
    thread = hooks.get_thread(session.thread_id) if session.thread_id else None
    if thread is None:
        return
    draft = hooks.check_new_post(actor, thread, body, None, confirm_privacy=True)
    post = hooks.do_create_post(actor, thread, draft, now)
    hooks.notify_people(thread, post, actor, access.readers_of_group(session.group_id),
                        kind, now)


def check_edit_minutes(actor: User, session: PblSession, minutes: str | None) -> str:
    """After closing, the group (not observers) keeps the scribe's summary up to date."""
    access.require_write(actor, session.group_id)
    if session.status != SessionStatus.CLOSED:
        raise Conflict(str(_l("Minutes are kept once the session is closed.")))
    text = text_field("minutes", minutes, max_len=MAX_LONG, multiline=True, required=False)
    _privacy(actor, text)
    return text


def do_edit_minutes(actor: User, session: PblSession, minutes: str, now: datetime) -> None:
    first = not (session.minutes or "").strip() and minutes.strip()
    session.minutes = minutes
    db.session.flush()
    enqueue(f"minutes:{session.id}")
    if first:
        _post_minutes(actor, session, minutes, now)
    emit_session(session)


# -- helpers ------------------------------------------------------------------------------
def require_open(session: PblSession) -> None:
    if session.status != SessionStatus.OPEN:
        raise Conflict(str(_l("The session is not open.")))


def _require_not_closed(session: PblSession) -> None:
    if session.status == SessionStatus.CLOSED:
        raise Conflict(str(_l("The session is closed.")))


def _members(group_id: int) -> list[User]:
    return list(db.session.scalars(select(User).join(GroupMember).where(
        GroupMember.group_id == group_id, GroupMember.role == GroupRole.MEMBER)
        .order_by(GroupMember.id)))


def _privacy(actor: User, text: str) -> None:
    """Minutes and questions name the group's own members, so names are allowed here."""
    findings = [f for f in anonymization_findings(text, actor) if f.kind != "name"]
    if findings:
        raise PrivacyWarning(findings, blocked=True)


def emit_session(session: PblSession) -> None:
    from forum.pbl.payloads import session_payload  # payloads reads attendance from here

    publish.emit("pbl_session_changed", session_payload(session),
                 rooms.pbl_session_room(session.id))


def session_in_group(group: PblGroup, session_id: int) -> PblSession:
    session = db.session.get(PblSession, session_id)
    if session is None or session.group_id != group.id:
        raise NotFound()
    return session


def _other_sessions_attended(user_id: int, session_id: int) -> list[datetime]:
    """When the sessions this person attended began, but for this one (for the rollups)."""
    return list(db.session.scalars(select(PblSession.starts_at).join(
        Attendance, Attendance.session_id == PblSession.id).where(
        Attendance.user_id == user_id, Attendance.present.is_(True),
        Attendance.session_id != session_id)))
