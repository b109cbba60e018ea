"""Resolves @mentions, [[wiki links]] and the statute register for forum.text.render."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.accounts.models import Organization, User
from forum.extensions import db
from forum.laws.register import current_register
from forum.text import MentionTarget, PageTarget
from forum.text.citations import StatuteRegister


class DatabaseResolver:
    """Two queries per render at most, whatever the text holds. Links are plain paths (no
    url_for): rendering happens once on write, also from the CLI, outside any request."""

    def resolve_mentions(self, handles: set[str]) -> dict[str, MentionTarget]:
        found: dict[str, MentionTarget] = {}
        lowered = {h.lower() for h in handles}
        for org in db.session.scalars(select(Organization).where(
                func.lower(Organization.handle).in_(lowered))):
            found[org.handle.lower()] = MentionTarget(
                "org", org.id, org.handle, org.name,
                f"/organizations/{org.id}")
        for user in db.session.scalars(select(User).where(
                func.lower(User.username).in_(lowered), User.active.is_(True))):
            found[user.username.lower()] = MentionTarget(
                "user", user.id, user.username, user.display_name,
                f"/people/{user.id}")
        return found

    def statute_register(self) -> StatuteRegister:
        """The laws a text can cite (cached per process until the register changes)."""
        return current_register()

    def resolve_pages(self, titles: set[str]) -> dict[str, PageTarget]:
        from forum.wiki_links import resolve_page_titles

        return resolve_page_titles(titles)
