"""Permission-aware reads of a user's notifications: the list page and the unread counts
(every page's header, the live badge). A notification is shown only while its thread or page
is still readable: access may have changed since it was made."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import and_, bindparam, func, or_, select

from forum.accounts.models import User
from forum.db.request_cache import per_request
from forum.discussions import access
from forum.discussions.models import Post, Thread
from forum.extensions import db
from forum.notifications.models import Notification
from forum.wiki.access import readable_page_filter
from forum.wiki.models import WikiPage


def notifications(user: User,
                  limit: int = 50) -> list[tuple[Notification, Thread | None, int | None]]:
    """The newest notifications with their thread and post number. One whose thread the user
    can no longer read is not shown: access may have changed since it was made. A moderation
    notice about a page or a case has no thread (its `link` leads there); a change to a
    followed boundary page is shown only while the user may read that page."""
    rows = db.session.execute(
        select(Notification, Thread, Post.seq)
        .outerjoin(Thread, Thread.id == Notification.thread_id)
        .outerjoin(Post, Post.id == Notification.post_id)
        .where(Notification.user_id == user.id,
               or_(and_(Notification.thread_id.is_(None),
                        or_(Notification.page_id.is_(None),
                            Notification.page_id.in_(_readable_pages(user)))),
                   Thread.space_id.in_(access.readable_space_ids(user))))
        .order_by(Notification.id.desc()).limit(limit))
    return [tuple(row) for row in rows]


_UNREAD_PER_SPACE = (
    select(Notification.user_id, Thread.space_id, Notification.page_id, func.count())
    .select_from(Notification)
    .outerjoin(Thread, Thread.id == Notification.thread_id)
    .where(Notification.user_id.in_(bindparam("user_ids", expanding=True)),
           Notification.read_at.is_(None))
    .group_by(Notification.user_id, Thread.space_id, Notification.page_id))  # built once


def unread_notification_counts(user_ids: Iterable[int], readable_by_all: int | None = None,
                               known: User | None = None) -> dict[int, int]:
    """Unread notifications in threads each user can still read (every page's header, the
    live badge). Counted per space first, so a user's readable spaces are looked up only
    when they have unread notifications in a space other than ``readable_by_all`` (a space
    the caller knows every one of them may read). ``known``: one of the users, already
    loaded (the reader of the page), so it is not loaded again."""

    def user_of(user_id: int) -> User:
        return known if known is not None and known.id == user_id \
            else db.session.get(User, user_id)

    per_user: dict[int, dict[int | None, int]] = defaultdict(dict)
    per_page: dict[int, dict[int, int]] = defaultdict(dict)
    for user_id, space_id, page_id, count in db.session.execute(
            _UNREAD_PER_SPACE, {"user_ids": sorted(set(user_ids))}):
        if page_id is not None:  # a followed boundary page changed: counted while readable
            per_page[user_id][page_id] = count
        else:
            per_user[user_id][space_id] = count
    counts = {}
    for user_id, spaces in per_user.items():
        if set(spaces) != {readable_by_all}:
            readable = set(access.readable_space_ids(user_of(user_id)))
            # Space None: a moderation notice without a thread, always the user's own.
            spaces = {space: count for space, count in spaces.items()
                      if space is None or space in readable}
        counts[user_id] = sum(spaces.values())
    for user_id, pages in per_page.items():
        readable_pages = set(db.session.scalars(
            _readable_pages(user_of(user_id)).where(
                WikiPage.id.in_(list(pages)))))
        counts[user_id] = counts.get(user_id, 0) + sum(
            count for page_id, count in pages.items() if page_id in readable_pages)
    return counts


def _readable_pages(user: User):
    """The ids of knowledge-base pages the user may read, as a subquery."""
    return select(WikiPage.id).where(readable_page_filter(user))


def unread_notification_count(user: User) -> int:
    """The reader's own count (every page's header): once per request."""
    return per_request(("unread_notifications", user.id), lambda: unread_notification_counts(
        [user.id], known=user).get(user.id, 0))
