"""Who may read the statute register and its pages per law, and who keeps the register."""

from __future__ import annotations

from sqlalchemy import select

from forum.accounts import access as account_access
from forum.accounts.models import Role, User
from forum.errors import NotFound, PermissionDenied
from forum.extensions import db
from forum.laws.models import Statute
from forum.wiki import access as wiki_access


def can_read_register(user: User | None) -> bool:
    """The register is as open as the shared knowledge base (each citing item is checked)."""
    return wiki_access.can_read_glossary(user)


def can_edit_register(user: User | None) -> bool:
    """The coordinators keep the register (admins too)."""
    return bool(account_access.can_write(user)
                and user.has_role(Role.COORDINATOR, Role.ADMIN))  # type: ignore[union-attr]


def statute_for_reader(user: User, number: str) -> Statute:
    statute = db.session.scalar(select(Statute).where(Statute.number == number))
    if statute is None or not can_read_register(user):
        raise NotFound()
    return statute


def statute_for_editor(user: User, number: str) -> Statute:
    statute = statute_for_reader(user, number)
    require_edit(user)
    return statute


def require_edit(user: User) -> None:
    if not can_edit_register(user):
        raise PermissionDenied()
