"""Following another organization's boundaries: who follows which boundary page, and telling
them when a statement is added, changed or removed, with what changed.

Only people who may read the page are told, and the notification list and its count check the
page again on every showing (access can change after the notice was made).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from markupsafe import Markup
from sqlalchemy import delete, select

from forum.accounts.models import User
from forum.errors import NotFound, ValidationError
from forum.extensions import db
from forum.text import word_diff
from forum.text.i18n import _l
from forum.wiki import access, hooks
from forum.wiki.models import BoundaryFollow, WikiPage, WikiRevision

MAX_CHANGES = 20  # per notice; a rewrite of the whole page says "and N more"
_COMPARED = ("section", "text", "basis", "source")


def is_following(user: User, page: WikiPage) -> bool:
    return db.session.scalar(select(BoundaryFollow.id).where(
        BoundaryFollow.user_id == user.id, BoundaryFollow.page_id == page.id)) is not None


def check_follow(actor: User, page_id: int) -> WikiPage:
    """The boundary page to follow or unfollow (404 if the actor may not read it)."""
    page = access.page_for_reader(actor, page_id)
    if not page.is_boundary:
        raise ValidationError(str(_l("Only boundary pages can be followed.")))
    if not actor.is_active:
        raise NotFound()
    return page


def do_set_following(actor: User, page: WikiPage, follow: bool, now: datetime) -> None:
    if not follow:
        db.session.execute(delete(BoundaryFollow).where(
            BoundaryFollow.user_id == actor.id, BoundaryFollow.page_id == page.id))
    elif not is_following(actor, page):
        db.session.add(BoundaryFollow(user_id=actor.id, page_id=page.id, created_at=now))
    db.session.flush()


def statement_changes(before: dict[str, Any] | None,
                      after: dict[str, Any] | None) -> list[dict[str, Any]]:
    """What happened to each statement between two versions of a boundary page's content."""
    old = {s["id"]: s for s in (before or {}).get("statements", []) if s.get("id")}
    new = {s["id"]: s for s in (after or {}).get("statements", []) if s.get("id")}
    changes = []
    for statement_id, statement in new.items():
        previous = old.get(statement_id)
        if previous is None:
            changes.append(_change("added", statement_id, None, statement))
        elif any(previous.get(k) != statement.get(k) for k in _COMPARED):
            changes.append(_change("changed", statement_id, previous, statement))
    changes += [_change("removed", statement_id, statement, None)
                for statement_id, statement in old.items() if statement_id not in new]
    return changes


def _change(kind: str, statement_id: int, before: dict | None, after: dict | None) -> dict:
    # No text here: the notice names the two revisions and shows their texts, so a redaction
    # of a revision (forum.wiki.redaction) reaches the notice too.
    shown = after or before or {}
    return {"change": kind, "statement_id": statement_id, "section": shown.get("section")}


def do_notify_followers(actor: User, page: WikiPage, previous: WikiRevision,
                        revision: WikiRevision, now: datetime) -> None:
    """One notice per follower who may read the page (never the one who made the change)."""
    changes = statement_changes(previous.content, revision.content)
    if not changes:
        return
    followers = db.session.scalars(
        select(User).join(BoundaryFollow, BoundaryFollow.user_id == User.id)
        .where(BoundaryFollow.page_id == page.id, User.id != actor.id,
               User.active.is_(True))).all()
    readers = [user for user in followers if access.can_read_page(user, page)]
    if not readers:
        return
    details = {"from_revision": previous.id, "to_revision": revision.id,
               "changes": changes[:MAX_CHANGES], "more": max(0, len(changes) - MAX_CHANGES)}
    hooks.notify_boundary(actor, page, readers, details, now)


def shown_changes(notice: Any) -> list[dict[str, Any]]:
    """A notice's changes with the statements' texts as the two revisions hold them now (so
    after a redaction, redacted), each with a word diff for display."""
    details = notice.details or {}
    before = db.session.get(WikiRevision, details.get("from_revision") or 0)
    after = db.session.get(WikiRevision, details.get("to_revision") or 0)
    old = _texts(before)
    new = _texts(after)
    shown = []
    for change in details.get("changes", []):
        sid = change.get("statement_id")
        shown.append(dict(change, diff=Markup(word_diff(old.get(sid, ""), new.get(sid, "")))))  # noqa: S704 (escaped by word_diff)
    return shown


def _texts(revision: WikiRevision | None) -> dict[int, str]:
    content = revision.content if revision is not None else {}
    return {s["id"]: s.get("text", "") for s in (content or {}).get("statements", [])
            if s.get("id")}
