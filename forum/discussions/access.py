"""Who may read and write spaces, threads and posts: the only place these rules live.

A space is readable by every member (visibility "all"), by the people of one organization and
its local offices ("org"), or by the members of one group ("group", observers included).
Nobody reads a private space by role alone, admins included: a client's case must not cross
agency lines through this forum. Loaders raise NotFound for "exists but not yours".
"""

from __future__ import annotations

from sqlalchemy import Select, bindparam, or_, select
from sqlalchemy.orm import joinedload, lazyload

from forum.accounts import access as account_access
from forum.accounts.access import is_moderator
from forum.accounts.models import User
from forum.accounts.visibility import Visibility
from forum.db.request_cache import per_request
from forum.discussions.models import Post, Space, Thread
from forum.errors import NotFound, PermissionDenied
from forum.extensions import db
from forum.pbl.access import group_ids
from forum.text.i18n import _l


def _space_filter(user: User):
    return or_(
        Space.visibility == Visibility.ALL,
        (Space.visibility == Visibility.ORG)
        & Space.organization_id.in_(account_access.organization_line(user.organization_id)),
        (Space.visibility == Visibility.GROUP) & Space.group_id.in_(group_ids(user)),
    )


def readable_spaces(user: User | None) -> Select[tuple[Space]]:
    query = select(Space).order_by(Space.position, Space.name)
    if not account_access.is_reader(user):
        return query.where(Space.id.is_(None))
    return query.where(_space_filter(user))


def readable_space_ids(user: User | None) -> list[int]:
    if not account_access.is_reader(user):
        return []
    return list(per_request(("readable_space_ids", user.id), lambda: tuple(
        db.session.scalars(select(Space.id).where(_space_filter(user))))))


def readable_threads(user: User | None) -> Select[tuple[Thread]]:
    return select(Thread).where(Thread.space_id.in_(readable_space_ids(user)))


def can_read_space(user: User | None, space: Space) -> bool:
    if not account_access.is_reader(user):
        return False
    if space.visibility == Visibility.ALL:
        return True
    if space.visibility == Visibility.ORG:
        return space.organization_id in account_access.organization_line(user.organization_id)
    return space.group_id in group_ids(user)


def can_post_in(user: User | None, space: Space) -> bool:
    if not account_access.can_write(user) or not can_read_space(user, space):
        return False
    return space.visibility != Visibility.GROUP or space.group_id in group_ids(
        user, writable=True)


def space_for_reader(user: User, slug: str) -> Space:
    space = db.session.scalar(select(Space).where(Space.slug == slug))
    if space is None or not can_read_space(user, space):
        raise NotFound()
    return space


_THREAD_WITH_SPACE = (select(Thread).where(Thread.id == bindparam("thread_id"))
                      .options(joinedload(Thread.space)))  # built once: every thread request


def thread_for_reader(user: User, thread_id: int) -> Thread:
    thread = db.session.execute(_THREAD_WITH_SPACE, {"thread_id": thread_id}).scalar()
    if thread is None or not can_read_space(user, thread.space):
        raise NotFound()
    return thread


def post_for_reader(user: User, post_id: int) -> Post:
    post = db.session.get(Post, post_id)
    if post is None or not can_read_space(user, post.thread.space):
        raise NotFound()
    return post


def require_post_in(user: User, space: Space) -> None:
    if not can_post_in(user, space):
        raise PermissionDenied(str(_l("You can read here but not write.")))


class PostRights:
    """One user's rights on posts, with the part that depends only on the user worked out
    once (a thread page asks about fifty posts). `post` may be a Post or a row with its
    `author_id` and `deleted_at`."""

    def __init__(self, user: User) -> None:
        self.user_id = user.id
        self.moderator = is_moderator(user)
        self.writer = account_access.can_write(user)

    def can_edit(self, post: Post) -> bool:
        if post.deleted_at is not None:
            return False
        return (post.author_id == self.user_id and self.writer) or self.moderator

    def can_delete(self, post: Post) -> bool:
        return post.deleted_at is None and (post.author_id == self.user_id or self.moderator)

    def can_restore(self, post: Post) -> bool:
        return post.deleted_at is not None and self.moderator


def can_edit_post(user: User, post: Post) -> bool:
    return PostRights(user).can_edit(post)


def can_delete_post(user: User, post: Post) -> bool:
    return PostRights(user).can_delete(post)


def can_restore_post(user: User, post: Post) -> bool:
    return PostRights(user).can_restore(post)


def can_see_deleted_text(user: User, post: Post) -> bool:
    """Others see a tombstone; the author and moderators can still read what it said."""
    return post.author_id == user.id or is_moderator(user)


def can_redact_post(user: User, post: Post) -> bool:
    """Mask text in a post's versions: its author and moderators (admins are moderators here).
    The caller has loaded the post through post_for_reader."""
    return bool(user.active and (post.author_id == user.id or is_moderator(user)))


def can_see_hidden_text(user: User, post) -> bool:
    """A post hidden pending review (a personal-data flag) is still read by its author and
    the moderators; `post` may be a Post or a queries.page_posts row."""
    return post.author_id == user.id or is_moderator(user)


def is_hidden_from(user: User | None, post) -> bool:
    """The one rule for hidden posts: pages, payloads, search and reactions all ask this.
    `user` None means "a whole room" (a broadcast): the room gets the placeholder."""
    return post.hidden_at is not None and (user is None or not can_see_hidden_text(user, post))


def unhidden_for(user: User):
    """A WHERE clause for Post: the posts whose text this user may read (lists, search)."""
    if is_moderator(user):
        return Post.id.is_not(None)
    return or_(Post.hidden_at.is_(None), Post.author_id == user.id)


def can_mark_solution(user: User, thread: Thread) -> bool:
    return thread.author_id == user.id or is_moderator(user)


def readers_among(user_ids: set[int], thread: Thread) -> set[int]:
    """The subset of these users who may read the thread (for notifications)."""
    if not user_ids:
        return set()
    users = db.session.scalars(_ACTIVE_USERS, {"user_ids": list(user_ids)})
    return {u.id for u in users if can_read_space(u, thread.space)}


_ACTIVE_USERS = (select(User).where(User.id.in_(bindparam("user_ids", expanding=True)),
                                    User.active.is_(True))
                 .options(lazyload(User.role_rows)))  # roles play no part; built once


