"""The small documented dicts sent to a page's room (see docs/knowledge-base.md)."""

from __future__ import annotations

from typing import Any

from forum.accounts.models import User
from forum.accounts.payloads import person
from forum.wiki.models import WikiPage, WikiRevision


def page_updated_payload(page: WikiPage, revision: WikiRevision, actor: User) -> dict[str, Any]:
    """Everyone in the room may read the page, so the same dict goes to all of them."""
    return {"page_id": page.id, "revision_id": revision.id, "number": revision.number,
            "title": revision.title, "summary": revision.summary, "by": person(actor),
            "at": revision.created_at.isoformat()}


def page_reviewed_payload(page: WikiPage, actor: User) -> dict[str, Any]:
    return {"page_id": page.id, "review_by": page.review_by.isoformat(), "by": person(actor),
            "at": page.reviewed_at.isoformat() if page.reviewed_at else None}
