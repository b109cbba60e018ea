"""Socket events for knowledge-base pages (see docs/knowledge-base.md). Adapters of a few lines.

A page's room is joined only through `join_page`, which checks access; "who is editing" is a
broadcast only (no server state), repeated by the editing client while the form is open.
"""

from __future__ import annotations

from flask import request
from flask_socketio import join_room, leave_room
from limits import parse

from forum.accounts.payloads import person
from forum.extensions import socketio
from forum.realtime import limits, rooms
from forum.realtime.handlers import REGISTRY, event
from forum.wiki import access

EDITING_LIMIT = parse("1/5 seconds")
EVENTS = ("join_page", "leave_page", "page_editing")


def register() -> None:
    """Attach the handlers to the Socket.IO server of the app being set up.

    @event attaches them once, when this module is first imported; an app created later in
    the same process (tests make one per test) gets a new server, so they are attached again
    here (the server keeps one handler per event name: attaching twice replaces).
    """
    for name in EVENTS:
        socketio.on_event(name, REGISTRY[name])


@event("join_page", {"page_id": int})
def join_page(user, page_id: int) -> dict:
    page = access.page_for_reader(user, page_id)
    join_room(rooms.page_room(page.id))
    return {"page_id": page.id, "revision_id": page.current_revision_id,
            "can_edit": access.can_edit_page(user, page)}


@event("leave_page", {"page_id": int})
def leave_page(user, page_id: int) -> dict:
    leave_room(rooms.page_room(page_id))
    return {}


@event("page_editing", {"page_id": int, "active": bool})
def page_editing(user, page_id: int, active: bool) -> dict:
    """"Y is editing" for the page's readers; only someone who may edit can say so."""
    page = access.page_for_reader(user, page_id)
    access.require_edit(user, page)
    if not active or limits.allow(EDITING_LIMIT, "page_editing", user.id, page.id):
        socketio.emit("page_editing", {"page_id": page.id, "user": person(user),
                                       "active": active},
                      to=rooms.page_room(page.id), skip_sid=request.sid)
    return {}
