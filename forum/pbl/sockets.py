"""Socket events for the PBL session room (see docs/realtime.md). Adapters of a few lines.

The room is joined only through `join_pbl_session`, which checks membership (a non-member
gets the same "not found" as for a session that does not exist). Board writes go through
forum.pbl.entrypoints, the same path as the pages; their events reach the room after commit.
"""

from __future__ import annotations

from flask_socketio import join_room, leave_room

from forum.extensions import socketio
from forum.pbl import access, entrypoints
from forum.pbl.board import item_payload
from forum.realtime import rooms
from forum.realtime.handlers import REGISTRY, event

EVENTS = ("join_pbl_session", "leave_pbl_session", "pbl_board_state", "board_add",
          "board_edit", "board_move", "board_vote", "board_remove", "pbl_set_step")


def register() -> None:
    """Attach the handlers to the Socket.IO server of the app being set up (see wiki.sockets:
    an app created later in the same process gets a new server)."""
    for name in EVENTS:
        socketio.on_event(name, REGISTRY[name])


@event("join_pbl_session", {"session_id": int, "after_version": int})
def join_pbl_session(user, session_id: int, after_version: int) -> dict:
    # Join first, read second: a change committed in between arrives both ways (the client
    # ignores versions it already has) instead of neither.
    session = access.session_for_reader(user, session_id)
    join_room(rooms.pbl_session_room(session.id))
    return entrypoints.board_state(user, session_id, after_version)


@event("pbl_board_state", {"session_id": int, "after_version": int})
def pbl_board_state(user, session_id: int, after_version: int) -> dict:
    """Catch-up after a reconnect or a gap in versions."""
    return entrypoints.board_state(user, session_id, after_version)


@event("leave_pbl_session", {"session_id": int})
def leave_pbl_session(user, session_id: int) -> dict:
    leave_room(rooms.pbl_session_room(session_id))
    return {}


@event("board_add", {"session_id": int, "step": str, "text": str})
def board_add(user, session_id: int, step: str, text: str) -> dict:
    return {"item": item_payload(entrypoints.add_item(user, session_id, step, text))}


@event("board_edit", {"item_id": int, "text": str, "base_version": int})
def board_edit(user, item_id: int, text: str, base_version: int) -> dict:
    return {"item": item_payload(entrypoints.edit_item(user, item_id, text, base_version))}


@event("board_move", {"item_id": int, "step": str, "index": int, "base_version": int})
def board_move(user, item_id: int, step: str, index: int, base_version: int) -> dict:
    return {"item": item_payload(entrypoints.move_item(user, item_id, step, index,
                                                       base_version))}


@event("board_vote", {"item_id": int})
def board_vote(user, item_id: int) -> dict:
    return {"item": item_payload(entrypoints.toggle_vote(user, item_id))}


@event("board_remove", {"item_id": int})
def board_remove(user, item_id: int) -> dict:
    return {"item_id": entrypoints.remove_item(user, item_id)}


@event("pbl_set_step", {"session_id": int, "step": int})
def pbl_set_step(user, session_id: int, step: int) -> dict:
    return {"version": entrypoints.set_step(user, session_id, step)}
