"""Whole operations with their transaction, shared by the HTTP views, the JSON API and the
socket handlers, so every adapter behaves the same (including retries and duplicates)."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from forum.accounts.models import User
from forum.db import unit_of_work, utcnow
from forum.discussions import access, actions, queries
from forum.discussions.models import Post, Space, Thread


def submit_post(actor: User, thread_id: int, body: str | None, client_id: str | None,
                confirm_privacy: bool = False) -> tuple[Post, bool]:
    """Store a post; returns (post, duplicate). A retried client_id returns the first copy."""
    try:
        with unit_of_work(keep_loaded=True):  # callers answer with the post's payload
            thread = access.thread_for_reader(actor, thread_id)
            result = actions.check_new_post(actor, thread, body, client_id,
                                            confirm_privacy=confirm_privacy)
            if isinstance(result, Post):
                return result, True
            post = actions.do_create_post(actor, thread, result, utcnow())
    except IntegrityError:
        # Two sends with one client_id raced; the other one won. Return its post.
        existing = actions.find_duplicate(actor, actions.check_client_id(client_id))
        if existing is None:
            raise
        return existing, True
    return post, False


def start_thread(actor: User, space: Space, form: dict) -> Thread:
    with unit_of_work():
        data = actions.check_new_thread(
            actor, space, form.get("title"), form.get("body"), form.get("question_org_id"),
            form.get("client_id"), confirm_privacy=bool(form.get("confirm_privacy")))
        thread, _ = actions.do_create_thread(actor, space, data, utcnow())
    return thread


def catch_up(actor: User, thread_id: int, after_seq: int) -> tuple[Thread, list[Post], bool]:
    with unit_of_work():  # a read; ending its transaction lets SQLite writers go on
        thread = access.thread_for_reader(actor, thread_id)
        posts = queries.posts_after(thread, max(0, after_seq), queries.CATCH_UP_LIMIT + 1)
        has_more = len(posts) > queries.CATCH_UP_LIMIT
    return thread, posts[:queries.CATCH_UP_LIMIT], has_more


def mark_read(actor: User, thread_id: int, seq: int) -> int:
    with unit_of_work():
        thread = access.thread_for_reader(actor, thread_id)
        from forum.discussions.state_actions import do_mark_read

        return do_mark_read(actor, thread, seq, utcnow())
