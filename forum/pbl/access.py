"""Who may read and write PBL groups, cases, sessions and journals: the only place these rules
live.

A group is readable by its members only: tutor, members and observers (observers read, never
write). Nobody reads a group by role alone, admins included. A journal entry is read by its
author, and by the group's tutor and members once the author shares it (observers never read
journals). Loaders raise NotFound for "exists but not yours", exactly as for "does not exist".
"""

from __future__ import annotations

from sqlalchemy import Select, or_, select

from forum.accounts import access as account_access
from forum.accounts.models import Role, User
from forum.db.request_cache import per_request
from forum.errors import NotFound, PermissionDenied
from forum.extensions import db
from forum.pbl.models import (
    BoardItem,
    GroupMember,
    GroupRole,
    JournalEntry,
    PblCase,
    PblGroup,
    PblSession,
    SessionPhoto,
)
from forum.text.i18n import _l


def group_ids(user: User, *, writable: bool = False) -> list[int]:
    """The groups the user belongs to (observers too, unless `writable`), once per request."""
    def load() -> tuple[int, ...]:
        query = select(GroupMember.group_id).where(GroupMember.user_id == user.id)
        if writable:
            query = query.where(GroupMember.role != GroupRole.OBSERVER)
        return tuple(db.session.scalars(query))

    return list(per_request(("group_ids", user.id, writable), load))


def role_in(user: User | None, group_id: int) -> GroupRole | None:
    if not account_access.is_reader(user):
        return None
    return db.session.scalar(select(GroupMember.role).where(
        GroupMember.group_id == group_id, GroupMember.user_id == user.id))


def readable_group_ids(user: User | None) -> list[int]:
    if not account_access.is_reader(user):
        return []
    return group_ids(user)


def readable_groups(user: User | None) -> Select[tuple[PblGroup]]:
    return select(PblGroup).where(PblGroup.id.in_(readable_group_ids(user))).order_by(
        PblGroup.name)


def can_write(user: User | None, group_id: int) -> bool:
    """Tutor and members write; observers only read."""
    return account_access.can_write(user) and role_in(user, group_id) in (GroupRole.TUTOR,
                                                                         GroupRole.MEMBER)


def is_tutor(user: User | None, group_id: int) -> bool:
    return account_access.can_write(user) and role_in(user, group_id) == GroupRole.TUTOR


def can_create_group(user: User | None) -> bool:
    return account_access.can_write(user) and user.has_role(Role.TUTOR, Role.ADMIN)


def takes_part(user: User | None, group_id: int) -> bool:
    """Tutor and members take part in the sessions; observers read the group and are not
    counted in (no session reminder)."""
    return role_in(user, group_id) in (GroupRole.TUTOR, GroupRole.MEMBER)


def can_read_journals(user: User | None, group_id: int) -> bool:
    return role_in(user, group_id) in (GroupRole.TUTOR, GroupRole.MEMBER)


# -- loaders: NotFound unless the user belongs to the group -------------------------------
def group_for_reader(user: User, group_id: int) -> PblGroup:
    group = db.session.get(PblGroup, group_id)
    if group is None or role_in(user, group.id) is None:
        raise NotFound()
    return group


def session_for_reader(user: User, session_id: int) -> PblSession:
    session = db.session.get(PblSession, session_id)
    if session is None or role_in(user, session.group_id) is None:
        raise NotFound()
    return session


def case_for_reader(user: User, case_id: int) -> PblCase:
    case = db.session.get(PblCase, case_id)
    if case is None or role_in(user, case.group_id) is None:
        raise NotFound()
    return case


def item_for_reader(user: User, item_id: int) -> BoardItem:
    item = db.session.get(BoardItem, item_id)
    if item is None:
        raise NotFound()
    session_for_reader(user, item.session_id)
    return item


def photo_for_reader(user: User, photo_id: int) -> SessionPhoto:
    photo = db.session.get(SessionPhoto, photo_id)
    if photo is None:
        raise NotFound()
    session_for_reader(user, photo.session_id)
    return photo


def can_read_entry(user: User | None, entry: JournalEntry) -> bool:
    if not account_access.is_reader(user):
        return False
    if entry.author_id == user.id:
        return role_in(user, entry.group_id) is not None
    return entry.shared and can_read_journals(user, entry.group_id)


def entry_for_reader(user: User, entry_id: int) -> JournalEntry:
    entry = db.session.get(JournalEntry, entry_id)
    if entry is None or not can_read_entry(user, entry):
        raise NotFound()
    return entry


def readable_entries(user: User, group_id: int) -> Select[tuple[JournalEntry]]:
    query = select(JournalEntry).where(JournalEntry.group_id == group_id).order_by(
        JournalEntry.created_at.desc())
    if role_in(user, group_id) is None:
        return query.where(JournalEntry.id.is_(None))
    if not can_read_journals(user, group_id):
        return query.where(JournalEntry.author_id == user.id)
    return query.where(or_(JournalEntry.author_id == user.id, JournalEntry.shared.is_(True)))


# -- requirements: PermissionDenied for someone who may read but not do this --------------
def require_write(user: User, group_id: int) -> None:
    if not can_write(user, group_id):
        raise PermissionDenied(str(_l("Observers read the group but do not write in it.")))


def can_edit_case(user: User | None, case: PblCase) -> bool:
    """Whoever wrote the case, and the tutor."""
    return can_write(user, case.group_id) and (
        case.created_by_id == user.id or is_tutor(user, case.group_id))


def require_edit_case(user: User, case: PblCase) -> None:
    if not can_edit_case(user, case):
        raise PermissionDenied(str(_l("Only the case's author and the tutor can change it.")))


def require_tutor(user: User, group_id: int) -> None:
    if not is_tutor(user, group_id):
        raise PermissionDenied(str(_l("Only the group's tutor can do that.")))


def participants_of_group(group_id: int) -> set[int]:
    """The group's active tutor and members, observers not (for session reminders)."""
    return set(db.session.scalars(select(GroupMember.user_id).join(User).where(
        GroupMember.group_id == group_id, GroupMember.role != GroupRole.OBSERVER,
        User.active.is_(True))))


def readers_of_group(group_id: int) -> set[int]:
    """Everyone who may read the group (for notifications and audiences)."""
    return set(db.session.scalars(select(GroupMember.user_id).join(User).where(
        GroupMember.group_id == group_id, User.active.is_(True))))
