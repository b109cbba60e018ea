"""Groups, members and the case library: check_* validates and authorizes, do_* writes and
flushes (never commits). Session and board changes live in sessions.py and board.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from forum.accounts.models import Organization, User
from forum.errors import NotFound, PermissionDenied, ValidationError
from forum.extensions import db
from forum.indexing.outbox import enqueue
from forum.pbl import access, hooks
from forum.pbl.models import CaseKind, GroupMember, GroupRole, PblCase, PblGroup
from forum.privacy_terms.guard import PrivacyWarning, scan
from forum.text import render_citations
from forum.text.fields import text_field
from forum.text.i18n import _l
from forum.text.privacy import Finding, find_names, merge_findings

MAX_NAME = 200
MAX_LONG = 20_000
MAX_TAGS = 500


# -- groups -------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewGroup:
    name: str
    purpose: str
    members: list[User]


def check_new_group(actor: User, name: str | None, purpose: str | None,
                    member_ids: list[int]) -> NewGroup:
    if not access.can_create_group(actor):
        raise PermissionDenied(str(_l("Only a tutor can create a PBL group.")))
    clean_name = text_field("name", name, max_len=MAX_NAME)
    clean_purpose = text_field("purpose", purpose, max_len=MAX_LONG, multiline=True,
                          required=False)
    members = _active_users(set(member_ids) - {actor.id})
    return NewGroup(clean_name, clean_purpose, members)


def do_create_group(actor: User, data: NewGroup, now: datetime) -> PblGroup:
    """The group, its tutor and members, and its private space (the sessions' chat)."""
    group = PblGroup(name=data.name, purpose=data.purpose, created_by_id=actor.id,
                     created_at=now)
    group.members = [GroupMember(user=actor, role=GroupRole.TUTOR, added_at=now)] + [
        GroupMember(user=u, role=GroupRole.MEMBER, added_at=now) for u in data.members]
    db.session.add(group)
    db.session.flush()
    hooks.add_group_space(group, data.name)
    return group


def group_space(group: PblGroup) -> Any:
    """The group's own space (a forum.discussions.models.Space), or None."""
    return hooks.group_space(group)


def check_add_member(actor: User, group: PblGroup, user_id: int, role: str,
                     consent_note: str | None) -> tuple[User, GroupRole, str]:
    access.require_tutor(actor, group.id)
    try:
        group_role = GroupRole(role)
    except ValueError:
        raise ValidationError(field_errors={"role": str(_l("Choose a role."))}) from None
    if group_role == GroupRole.TUTOR:
        raise ValidationError(field_errors={"role": str(_l("Choose a role."))})
    users = _active_users({user_id})
    if not users:
        raise ValidationError(field_errors={"user_id": str(_l("Choose a person."))})
    note = text_field("consent_note", consent_note, max_len=500, multiline=True,
                 required=group_role == GroupRole.OBSERVER)
    return users[0], group_role, note


def do_add_member(actor: User, group: PblGroup, user: User, role: GroupRole, note: str,
                  now: datetime) -> GroupMember:
    """Add or change a membership. An observer's consent note is recorded with its time."""
    member = db.session.scalar(select(GroupMember).where(GroupMember.group_id == group.id,
                                                         GroupMember.user_id == user.id))
    if member is None:
        member = GroupMember(group_id=group.id, user_id=user.id, added_at=now)
        db.session.add(member)
    if member.role == GroupRole.TUTOR:
        return member
    member.role = role
    if role == GroupRole.OBSERVER:
        member.consent_note, member.consent_at = note, now
    db.session.flush()
    return member


def check_remove_member(actor: User, group: PblGroup, user_id: int) -> GroupMember:
    access.require_tutor(actor, group.id)
    member = db.session.scalar(select(GroupMember).where(GroupMember.group_id == group.id,
                                                         GroupMember.user_id == user_id))
    if member is None:
        raise NotFound()
    if member.role == GroupRole.TUTOR:
        raise ValidationError(str(_l("The tutor cannot be removed from their own group.")))
    return member


def do_remove_member(group: PblGroup, member: GroupMember) -> None:
    """Remove the membership; the person's live connections leave every room of the group
    (its space, the space's threads, the session rooms) at once, after the commit."""
    from forum.pbl.models import PblSession
    from forum.realtime import rooms
    from forum.realtime.publish import publish

    user_id = member.user_id
    db.session.delete(member)
    db.session.flush()
    space = group_space(group)
    room_names = [rooms.pbl_session_room(i) for i in db.session.scalars(
        select(PblSession.id).where(PblSession.group_id == group.id))]
    if space is not None:
        room_names += [rooms.space_room(space.id)] + [
            rooms.thread_room(i) for i in hooks.space_thread_ids(space)]
    publish.revoke_for_user(user_id, space.id if space else 0, room_names)


def organizations_present(group: PblGroup) -> list[Organization]:
    """The home organizations of the members (tutor and observers not counted)."""
    orgs = {m.user.organization_id: m.user.organization for m in group.members
            if m.role == GroupRole.MEMBER}
    return sorted(orgs.values(), key=lambda o: o.name)


def _active_users(ids: set[int]) -> list[User]:
    if not ids:
        return []
    return list(db.session.scalars(select(User).where(User.id.in_(ids),
                                                      User.active.is_(True))))


# -- cases --------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewCase:
    title: str
    kind: CaseKind
    tags: str
    body: str


def anonymization_findings(text: str, actor: User | None = None) -> list[Finding]:
    """What the privacy check finds everywhere (identity numbers, phones, addresses, clients'
    names, the writer's organization's terms) plus the names of people in the directory."""
    names = db.session.scalars(select(User.display_name).where(User.active.is_(True)))
    return merge_findings(scan(text, actor), find_names(text, [n for n in names if n]))


def check_new_case(actor: User, group: PblGroup, title: str | None, kind: str | None,
                   tags: str | None, body: str | None) -> NewCase:
    access.require_write(actor, group.id)
    return _case_fields(actor, title, kind, tags, body)


def check_edit_case(actor: User, case: PblCase, title: str | None, kind: str | None,
                    tags: str | None, body: str | None) -> NewCase:
    access.require_edit_case(actor, case)
    return _case_fields(actor, title, kind, tags, body)


def _case_fields(actor: User, title: str | None, kind: str | None, tags: str | None,
                 body: str | None) -> NewCase:
    """A case is trigger material for a cross-agency group: nothing personal may be in it,
    so any finding refuses it (no "confirm anyway" as for posts)."""
    clean_title = text_field("title", title, max_len=MAX_NAME)
    clean_body = text_field("body", body, max_len=MAX_LONG, multiline=True)
    clean_tags = ", ".join(t.strip() for t in text_field("tags", tags, max_len=MAX_TAGS,
                                                    required=False).split(",") if t.strip())
    try:
        case_kind = CaseKind(kind or "case")
    except ValueError:
        raise ValidationError(field_errors={"kind": str(_l("Choose a kind."))}) from None
    findings = anonymization_findings(f"{clean_title}\n{clean_tags}\n{clean_body}", actor)
    if findings:
        raise PrivacyWarning(findings, blocked=True)
    return NewCase(clean_title, case_kind, clean_tags, clean_body)


def _body_html(body: str) -> str:
    """A case's text as stored HTML: escaped, its legal citations linked (rendered on write)."""
    return render_citations(body, hooks.citation_resolver()).html


def do_create_case(actor: User, group: PblGroup, data: NewCase, now: datetime) -> PblCase:
    case = PblCase(group_id=group.id, title=data.title, kind=data.kind, tags=data.tags,
                   body=data.body, body_html=_body_html(data.body), created_by_id=actor.id,
                   created_at=now)
    db.session.add(case)
    db.session.flush()
    enqueue(f"case:{case.id}")
    return case


def do_edit_case(actor: User, case: PblCase, data: NewCase) -> bool:
    """Saves a changed case; False when nothing changed. A signed-off case that changes
    loses its sign-off: the tutor signed off the text as it was."""
    before = (case.title, case.kind, case.tags, case.body)
    if before == (data.title, data.kind, data.tags, data.body):
        return False
    case.title, case.kind, case.tags, case.body = data.title, data.kind, data.tags, data.body
    case.body_html = _body_html(data.body)
    case.signed_off_by_id = case.signed_off_at = None
    db.session.flush()
    enqueue(f"case:{case.id}")
    return True


def check_sign_off_case(actor: User, case: PblCase) -> None:
    """The tutor signs off after the anonymization check passes again."""
    access.require_tutor(actor, case.group_id)
    findings = anonymization_findings(f"{case.title}\n{case.tags}\n{case.body}", actor)
    if findings:
        raise PrivacyWarning(findings, blocked=True)


def do_sign_off_case(actor: User, case: PblCase, now: datetime) -> None:
    case.signed_off_by_id, case.signed_off_at = actor.id, now
    db.session.flush()


def group_cases(group: PblGroup) -> list[PblCase]:
    return list(db.session.scalars(select(PblCase).where(PblCase.group_id == group.id)
                                   .order_by(PblCase.created_at.desc())))


def require_case_of(group_id: int, case_id: int | None) -> PblCase | None:
    if case_id is None:
        return None
    case = db.session.get(PblCase, case_id)
    if case is None or case.group_id != group_id:
        raise NotFound()
    return case
