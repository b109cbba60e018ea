"""The one place that talks to Flask-SocketIO's server to send or close."""

from __future__ import annotations

from forum.extensions import socketio
from forum.realtime.publish import Event


def send(ev: Event) -> None:
    if socketio.server is None:  # CLI commands run without a socket server
        return
    if ev.kind == "disconnect":
        _close_room(ev)
        return
    if ev.kind in ("revoke", "revoke_user"):
        _leave_rooms(ev)
        return
    socketio.emit(ev.name, ev.payload, to=ev.room, skip_sid=_sids_in(ev.skip_room))


def let_senders_run() -> None:
    """Under gevent an emit only queues the frames; each connection's writer greenlet sends
    them when the current greenlet next waits. Yielding here puts the broadcast before the
    rest of the request (the sender's ack, the teardown) instead of after it."""
    if socketio.server is not None:
        socketio.sleep(0)


class _SidList(list):
    """python-socketio takes skip_sid as a list and asks `sid in skip_sid` for every
    recipient; answering from a set keeps a broadcast linear in the room's size (a space room
    of 1,000 minus a thread room of 200 would otherwise be 200,000 string comparisons)."""

    def __init__(self, sids: list[str]) -> None:
        super().__init__(sids)
        self._members = frozenset(sids)

    def __contains__(self, sid: object) -> bool:
        return sid in self._members


def _sids_in(room: str | None) -> list[str] | None:
    """This process's connections in a room (with a Redis queue, other processes' connections
    in it are not skipped: they get a redundant event, never a missing one)."""
    if not room:
        return None
    sids = [sid for sid, _ in socketio.server.manager.get_participants("/", room)]
    return _SidList(sids) if sids else None


def _close_room(ev: Event) -> None:
    """Tell the clients why, then close every connection in the room in this process.

    With a Redis message queue the notice reaches all processes; each socket handler also
    re-validates the login session, so a connection elsewhere can do nothing meanwhile.
    """
    manager = socketio.server.manager
    keep = set()
    if ev.skip_room:
        keep = {sid for sid, _ in manager.get_participants("/", ev.skip_room)}
    targets = [sid for sid, _ in manager.get_participants("/", ev.room) if sid not in keep]
    for sid in targets:
        socketio.emit(ev.name, ev.payload, to=sid)
        socketio.server.disconnect(sid, namespace="/")


def _leave_rooms(ev: Event) -> None:
    """Remove connections from rooms they may no longer be in (this process's connections;
    with Redis, each process receives the notice through the queue and clients re-join)."""
    manager = socketio.server.manager
    targets = [sid for sid, _ in manager.get_participants("/", ev.room)]
    room_names = ev.payload.get("rooms") or [ev.room]
    for sid in targets:
        for room in room_names:
            socketio.server.leave_room(sid, room, namespace="/")
        socketio.emit(ev.name, {"space_id": ev.payload["space_id"]}, to=sid)
