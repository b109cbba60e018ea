"""The bare-broadcast baseline: a tiny Flask-SocketIO app with no database, no login, no
rendering. A client sends `bcast` with a payload; the server emits it as `post_created` to
everyone in the room and acks. Same library versions, same async mode, same Socket.IO options
and the same server construction as `forum serve`:

- threading: socketio.run(..., allow_unsafe_werkzeug=True) as forum/cli.py does;
- gevent: monkey.patch_all() first, then gevent's pywsgi.WSGIServer with the TCP_NODELAY
  handler copied from forum/realtime/gevent_server.py.

    .venv/bin/python bench/baseline_app.py --mode gevent --port 5055

The forum cannot get an extra event without editing forum/, so the baseline lives here.
"""

from __future__ import annotations

import argparse
import sys


def build(mode: str):
    from flask import Flask
    from flask_socketio import SocketIO, join_room

    app = Flask(__name__)
    socketio = SocketIO(app, async_mode=mode, cors_allowed_origins="*", manage_session=False,
                        logger=False, engineio_logger=False, ping_interval=20,
                        ping_timeout=20, max_http_buffer_size=256 * 1024)

    @app.get("/healthz")
    def healthz():
        return "ok"

    @socketio.on("connect")
    def connect(auth=None):
        return True

    @socketio.on("join")
    def join(_data=None):
        join_room("thread:1")
        return {"ok": True}

    @socketio.on("bcast")
    def bcast(data):
        socketio.emit("post_created", data, to="thread:1")
        return {"ok": True}

    return app, socketio


def serve_gevent(app, host: str, port: int) -> None:
    """A copy of forum/realtime/gevent_server.serve (kept identical on purpose)."""
    import socket

    from gevent import pywsgi

    class NoDelayHandler(pywsgi.WSGIHandler):
        def __init__(self, sock, address, server, rfile=None):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().__init__(sock, address, server, rfile)

    server = pywsgi.WSGIServer((host, port), app, handler_class=NoDelayHandler, log=None)
    server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=("threading", "gevent"), required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    if args.mode == "gevent":
        from gevent import monkey

        monkey.patch_all()
    app, socketio = build(args.mode)
    print(f"baseline on 127.0.0.1:{args.port} ({args.mode})", file=sys.stderr, flush=True)
    if args.mode == "gevent":
        serve_gevent(app, "127.0.0.1", args.port)
    else:
        socketio.run(app, host="127.0.0.1", port=args.port, debug=False, use_reloader=False,
                     allow_unsafe_werkzeug=True, log_output=False)


if __name__ == "__main__":
    main()
