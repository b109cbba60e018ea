"""The production server for FORUM_ASYNC_MODE=gevent: gevent's WSGI server with WebSockets
through simple-websocket (gevent-websocket is unmaintained and not used)."""

from __future__ import annotations

import socket

from flask import Flask


def serve(app: Flask, host: str, port: int) -> None:
    from gevent import pywsgi

    class NoDelayHandler(pywsgi.WSGIHandler):
        """Without TCP_NODELAY, Nagle's algorithm and delayed ACKs make every response on a
        kept-alive connection wait about 40 ms."""

        def __init__(self, sock, address, server, rfile=None):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().__init__(sock, address, server, rfile)

    server = pywsgi.WSGIServer((host, port), app, handler_class=NoDelayHandler, log=None)
    server.serve_forever()
