"""Socket.IO server setup and the connect handshake: a login session and an allowed Origin."""

from __future__ import annotations

import logging

from flask import Flask, current_app, request
from flask_login import current_user
from flask_socketio import ConnectionRefusedError, join_room

from forum.accounts.sessions import session_id_of
from forum.extensions import socketio
from forum.realtime import rooms
from forum.realtime.fanout import ForumRedisManager

log = logging.getLogger(__name__)
#: Engine.IO closes a connection whose message is larger than this. Above the events' own
#: limit (handlers.MAX_EVENT_BYTES), so an event a little too large gets a failed ack and the
#: connection stays usable; only a grossly oversized one (4x) is cut off.
TRANSPORT_MAX_BYTES = 1024 * 1024


def init_socketio(app: Flask) -> None:
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
    socketio.on_event("connect", on_connect)
    from forum.discussions import sockets as discussion_sockets

    discussion_sockets.register()
    from forum.wiki import sockets as wiki_sockets

    wiki_sockets.register()
    from forum.pbl import sockets as pbl_sockets

    pbl_sockets.register()
    socketio.on_event("disconnect", discussion_sockets.on_disconnect)


def on_connect(auth=None):
    """Refuse anonymous and revoked sessions; join the user's own rooms."""
    if not current_user.is_authenticated or not current_user.active:
        raise ConnectionRefusedError("login required")
    origin = request.headers.get("Origin")
    if origin and origin.rstrip("/") not in current_app.config["ALLOWED_ORIGINS"]:
        raise ConnectionRefusedError("origin not allowed")
    join_room(rooms.user_room(current_user.id))
    sid = session_id_of(current_user)
    if sid is not None:
        join_room(rooms.session_room(sid))
    from forum.discussions.access import readable_space_ids
    from forum.extensions import db

    for space_id in readable_space_ids(current_user):
        join_room(rooms.space_room(space_id))
    db.session.rollback()  # end the read transaction opened by the checks
    return True
