"""The production server, for both layouts: gevent's WSGI server with WebSockets through
simple-websocket (gevent-websocket is unmaintained and not used). `forum serve` runs it by
default (forum/cli.py patches the standard library with gevent's before anything else is
imported); `forum serve --dev` runs Werkzeug's development server instead.

Stopping (SIGTERM or SIGINT) is orderly: the listening socket closes at once, every
Socket.IO connection is closed (the clients reconnect to whichever server answers next),
requests already being served finish (up to GRACE_SECONDS), each answered with
"Connection: close", idle kept-alive connections are
dropped, and `serve` returns so the caller can stop the indexer child and exit with 0.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask

log = logging.getLogger(__name__)
#: How long requests already being served get to finish after SIGTERM/SIGINT.
GRACE_SECONDS = 10.0
#: The most connections served at once (WebSockets included); more wait to be accepted.
MAX_CONNECTIONS = 10_000


class InFlight:
    """WSGI middleware counting the requests being served (a WebSocket counts until it
    closes), so shutting down can wait for exactly those and not for idle keep-alives."""

    def __init__(self, app: Callable) -> None:
        from gevent.event import Event

        self.app = app
        self.count = 0
        self.idle = Event()
        self.idle.set()

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        self.count += 1
        self.idle.clear()
        try:
            body = self.app(environ, start_response)
            try:
                yield from body  # a streamed body is in flight until it is sent
            finally:
                close = getattr(body, "close", None)
                if close is not None:
                    close()
        finally:
            self.count -= 1
            if self.count == 0:
                self.idle.set()


def serve(app: Flask, host: str, port: int, grace: float = GRACE_SECONDS) -> None:
    """Serve until SIGTERM or SIGINT, then stop as the module says and return."""
    import signal

    import gevent
    from gevent import pywsgi
    from gevent.event import Event
    from gevent.pool import Pool

    class NoDelayHandler(pywsgi.WSGIHandler):
        """Without TCP_NODELAY, Nagle's algorithm and delayed ACKs make every response on a
        kept-alive connection wait about 40 ms."""

        def __init__(self, sock, address, server, rfile=None):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().__init__(sock, address, server, rfile)

        def start_response(self, status, headers, exc_info=None):
            if stopping.is_set() and not status.startswith("101"):
                # Stopping: this answer is the connection's last (the client will not send
                # another request on it that nobody would read).
                headers = [*[(k, v) for k, v in headers if k.lower() != "connection"],
                           ("Connection", "close")]
            return super().start_response(status, headers, exc_info)

    stopping = Event()
    inflight = InFlight(app)
    server = pywsgi.WSGIServer((host, port), inflight, handler_class=NoDelayHandler,
                               log=None, spawn=Pool(MAX_CONNECTIONS))
    for signum in (signal.SIGTERM, signal.SIGINT):
        gevent.signal_handler(signum, stopping.set)
    server.start()
    stopping.wait()
    shut_down(server, inflight, grace)


def shut_down(server: Any, inflight: InFlight, grace: float) -> None:
    from forum.extensions import socketio

    log.info("stopping: %s requests in flight", inflight.count)
    server.close()  # no new connections
    eio = getattr(socketio.server, "eio", None)
    if eio is not None:
        import gevent

        # Every Socket.IO client, each told so (they reconnect elsewhere). Closing waits for
        # each connection's writer to send the close; a dead peer must not hold the stop.
        closing = gevent.spawn(eio.disconnect)
        closing.join(timeout=grace)
        if not closing.ready():
            closing.kill(block=False)
            log.warning("stopping: Socket.IO connections did not close in %.0f s", grace)
    log.info("stopping: Socket.IO clients disconnected, %s requests in flight", inflight.count)
    if not inflight.idle.wait(timeout=grace):
        log.warning("stopping: %s requests still running after %.0f s, cut off",
                    inflight.count, grace)
    server.pool.kill(block=True, timeout=1)  # idle kept-alive connections
    log.info("stopped serving")
