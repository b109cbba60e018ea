"""Who sees which part of collaboration health.

- coordinators and admins: every organization, every type, the signs of anomie;
- an organization's editors (Role.ORG_EDITOR): their own organization beside the
  association's totals, and their organization's signs;
- every other signed-in member: the overview (the association's totals and the matrix).

An organization the viewer may not see answers exactly like one that does not exist (404).
"""

from __future__ import annotations

import enum

from sqlalchemy import select

from forum.accounts.access import is_admin
from forum.accounts.models import Organization, OrgType, Role, User
from forum.errors import NotFound
from forum.extensions import db


class Scope(enum.StrEnum):
    ALL = "all"
    ORG = "org"
    OVERVIEW = "overview"


def scope_of(viewer: User) -> Scope:
    if is_admin(viewer) or (viewer.active and viewer.has_role(Role.COORDINATOR)):
        return Scope.ALL
    if viewer.active and viewer.has_role(Role.ORG_EDITOR):
        return Scope.ORG
    return Scope.OVERVIEW


def visible_organizations(viewer: User) -> list[Organization]:
    """The organizations whose own figures the viewer may see (none for the overview)."""
    scope = scope_of(viewer)
    query = select(Organization).order_by(Organization.name)
    if scope == Scope.ORG:
        query = query.where(Organization.id == viewer.organization_id)
    elif scope == Scope.OVERVIEW:
        return []
    return list(db.session.scalars(query))


def organization_for_viewer(viewer: User, org_id: int | None) -> Organization:
    """An organization the viewer may see figures for; NotFound for any other id."""
    for org in visible_organizations(viewer):
        if org.id == org_id:
            return org
    raise NotFound()


def type_for_viewer(viewer: User, value: str | None) -> OrgType:
    if scope_of(viewer) != Scope.ALL:
        raise NotFound()
    try:
        return OrgType(value)
    except ValueError:
        raise NotFound() from None


def require_scope(viewer: User, scope: Scope) -> None:
    """The coordinator's view (Scope.ALL) asked for by someone else: 404, as if absent."""
    order = [Scope.OVERVIEW, Scope.ORG, Scope.ALL]
    if order.index(scope_of(viewer)) < order.index(scope):
        raise NotFound()


def all_organization_ids() -> list[int]:
    return list(db.session.scalars(select(Organization.id)))


def all_organizations() -> list[Organization]:
    """Organizations are public to every signed-in member (their names, not their figures)."""
    return list(db.session.scalars(select(Organization).order_by(Organization.name)))
