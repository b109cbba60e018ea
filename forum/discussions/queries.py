"""Permission-aware reads: every list starts from the access funnel's readable spaces."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Row, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import joinedload, lazyload, selectinload

from forum.accounts.models import Organization, User
from forum.discussions import access
from forum.discussions.models import Post, Reaction, ReadState, Space, Thread
from forum.extensions import db
from forum.notifications.models import Notification
from forum.request_cache import per_request
from forum.wiki.access import readable_page_filter
from forum.wiki.models import WikiPage

CATCH_UP_LIMIT = 100
PAGE_POSTS_LIMIT = 1000


@dataclass(frozen=True)
class ThreadRow:
    thread: Thread
    last_read_seq: int

    @property
    def unread(self) -> int:
        return max(0, self.thread.last_seq - self.last_read_seq)

    @property
    def first_unread_seq(self) -> int | None:
        return self.last_read_seq + 1 if self.unread else None


def thread_rows(user: User, *, space_id: int | None = None, org_id: int | None = None,
                limit: int = 50, offset: int = 0) -> list[ThreadRow]:
    query = (access.readable_threads(user)
             .add_columns(func.coalesce(ReadState.last_read_seq, 0))
             .outerjoin(ReadState, and_(ReadState.thread_id == Thread.id,
                                        ReadState.user_id == user.id))
             .options(selectinload(Thread.space), selectinload(Thread.author)
                      .selectinload(User.organization), selectinload(Thread.question_org))
             .order_by(Thread.last_post_at.desc(), Thread.id.desc())
             .limit(limit).offset(offset))
    if space_id is not None:
        query = query.where(Thread.space_id == space_id)
    if org_id is not None:
        orgs = org_and_descendants(org_id)
        query = query.where(or_(Thread.question_org_id.in_(orgs),
                                Thread.author_id.in_(select(User.id).where(
                                    User.organization_id.in_(orgs)))))
    return [ThreadRow(thread, seq) for thread, seq in db.session.execute(query)]


def org_and_descendants(org_id: int) -> set[int]:
    pairs = db.session.execute(select(Organization.id, Organization.parent_id)).all()
    wanted = {org_id}
    while more := {oid for oid, parent in pairs if parent in wanted} - wanted:
        wanted |= more
    return wanted


# Posts as pages and payloads show them: authors and their organizations in the same query;
# their roles are not shown, so they load only if something asks (lazyload instead of the
# model's selectin).
_WITH_AUTHOR = joinedload(Post.author).options(joinedload(User.organization),
                                               lazyload(User.role_rows))


def posts_after(thread: Thread, after_seq: int, limit: int = CATCH_UP_LIMIT) -> list[Post]:
    return list(db.session.scalars(
        select(Post).where(Post.thread_id == thread.id, Post.seq > after_seq)
        .options(_WITH_AUTHOR, selectinload(Post.reactions))
        .order_by(Post.seq).limit(limit)))


def posts_by_id(ids: list[int]) -> dict[int, Post]:
    """These posts with their authors, for rendering (a thread page's uncached fragments:
    the reactions come from reaction_tallies, not from the posts)."""
    return {post.id: post for post in db.session.scalars(
        select(Post).where(Post.id.in_(ids)).options(_WITH_AUTHOR, lazyload(Post.reactions)))}


# The thread page's queries are built once: building a statement and its cache key costs
# about as much as running it on SQLite.
_PAGE_POSTS = (
    select(Post.id, Post.seq, Post.author_id, Post.created_at, Post.edited_at, Post.edit_count,
           Post.deleted_at, Post.hidden_at, User.display_name.label("author_name"),
           Organization.short_name.label("org_short_name"))
    .join(User, User.id == Post.author_id)
    .join(Organization, Organization.id == User.organization_id)
    .where(Post.thread_id == bindparam("thread_id")).order_by(Post.seq)
    .limit(PAGE_POSTS_LIMIT))


def page_posts(thread: Thread) -> list[Row]:
    """What a thread page needs to find each post's fragment (post_fragments): the post's
    numbers and state, not its text, as plain rows. Loading fifty Post objects with their
    authors was a fifth of the page's time; the text is loaded only for posts whose fragment
    is not cached. The columns carry Post's attribute names, so access checks take a row."""
    return list(db.session.execute(_PAGE_POSTS, {"thread_id": thread.id}))


class Tally(NamedTuple):
    """One post's reactions as a reader sees them: how many of each (kind, count) pairs in
    kind order, and which are theirs. Hashable, as it is part of a fragment's cache key."""

    counts: tuple[tuple[str, int], ...]
    mine: frozenset[str]


_TALLIES = (
    select(Reaction.post_id, Reaction.kind, func.count(),
           func.max(case((Reaction.user_id == bindparam("reader_id"), 1), else_=0)))
    .join(Post, Post.id == Reaction.post_id).where(Post.thread_id == bindparam("thread_id"))
    .group_by(Reaction.post_id, Reaction.kind))


def reaction_tallies(reader: User, thread: Thread) -> dict[int, Tally]:
    """Every post's reaction counts in one grouped query (not every reaction row)."""
    counts: dict[int, Counter] = {}
    mine_kinds: dict[int, set[str]] = {}
    for post_id, kind, count, is_mine in db.session.execute(
            _TALLIES, {"reader_id": reader.id, "thread_id": thread.id}):
        counts.setdefault(post_id, Counter())[kind] = count
        if is_mine:
            mine_kinds.setdefault(post_id, set()).add(kind)
    return {post_id: Tally(tuple(sorted(c.items())), frozenset(mine_kinds.get(post_id, ())))
            for post_id, c in counts.items()}


NO_REACTIONS = Tally((), frozenset())


class PostControls(NamedTuple):
    """What one reader sees and may do on one post of the thread page (a named tuple: a page
    makes fifty of them, and each is part of its fragment's cache key)."""

    counts: tuple[tuple[str, int], ...]
    mine: frozenset[str]
    can_edit: bool
    can_delete: bool
    can_restore: bool
    can_mark: bool
    # hidden: the reader gets the "hidden pending review" placeholder (access.is_hidden_from);
    # under_review: the reader sees the text of a post that others do not (author, moderator).
    hidden: bool = False
    under_review: bool = False

    def count_of(self, kind: str) -> int:
        return dict(self.counts).get(kind, 0)


def may_mark_answer(reader: User, thread: Thread) -> bool:
    """Whether "Mark as the answer" buttons show: on a question, for its asker and moderators
    (static/js/thread.js gets this too, for posts that arrive live)."""
    return bool(thread.question_org_id) and access.can_mark_solution(reader, thread)


def post_controls(reader: User, thread: Thread, posts: list[Row],
                  tallies: dict[int, Tally]) -> dict[int, PostControls]:
    """Worked out once per page (not in the template, once per post and button)."""
    may_mark = may_mark_answer(reader, thread)
    rights = access.PostRights(reader)
    controls = {}
    for post in posts:
        tally = tallies.get(post.id, NO_REACTIONS)
        hidden = access.is_hidden_from(reader, post)
        controls[post.id] = PostControls(
            counts=() if hidden else tally.counts, mine=frozenset() if hidden else tally.mine,
            can_edit=rights.can_edit(post), can_delete=rights.can_delete(post),
            can_restore=rights.can_restore(post),
            can_mark=(may_mark and thread.solution_post_id != post.id and post.seq > 1
                      and not hidden),
            hidden=hidden, under_review=post.hidden_at is not None and not hidden)
    return controls


def readable_spaces(user: User) -> list[Space]:
    return list(db.session.scalars(access.readable_spaces(user)))


def writable_spaces(user: User) -> list[Space]:
    return [s for s in readable_spaces(user) if access.can_post_in(user, s)]


def open_questions(user: User) -> list[ThreadRow]:
    """Questions addressed to the user's organization (or its agency), unanswered first."""
    orgs = access.organization_line(user.organization_id)
    rows = [r for r in thread_rows(user, limit=200)
            if r.thread.question_org_id in orgs and r.thread.solution_post_id is None]
    return sorted(rows, key=lambda r: (r.thread.first_answer_at is not None,
                                       r.thread.created_at))


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


def mention_candidates(prefix: str, limit: int = 8) -> list[dict]:
    """People and organizations whose handle or name starts with the prefix."""
    like = prefix.lower().replace("\\", "").replace("%", "").replace("_", "\\_") + "%"
    people = db.session.scalars(select(User).where(User.active.is_(True), or_(
        func.lower(User.username).like(like, escape="\\"),
        func.lower(User.display_name).like(like, escape="\\"))).limit(limit))
    orgs = db.session.scalars(select(Organization).where(or_(
        func.lower(Organization.handle).like(like, escape="\\"),
        func.lower(Organization.short_name).like(like, escape="\\"))).limit(limit))
    return ([{"kind": "org", "handle": o.handle, "label": o.name} for o in orgs]
            + [{"kind": "user", "handle": u.username,
                "label": f"{u.display_name} ({u.organization.short_name})"} for u in people]
            )[:limit]
