"""The small documented dicts sent to sockets and JSON clients (see docs/realtime.md)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from forum.accounts.models import User
from forum.discussions.models import Post, Thread


def person(user: User) -> dict[str, Any]:
    return {"id": user.id, "name": user.display_name, "org": user.organization.short_name}


def reactions_of(post: Post) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = defaultdict(list)
    for reaction in sorted(post.reactions, key=lambda r: r.id or 0):
        grouped[reaction.kind].append(reaction.user_id)
    return dict(grouped)


def post_payload(post: Post, thread: Thread | None = None) -> dict[str, Any]:
    """The same dict for every reader of the thread: deleted posts carry no text."""
    thread = thread or post.thread
    deleted = post.deleted_at is not None
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
