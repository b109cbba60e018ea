"""Threads and posts as search documents. A thread document is its title and first post;
each later post is its own document carrying the thread title."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from forum.accounts.models import User
from forum.discussions import access
from forum.discussions.models import Post, Thread
from forum.extensions import db
from forum.indexing.sources import html_to_text, register
from forum.search import SearchDoc


def _scope(thread: Thread) -> str:
    return f"space:{thread.space_id}"


def load_posts(ids: list[int]) -> dict[str, SearchDoc]:
    posts = db.session.scalars(
        select(Post).where(Post.id.in_(ids), Post.deleted_at.is_(None), Post.hidden_at.is_(None),
                           Post.seq > 1)
        .options(selectinload(Post.thread).selectinload(Thread.space),
                 selectinload(Post.author).selectinload(User.organization)))
    return {f"post:{p.id}": SearchDoc(
        doc_id=f"post:{p.id}", kind="post", title=p.thread.title, body=html_to_text(p.html),
        url=f"/t/{p.thread_id}#post-{p.seq}", scope=_scope(p.thread),
        org_id=p.author.organization_id, space_id=p.thread.space_id,
        group_id=p.thread.space.group_id,
        author_id=p.author_id, created_at=p.created_at) for p in posts}


def load_threads(ids: list[int]) -> dict[str, SearchDoc]:
    rows = db.session.execute(
        select(Thread, Post).join(Post, (Post.thread_id == Thread.id) & (Post.seq == 1))
        .where(Thread.id.in_(ids)).options(selectinload(Thread.author),
                                           selectinload(Thread.space)))
    docs = {}
    for thread, first in rows:
        # A deleted or hidden first post leaves the title searchable, not the text.
        gone = first.deleted_at is not None or first.hidden_at is not None
        body = "" if gone else html_to_text(first.html)
        docs[f"thread:{thread.id}"] = SearchDoc(
            doc_id=f"thread:{thread.id}", kind="thread", title=thread.title, body=body,
            url=f"/t/{thread.id}", scope=_scope(thread),
            org_id=thread.author.organization_id, space_id=thread.space_id,
            group_id=thread.space.group_id,
            author_id=thread.author_id, created_at=thread.created_at)
    return docs


def all_post_ids() -> Iterator[int]:
    yield from db.session.scalars(select(Post.id).where(
        Post.deleted_at.is_(None), Post.hidden_at.is_(None), Post.seq > 1).order_by(Post.id))


def all_thread_ids() -> Iterator[int]:
    yield from db.session.scalars(select(Thread.id).order_by(Thread.id))


def visible_posts(user, ids: list[int]) -> set[int]:
    spaces = access.readable_space_ids(user)
    return set(db.session.scalars(
        select(Post.id).join(Thread, Thread.id == Post.thread_id)
        .where(Post.id.in_(ids), Post.deleted_at.is_(None), access.unhidden_for(user),
               Thread.space_id.in_(spaces))))


def visible_threads(user, ids: list[int]) -> set[int]:
    """A thread whose first post is hidden from the reader is left out altogether: the
    index may still hold the text until the indexer has caught up."""
    return set(db.session.scalars(
        select(Thread.id).join(Post, (Post.thread_id == Thread.id) & (Post.seq == 1))
        .where(Thread.id.in_(ids), Thread.space_id.in_(access.readable_space_ids(user)),
               access.unhidden_for(user))))


def register_sources() -> None:
    register("post", load_posts, all_post_ids, visible_posts)
    register("thread", load_threads, all_thread_ids, visible_threads)


def doc_ids_for_post(post: Post) -> list[str]:
    """What to re-index when a post changes: the post, or for the first post its thread."""
    return [f"thread:{post.thread_id}"] if post.seq == 1 else [f"post:{post.id}"]
