"""The review queue: open flags grouped by the thing flagged, only the things this reviewer
may review (forum.moderation.targets.can_review decides)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from forum.accounts.models import Role, User
from forum.discussions import access as discussion_access
from forum.extensions import db
from forum.moderation import targets
from forum.moderation.models import Flag, FlagStatus

QUEUE_LIMIT = 500  # open flags looked at per page view; a queue that long needs more people


@dataclass(frozen=True)
class QueueItem:
    target: targets.Target
    flags: list[Flag]
    can_remove: bool
    can_edit: bool

    @property
    def key(self) -> str:
        return f"{self.target.type.value}-{self.target.id}"


def may_use_queue(user: User) -> bool:
    return bool(user.active and (discussion_access.is_moderator(user)
                                 or user.has_role(Role.ORG_EDITOR)))


def sees_reporters(user: User) -> bool:
    """Moderators see who flagged; an organization editor sees the reason, not the person."""
    return discussion_access.is_moderator(user)


def review_queue(user: User) -> list[QueueItem]:
    flags = db.session.scalars(
        select(Flag).where(Flag.status == FlagStatus.OPEN)
        .options(selectinload(Flag.reporter))
        .order_by(Flag.target_type, Flag.target_id, Flag.id).limit(QUEUE_LIMIT))
    items = []
    for (kind, target_id), group in groupby(flags, key=lambda f: (f.target_type, f.target_id)):
        target = targets.load(kind, target_id)
        if target is not None and targets.can_review(user, target):
            items.append(QueueItem(target, list(group), targets.can_remove(user, target),
                                   targets.can_edit(user, target)))
    # Oldest first: what has waited longest is looked at first.
    return sorted(items, key=lambda item: item.flags[0].created_at)
