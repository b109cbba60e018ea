"""Small changes around posts: reactions, the marked answer, read position, following."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import bindparam, delete, select

from forum.accounts import access as account_access
from forum.accounts.models import User
from forum.discussions import access, hooks
from forum.discussions.actions import emit_thread_changed
from forum.discussions.models import (
    REACTIONS,
    Follow,
    FollowLevel,
    Post,
    Reaction,
    ReadState,
    Space,
    Thread,
)
from forum.discussions.payloads import reactions_of
from forum.errors import NotFound, PermissionDenied, ValidationError
from forum.extensions import db
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.rollups import track as insights_track
from forum.text.i18n import _l


def check_reaction(actor: User, post: Post, kind: str | None) -> str:
    if kind not in REACTIONS:
        raise ValidationError(field_errors={"kind": str(_l("Unknown reaction."))})
    if access.is_hidden_from(actor, post):
        raise NotFound()
    if post.deleted_at is not None or not access.can_post_in(actor, post.thread.space):
        raise PermissionDenied(str(_l("You cannot react here.")))
    return kind


def do_toggle_reaction(actor: User, post: Post, kind: str) -> bool:
    """Add the reaction, or take it back if it was there. Returns whether it is on now."""
    existing = db.session.scalar(select(Reaction).where(
        Reaction.post_id == post.id, Reaction.user_id == actor.id, Reaction.kind == kind))
    if existing is not None:
        post.reactions.remove(existing)
    else:
        post.reactions.append(Reaction(user_id=actor.id, kind=kind))
    db.session.flush()
    publish.emit("reactions_changed", {"thread_id": post.thread_id, "post_id": post.id,
                                       "seq": post.seq, "reactions": reactions_of(post)},
                 rooms.thread_room(post.thread_id))
    return existing is None


def check_mark_solution(actor: User, thread: Thread, post_id: int | None) -> Post | None:
    if not access.can_mark_solution(actor, thread) or not account_access.can_write(actor):
        raise PermissionDenied(str(_l("Only the one who asked can mark the answer.")))
    if post_id is None:
        return None
    post = db.session.get(Post, post_id)
    if post is None or post.thread_id != thread.id or post.deleted_at is not None:
        raise ValidationError(field_errors={"post_id": str(_l("That post is not here."))})
    return post


def do_mark_solution(actor: User, thread: Thread, post: Post | None, now: datetime) -> None:
    thread.solution_post_id = post.id if post else None
    db.session.flush()
    if post is not None and post.author_id != actor.id:
        hooks.notify_answer(thread, post, actor, now)
    emit_thread_changed(thread)


_READ_STATE = select(ReadState).where(ReadState.user_id == bindparam("user_id"),
                                     ReadState.thread_id == bindparam("thread_id"))


def do_mark_read(user: User, thread: Thread, seq: int, now: datetime) -> int:
    """Move the user's read position forward (never back). Returns the unread count."""
    seq = max(0, min(int(seq), thread.last_seq))
    state = db.session.execute(_READ_STATE, {"user_id": user.id, "thread_id": thread.id}
                               ).scalar()
    if state is None:
        state = ReadState(user_id=user.id, thread_id=thread.id, last_read_seq=0)
        db.session.add(state)
    if seq > 0:
        insights_track.thread_read(user, thread.id, now)
    if seq > state.last_read_seq:
        state.last_read_seq = seq
        state.updated_at = now
        publish.emit("read_state", {"thread_id": thread.id, "last_read_seq": seq,
                                    "unread": thread.last_seq - seq},
                     rooms.user_room(user.id))
    return thread.last_seq - state.last_read_seq


def check_follow_level(level: str | None) -> FollowLevel:
    try:
        return FollowLevel(level)
    except ValueError as exc:
        raise ValidationError(field_errors={"level": str(_l("Choose watch, normal or mute."))}
                              ) from exc


def do_set_follow(user: User, level: FollowLevel, *, thread: Thread | None = None,
                  space: Space | None = None) -> None:
    """Normal is the default, so it is stored as the absence of a row."""
    where = (Follow.thread_id == thread.id) if thread else (Follow.space_id == space.id)
    db.session.execute(delete(Follow).where(Follow.user_id == user.id, where))
    if level != FollowLevel.NORMAL:
        db.session.add(Follow(user_id=user.id, level=level,
                              thread_id=thread.id if thread else None,
                              space_id=space.id if space else None))
    db.session.flush()


class ReaderState(NamedTuple):
    last_read_seq: int
    level: FollowLevel


def _follow_level_where(scope):
    return select(Follow.level).where(Follow.user_id == bindparam("user_id"), scope)


# Built once: the thread page runs it on every view.
_READER_STATE = select(
    select(ReadState.last_read_seq).where(ReadState.user_id == bindparam("user_id"),
                                          ReadState.thread_id == bindparam("thread_id"))
    .scalar_subquery(),
    _follow_level_where(Follow.thread_id == bindparam("thread_id")).scalar_subquery(),
    _follow_level_where(Follow.space_id == bindparam("space_id")).scalar_subquery())


def reader_state(user: User, thread: Thread) -> ReaderState:
    """Where the user has read to in the thread, and the follow level that applies (the
    thread's over the space's; normal is the absence of a row): one query for the page."""
    last_read, on_thread, on_space = db.session.execute(_READER_STATE, {
        "user_id": user.id, "thread_id": thread.id, "space_id": thread.space_id}).one()
    return ReaderState(last_read or 0, on_thread or on_space or FollowLevel.NORMAL)


_FOLLOW_LEVELS = select(Follow.user_id, Follow.thread_id, Follow.level).where(
    (Follow.thread_id == bindparam("thread_id")) | (Follow.space_id == bindparam("space_id")))


def follow_levels(thread: Thread) -> dict[int, FollowLevel]:
    """The level that applies to this thread for everyone who set one: their thread level,
    else their space level (normal is the absence of a row, so it never appears). Read on
    every post (for notifications): the statement is built once."""
    rows = db.session.execute(_FOLLOW_LEVELS, {"thread_id": thread.id,
                                               "space_id": thread.space_id})
    on_thread: dict[int, FollowLevel] = {}
    on_space: dict[int, FollowLevel] = {}
    for user_id, thread_id, level in rows:
        (on_thread if thread_id is not None else on_space)[user_id] = level
    return on_space | on_thread
