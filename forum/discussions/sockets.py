"""Socket events for threads (see docs/realtime.md). Adapters of a few lines each."""

from __future__ import annotations

from flask import request
from flask_socketio import join_room, leave_room

from forum.accounts.payloads import person
from forum.discussions import access, entrypoints
from forum.discussions.payloads import post_payload
from forum.extensions import socketio
from forum.realtime import limits, presence, rooms
from forum.realtime.handlers import REGISTRY, event

OPTIONAL_BOOL = (bool, type(None))


EVENTS = ("join_thread", "catch_up", "leave_thread", "send_post", "typing", "mark_read")


def register() -> None:
    """Attach the handlers to the Socket.IO server of the app being set up: @event attaches
    them only on first import, and an app created later in the same process (tests make one
    per test) has a new server (as forum.wiki.sockets.register does)."""
    for name in EVENTS:
        socketio.on_event(name, REGISTRY[name])


@event("join_thread", {"thread_id": int, "after_seq": int})
def join_thread(user, thread_id: int, after_seq: int) -> dict:
    # Join first, read second: a post committed in between then arrives both ways (the
    # client drops the copy by seq) instead of neither.
    thread = access.thread_for_reader(user, thread_id)
    join_room(rooms.thread_room(thread.id))
    thread, posts, has_more = entrypoints.catch_up(user, thread_id, after_seq)
    presence.enter(thread.id, request.sid, person(user))
    _broadcast_presence(thread.id)
    return {"posts": [post_payload(p, thread, reader=user) for p in posts],
            "last_seq": thread.last_seq,
            "has_more": has_more, "present": presence.present(thread.id)}


@event("catch_up", {"thread_id": int, "after_seq": int})
def catch_up(user, thread_id: int, after_seq: int) -> dict:
    thread, posts, has_more = entrypoints.catch_up(user, thread_id, after_seq)
    return {"posts": [post_payload(p, thread, reader=user) for p in posts],
            "last_seq": thread.last_seq,
            "has_more": has_more}


@event("leave_thread", {"thread_id": int})
def leave_thread(user, thread_id: int) -> dict:
    leave_room(rooms.thread_room(thread_id))
    presence.leave(thread_id, request.sid)
    _broadcast_presence(thread_id)
    return {}


@event("send_post", {"thread_id": int, "client_id": str, "body": str,
                     "confirm_privacy": OPTIONAL_BOOL}, limit=limits.POST_LIMIT)
def send_post(user, thread_id: int, client_id: str, body: str,
              confirm_privacy: bool | None) -> dict:
    post, duplicate = entrypoints.submit_post(user, thread_id, body, client_id,
                                              bool(confirm_privacy))
    return {"post": post_payload(post, reader=user), "duplicate": duplicate}


@event("typing", {"thread_id": int})
def typing(user, thread_id: int) -> dict:
    thread = access.thread_for_reader(user, thread_id)
    if access.can_post_in(user, thread.space) and limits.allow(limits.TYPING_LIMIT, "typing",
                                                                 user.id, thread.id):
        socketio.emit("typing", {"thread_id": thread.id, "user": person(user)},
                      to=rooms.thread_room(thread.id), skip_sid=request.sid)
    return {}


@event("mark_read", {"thread_id": int, "seq": int})
def mark_read(user, thread_id: int, seq: int) -> dict:
    return {"unread": entrypoints.mark_read(user, thread_id, seq)}


def space_rooms(user) -> list[str]:
    """The room of every space the user may read (joined on connect)."""
    return [rooms.space_room(space_id) for space_id in access.readable_space_ids(user)]


def on_disconnect(*_args) -> None:
    for thread_id in presence.leave_all(request.sid):
        _broadcast_presence(thread_id)


def _broadcast_presence(thread_id: int) -> None:
    socketio.emit("presence", {"thread_id": thread_id, "present": presence.present(thread_id)},
                  to=rooms.thread_room(thread_id))
