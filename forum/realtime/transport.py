"""The one place that talks to Flask-SocketIO's server to send or close."""

from __future__ import annotations

from dataclasses import asdict

from forum.extensions import socketio
from forum.realtime.fanout import apply_locally
from forum.realtime.publish import Event


def send(ev: Event) -> None:
    if socketio.server is None:  # CLI commands run without a socket server
        return
    if ev.kind == "emit" and not ev.skip_room:
        # A plain room emit: the library's own message reaches every process.
        socketio.emit(ev.name, ev.payload, to=ev.room)
        return
    # Closing, leaving rooms and "this room minus that one" must be worked out in each
    # process against its own connections (see fanout.py).
    message = as_message(ev)
    manager = socketio.server.manager
    if hasattr(manager, "forum_send"):
        manager.forum_send(message)
    else:  # one process (no message queue): its connections are all there are
        apply_locally(socketio.server, message)


def as_message(ev: Event) -> dict:
    return asdict(ev)


def let_senders_run() -> None:
    """Under gevent an emit only queues the frames; each connection's writer greenlet sends
    them when the current greenlet next waits. Yielding here puts the broadcast before the
    rest of the request (the sender's ack, the teardown) instead of after it."""
    if socketio.server is not None:
        socketio.sleep(0)
