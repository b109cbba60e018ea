"""Permission-aware reads for the directory and admin lists."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, or_, select

from forum.accounts import access
from forum.accounts.models import Invitation, Organization, User
from forum.extensions import db


def organizations_tree() -> list[tuple[Organization, int]]:
    """Every organization with its depth, parents before children, alphabetical per level."""
    orgs = list(db.session.scalars(select(Organization).order_by(Organization.name)))
    children: dict[int | None, list[Organization]] = defaultdict(list)
    for org in orgs:
        children[org.parent_id].append(org)
    ordered: list[tuple[Organization, int]] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for org in children.get(parent_id, []):
            ordered.append((org, depth))
            walk(org.id, depth + 1)

    walk(None, 0)
    return ordered


def directory(viewer: User, text: str = "", org_id: int | None = None
              ) -> list[tuple[Organization, list[User]]]:
    """People grouped by organization, filtered by a name/title/topic text and organization."""
    query = access.visible_users(viewer)
    if text:
        like = f"%{_escape_like(text.lower())}%"
        query = query.where(or_(*(func.lower(col).like(like, escape="\\") for col in (
            User.display_name, User.username, User.job_title, User.works_on,
            Organization.name, Organization.short_name))))
    if org_id:
        query = query.where(User.organization_id.in_(_with_descendants(org_id)))
    users = db.session.scalars(query.order_by(Organization.name, User.display_name)).all()
    grouped: dict[int, list[User]] = defaultdict(list)
    for user in users:
        grouped[user.organization_id].append(user)
    return [(org, grouped[org.id]) for org, _ in organizations_tree() if grouped.get(org.id)]


def _with_descendants(org_id: int) -> set[int]:
    ids = {org_id}
    frontier = {org_id}
    while frontier:
        frontier = set(db.session.scalars(
            select(Organization.id).where(Organization.parent_id.in_(frontier)))) - ids
        ids |= frontier
    return ids


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def all_users() -> list[User]:
    return list(db.session.scalars(select(User).join(User.organization)
                                   .order_by(User.active.desc(), User.display_name)))


def invitations() -> list[Invitation]:
    return list(db.session.scalars(select(Invitation).order_by(Invitation.created_at.desc())
                                   .limit(200)))


def org_and_descendants(org_id: int) -> set[int]:
    """The organization and its local offices, at any depth."""
    pairs = db.session.execute(select(Organization.id, Organization.parent_id)).all()
    wanted = {org_id}
    while more := {oid for oid, parent in pairs if parent in wanted} - wanted:
        wanted |= more
    return wanted
