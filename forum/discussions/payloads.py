"""The small documented dicts sent to sockets and JSON clients (see docs/realtime.md)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from flask import current_app, has_request_context
from flask_babel import force_locale
from markupsafe import Markup

from forum.accounts.models import User
from forum.accounts.payloads import person
from forum.discussions import access
from forum.discussions.models import Post, Thread
from forum.text.i18n import _l


def reactions_of(post: Post) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = defaultdict(list)
    for reaction in sorted(post.reactions, key=lambda r: r.id or 0):
        grouped[reaction.kind].append(reaction.user_id)
    return dict(grouped)


def hidden_placeholder(for_room: bool) -> str:
    """The text a hidden post shows others. A room holds readers of both languages, so a
    broadcast carries the site's default language; a reader's own answer carries theirs."""
    if for_room and has_request_context():
        with force_locale(current_app.config["DEFAULT_LANGUAGE"]):
            return hidden_placeholder(False)
    return str(Markup('<p class="post-hidden">{}</p>').format(_l("Hidden pending review.")))


def post_payload(post: Post, thread: Thread | None = None, *,
                 reader: User | None = None) -> dict[str, Any]:
    """The dict for one reader (or, with `reader` None, for the thread's whole room): deleted
    posts carry no text; a post hidden pending review carries a placeholder instead, unless
    the reader is its author or a moderator."""
    thread = thread or post.thread
    deleted = post.deleted_at is not None
    if not deleted and access.is_hidden_from(reader, post):
        return {**_payload(post, thread, deleted), "html": hidden_placeholder(reader is None),
                "source": None, "reactions": {}, "hidden": True}
    return {**_payload(post, thread, deleted), "hidden": post.hidden_at is not None}


def _payload(post: Post, thread: Thread, deleted: bool) -> dict[str, Any]:
    return {
        "id": post.id,
        "thread_id": post.thread_id,
        "seq": post.seq,
        "author": person(post.author),
        "html": "" if deleted else post.html,
        "source": None if deleted else post.source,  # for quote-reply and edits
        "created_at": post.created_at.isoformat(),
        "edited_at": post.edited_at.isoformat() if post.edited_at else None,
        "edit_count": post.edit_count,
        "deleted": deleted,
        "reactions": {} if deleted else reactions_of(post),
        "client_id": post.client_id,
        "is_answer": thread.solution_post_id == post.id,
    }


def activity_payload(thread: Thread, author: User) -> dict[str, Any]:
    return {"thread_id": thread.id, "space_id": thread.space_id, "title": thread.title,
            "last_seq": thread.last_seq, "post_count": thread.post_count,
            "last_post_at": thread.last_post_at.isoformat(),
            "author": person(author)}
