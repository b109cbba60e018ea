"""Resolves @mentions and [[wiki links]] for forum.text.render against the database."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.accounts.models import Organization, User
from forum.extensions import db
from forum.text import MentionTarget, PageTarget


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

    def resolve_pages(self, titles: set[str]) -> dict[str, PageTarget]:
        from forum.wiki_links import resolve_page_titles

        return resolve_page_titles(titles)
