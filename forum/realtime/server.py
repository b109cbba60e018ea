"""Socket.IO server setup and the connect handshake: a login session and an allowed Origin.

The features' socket handlers and the rooms a user joins on connect are handed in by
create_app (forum/app.py): realtime sits below the features and imports none of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from types import ModuleType

from flask import Flask, current_app, request
from flask_login import current_user
from flask_socketio import ConnectionRefusedError, join_room

from forum.extensions import db, socketio
from forum.realtime import rooms
from forum.realtime.fanout import ForumRedisManager

log = logging.getLogger(__name__)
#: Engine.IO closes a connection whose message is larger than this. Above the events' own
#: limit (handlers.MAX_EVENT_BYTES), so an event a little too large gets a failed ack and the
#: connection stays usable; only a grossly oversized one (4x) is cut off.
TRANSPORT_MAX_BYTES = 1024 * 1024

# Given the connecting user, the rooms (besides the user's own) to join, in order.
_connect_rooms: list[Callable[[object], Iterable[str]]] = []


def init_socketio(app: Flask, *, features: Iterable[ModuleType],
                  connect_rooms: Iterable[Callable[[object], Iterable[str]]],
                  on_disconnect: Callable) -> None:
    """`features`: modules whose register() adds their socket events; `connect_rooms`: what
    a connecting user joins after their own room; `on_disconnect`: the disconnect handler."""
    # async_mode is always explicit: threading for the embedded server, gevent in production
    # (chosen by the fan-out benchmark in bench/). eventlet is unmaintained and never used.
    queue = {}
    if app.config["REDIS_URL"]:
        # Our subclass of the library's Redis manager: it also carries "close these
        # connections" and "this room minus that one" to every process (fanout.py).
        queue = {"message_queue": app.config["REDIS_URL"],
                 "client_manager": ForumRedisManager(app.config["REDIS_URL"],
                                                     channel="flask-socketio")}
    socketio.init_app(
        app,
        async_mode=app.config["ASYNC_MODE"],
        **queue,
        # Origin is checked by Engine.IO before our handler runs; the list comes from settings.
        cors_allowed_origins=app.config["ALLOWED_ORIGINS"],
        manage_session=False,  # read the Flask session cookie, never write it from a socket
        logger=False, engineio_logger=False,
        ping_interval=20, ping_timeout=20,
        max_http_buffer_size=TRANSPORT_MAX_BYTES,
    )
    _connect_rooms[:] = connect_rooms
    socketio.on_event("connect", on_connect)
    for feature in features:
        feature.register()
    socketio.on_event("disconnect", on_disconnect)


def on_connect(auth=None):
    """Refuse anonymous and revoked sessions; join the user's own rooms."""
    if not current_user.is_authenticated or not current_user.active:
        raise ConnectionRefusedError("login required")
    origin = request.headers.get("Origin")
    if origin and origin.rstrip("/") not in current_app.config["ALLOWED_ORIGINS"]:
        raise ConnectionRefusedError("origin not allowed")
    join_room(rooms.user_room(current_user.id))
    for rooms_of in _connect_rooms:
        for room in rooms_of(current_user):
            join_room(room)
    db.session.rollback()  # end the read transaction opened by the checks
    return True
