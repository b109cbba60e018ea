"""Erasure's rewriting of what others (and the person) wrote: @handle, name and e-mail address
become the erased account's, in posts, earlier post versions, thread titles and knowledge-base
revisions and statements; changed search documents go through the outbox and live readers
get the new post HTML (`post_edited`)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select

from forum.accounts.models import User
from forum.discussions.models import Post, PostRevision, Thread
from forum.discussions.payloads import post_payload
from forum.discussions.search_docs import doc_ids_for_post
from forum.extensions import db
from forum.indexing.outbox import enqueue
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.text import render
from forum.text.i18n import _l
from forum.wiki.backlinks import DatabaseResolver
from forum.wiki.models import WikiRevision, WikiStatement


@dataclass(frozen=True)
class Identity:
    username: str
    display_name: str
    email: str


def replacer(old: Identity, new: Identity) -> Callable[[str], str]:
    """A function rewriting every trace of `old` in a text to `new`. A handle counts as a
    mention where the Markdown rules see one (not glued to a preceding word or address);
    the name as a whole word, in any letter case."""
    patterns = [
        # As forum.text.markdown_rules: not glued to a letter, digit or address character
        # before; after it, trailing "._-" are punctuation, anything else of a handle is not.
        (re.compile(r"(?<![^\W_]|[.%+\-/@&=:\\])@" + re.escape(old.username)
                    + r"(?=[._-]*(?![A-Za-z0-9._@-]))", re.IGNORECASE), "@" + new.username),
        (re.compile(re.escape(old.email), re.IGNORECASE), new.email),
        # Stored HTML that is patched rather than rendered again (knowledge-base revisions).
        (re.compile(r'data-mention="' + re.escape(old.username.lower()) + '"', re.IGNORECASE),
         f'data-mention="{new.username}"'),
    ]
    if old.display_name.strip():
        patterns.append((re.compile(r"(?<!\w)" + re.escape(old.display_name) + r"(?!\w)",
                                    re.IGNORECASE), new.display_name))

    def fix(text: str) -> str:
        for pattern, replacement in patterns:
            text = pattern.sub(replacement, text)
        return text

    return fix


def _mentions_any(column, old: Identity):
    """A cheap SQL pre-filter; the regex decides. SQLite's lower() folds ASCII only, so the
    name is also looked for as written."""
    needles = {"@" + old.username.lower(), old.email.lower(), old.display_name.lower()}
    return or_(column.contains(old.display_name, autoescape=True),
               *(func.lower(column).contains(n, autoescape=True) for n in needles if n))


def do_rewrite_mentions(old: Identity, new: Identity, now: datetime) -> dict[str, int]:
    fix = replacer(old, new)
    return {"posts_rewritten": _rewrite_posts(fix, old, now),
            "revisions_rewritten": _rewrite_revisions(fix, old),
            "titles_rewritten": _rewrite_titles(fix, old),
            "pages_rewritten": _rewrite_wiki(fix, old)}


def _rewrite_posts(fix: Callable[[str], str], old: Identity, now: datetime) -> int:
    changed = 0
    for post in list(db.session.scalars(select(Post).where(_mentions_any(Post.source, old)))):
        source = fix(post.source)
        if source == post.source:
            continue
        post.source = source
        post.html = render(source, DatabaseResolver(), missing_page_hint=str(_l(
            "This page does not exist yet"))).html
        # The text did change, and edited_at is part of every process's cache key for the
        # post's HTML (forum.discussions.post_fragments): without it they would keep showing
        # the old name. No revision is kept: it would hold the name.
        post.edited_at = now
        changed += 1
        enqueue(*doc_ids_for_post(post))
        if post.deleted_at is None:
            publish.emit("post_edited", {"thread_id": post.thread_id,
                                         "post": post_payload(post)},
                         rooms.thread_room(post.thread_id))
    return changed


def _rewrite_revisions(fix: Callable[[str], str], old: Identity) -> int:
    changed = 0
    for revision in db.session.scalars(select(PostRevision).where(
            _mentions_any(PostRevision.source, old))):
        source = fix(revision.source)
        changed += source != revision.source
        revision.source = source
    return changed


def _rewrite_titles(fix: Callable[[str], str], old: Identity) -> int:
    changed = 0
    for thread in db.session.scalars(select(Thread).where(_mentions_any(Thread.title, old))):
        title = fix(thread.title)
        if title == thread.title:
            continue
        thread.title = title
        changed += 1
        # Every post document of the thread carries its title.
        enqueue(f"thread:{thread.id}", *(f"post:{i}" for i in db.session.scalars(
            select(Post.id).where(Post.thread_id == thread.id, Post.seq > 1))))
    return changed


def _rewrite_wiki(fix: Callable[[str], str], old: Identity) -> int:
    pages: set[int] = set()
    for revision in db.session.scalars(select(WikiRevision).where(or_(
            _mentions_any(WikiRevision.body, old), _mentions_any(WikiRevision.title, old),
            _mentions_any(WikiRevision.html, old)))):
        revision.title, revision.body = fix(revision.title), fix(revision.body)
        revision.html = fix(revision.html)
        pages.add(revision.page_id)
    # Boundary content (contacts in "ask us" included) is JSON: rewrite it as text.
    for revision in db.session.scalars(select(WikiRevision).where(
            WikiRevision.content.is_not(None))):
        dumped = json.dumps(revision.content, ensure_ascii=False)
        fixed = fix(dumped)
        if fixed != dumped:
            revision.content = json.loads(fixed)
            pages.add(revision.page_id)
    for statement in db.session.scalars(select(WikiStatement).where(
            _mentions_any(WikiStatement.text, old))):
        statement.text, statement.html = fix(statement.text), fix(statement.html)
        enqueue(f"statement:{statement.id}")
    enqueue(*(f"page:{page_id}" for page_id in sorted(pages)))
    return len(pages)


def do_remove_posts(actor: User, target: User, now: datetime) -> int:
    """Delete every remaining post of the erased person, as a moderator's delete does."""
    posts = list(db.session.scalars(select(Post).where(
        Post.author_id == target.id, Post.deleted_at.is_(None))))
    for post in posts:
        post.deleted_at, post.deleted_by_id = now, actor.id
        enqueue(*doc_ids_for_post(post))
        publish.emit("post_deleted", {"thread_id": post.thread_id, "post": post_payload(post)},
                     rooms.thread_room(post.thread_id))
    return len(posts)
