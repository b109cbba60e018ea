"""Who may see and change accounts and organizations. The only place these rules live.

Loaders return the object or raise NotFound: "exists but not yours" looks like "missing".
"""

from __future__ import annotations

from sqlalchemy import Select, select

from forum.accounts.models import Organization, Role, User
from forum.db.request_cache import per_request
from forum.errors import NotFound, PermissionDenied
from forum.extensions import db
from forum.text.i18n import _l

# Roles an inviter may hand out; only admins may create admins and moderators.
COORDINATOR_GRANTABLE = frozenset({Role.MEMBER, Role.TUTOR, Role.ORG_EDITOR, Role.OBSERVER,
                                   Role.COORDINATOR})


def is_reader(user: User | None) -> bool:
    """A logged-in, active user: the first condition of every feature's read rules."""
    return bool(user and getattr(user, "is_authenticated", False) and user.active)


def is_moderator(user: User | None) -> bool:
    """A moderator or an admin: the ones who may act on other people's posts and pages."""
    return bool(user and user.active and user.has_role(Role.MODERATOR, Role.ADMIN))


def organization_line(org_id: int) -> list[int]:
    """The organization and its ancestors (a local office belongs to its agency too)."""
    return list(per_request(("organization_line", org_id), lambda: _organization_line(org_id)))


def _organization_line(org_id: int) -> tuple[int, ...]:
    parents = dict(db.session.execute(select(Organization.id, Organization.parent_id)).all())
    line: list[int] = []
    current: int | None = org_id
    while current is not None and current not in line:
        line.append(current)
        current = parents.get(current)
    return tuple(line)


def is_admin(user: User | None) -> bool:
    return bool(user and user.is_authenticated and user.active and user.has_role(Role.ADMIN))


def can_write(user: User | None) -> bool:
    """Observers read; everyone else who is active may write where they may read."""
    return bool(user and user.is_authenticated and user.active
                and not user.has_role(Role.OBSERVER))


def can_invite(user: User | None) -> bool:
    return is_admin(user) or bool(user and user.active and user.has_role(Role.COORDINATOR))


def grantable_roles(user: User) -> frozenset[Role]:
    if is_admin(user):
        return frozenset(Role)
    if can_invite(user):
        return COORDINATOR_GRANTABLE
    return frozenset()


def can_manage_users(user: User | None) -> bool:
    return is_admin(user)


def can_manage_organizations(user: User | None) -> bool:
    return is_admin(user)


def can_edit_organization(user: User | None, org: Organization) -> bool:
    """Admins edit every organization; an organization's editors edit their own."""
    if is_admin(user):
        return True
    return bool(user and user.active and user.has_role(Role.ORG_EDITOR)
                and user.organization_id == org.id)


def require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied(str(_l("You may not do that.")))


def visible_users(viewer: User) -> Select[tuple[User]]:
    """The directory: every member sees active colleagues; admins also see deactivated ones."""
    query = select(User).join(User.organization)
    if not is_admin(viewer):
        query = query.where(User.active.is_(True))
    return query


def user_for_viewer(viewer: User, user_id: int) -> User:
    user = db.session.scalar(visible_users(viewer).where(User.id == user_id))
    if user is None:
        raise NotFound("No such person.")
    return user


def organization_for_viewer(viewer: User, org_id: int) -> Organization:
    # Organizations themselves are public to every signed-in member: the whole point is to
    # make each agency visible to the others.
    org = db.session.get(Organization, org_id)
    if org is None:
        raise NotFound("No such organization.")
    return org


def user_for_admin(viewer: User, user_id: int) -> User:
    require(can_manage_users(viewer))
    return user_for_viewer(viewer, user_id)
