"""Permission-aware reads: every list starts from the access funnel's readable spaces."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Row, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import joinedload, lazyload, selectinload

from forum.accounts import access as account_access
from forum.accounts import queries as account_queries
from forum.accounts.models import Organization, User
from forum.discussions import access
from forum.discussions.models import Post, Reaction, ReadState, Space, Thread
from forum.extensions import db
from forum.wiki.models import WikiPostLink

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
        orgs = account_queries.org_and_descendants(org_id)
        query = query.where(or_(Thread.question_org_id.in_(orgs),
                                Thread.author_id.in_(select(User.id).where(
                                    User.organization_id.in_(orgs)))))
    return [ThreadRow(thread, seq) for thread, seq in db.session.execute(query)]


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
    orgs = account_access.organization_line(user.organization_id)
    rows = [r for r in thread_rows(user, limit=200)
            if r.thread.question_org_id in orgs and r.thread.solution_post_id is None]
    return sorted(rows, key=lambda r: (r.thread.first_answer_at is not None,
                                       r.thread.created_at))


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


class ThreadTitle(NamedTuple):
    id: int
    title: str


def threads_linking_page(viewer: User, page_id: int) -> list[tuple[ThreadTitle, int | None]]:
    """(thread's id and title, statement id) for each live post linking to the wiki page, in
    the threads the viewer may read, newest thread first (the wiki's "discussed in",
    forum.wiki.hooks). Only what a link shows: no Thread objects."""
    spaces = access.readable_space_ids(viewer)
    if not spaces:
        return []
    return [(ThreadTitle(thread_id, title), statement_id)
            for thread_id, title, statement_id in db.session.execute(
                select(Thread.id, Thread.title, WikiPostLink.statement_id)
                .join(WikiPostLink, WikiPostLink.thread_id == Thread.id)
                .join(Post, Post.id == WikiPostLink.post_id)
                .where(WikiPostLink.page_id == page_id, Post.deleted_at.is_(None),
                       Thread.space_id.in_(spaces))
                .order_by(Thread.last_post_at.desc()))]
