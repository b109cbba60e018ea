"""`forum serve` (the embedded layout) is gevent's server and stops cleanly: on SIGTERM or
SIGINT the listening socket closes, connected Socket.IO clients are disconnected, requests
being served finish, the indexer child stops, and the process exits with 0 and no traceback."""

from __future__ import annotations

import signal
import socket
import threading
import time

import pytest
import requests

from forum.demo.loader import DEMO_PASSWORD
from tests.live_server import start_server
from tests.polling import wait_until
from tests.realtime.helpers import demo_email, http_login, socket_client
from tests.realtime.test_child_indexer import indexer_children, is_running


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_forum_serve_stops_cleanly(tmp_path, signum):
    server = start_server(tmp_path, demo=True, FORUM_LOG_LEVEL="INFO")
    log = tmp_path / "server.log"
    try:
        assert "(gevent, Socket.IO gevent mode)" in log.read_text()
        assert "development server" not in log.read_text().lower()
        children = wait_until(lambda: indexer_children(server.process.pid), 10)
        assert children is not None and len(children) == 1
        session = http_login(server.url, demo_email("sara.malmberg"), DEMO_PASSWORD)
        client = socket_client(server.url, session)
        assert client.connected
        disconnected = threading.Event()
        client.on("disconnect", lambda *args: disconnected.set())

        # A request in flight: its body arrives only after the signal. It is answered in full.
        slow = socket.create_connection(("127.0.0.1", int(server.url.rsplit(":", 1)[1])))
        body = b"email=nobody%40example.org&password=wrong-password"
        slow.sendall(b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Type: application/x-www-form-urlencoded\r\n"
                     b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body[:10])
        # Page requests keep coming while the signal arrives: each one is answered in full
        # (200), refused (the listening socket is closed), or, on a kept-alive connection
        # the server closes while idle, not read at all (clients retry those); never cut
        # off halfway.
        outcomes: list[str] = []
        stop = threading.Event()

        def keep_asking() -> None:
            with requests.Session() as asker:
                asker.cookies.update(session.cookies)
                while not stop.is_set():
                    try:
                        response = asker.get(f"{server.url}/", timeout=10)
                        outcomes.append(f"{response.status_code}:{len(response.content)}")
                    except requests.ConnectionError as exc:
                        # "Connection aborted": closed before any answer began (requests
                        # says "Connection broken" for an answer cut off halfway).
                        unread = "refused" in str(exc).lower() or \
                            "Connection aborted" in str(exc)
                        outcomes.append("unread" if unread else f"broken: {exc}")
                        return

        askers = [threading.Thread(target=keep_asking) for _ in range(3)]
        for asker in askers:
            asker.start()
        wait_until(lambda: len(outcomes) >= 3, 10)
        started = time.monotonic()
        server.process.send_signal(signum)
        time.sleep(1.0)
        assert server.process.poll() is None  # waiting for the slow request
        slow.sendall(body[10:])
        answer = b""
        while chunk := slow.recv(65536):
            answer += chunk
        slow.close()
        code = server.process.wait(timeout=20)
        took = time.monotonic() - started
        stop.set()
        for asker in askers:
            asker.join(timeout=15)

        assert code == 0
        text = log.read_text()
        assert "Traceback" not in text and "Error" not in text, text[-3000:]
        assert "Stopped." in text
        # Nothing was cut off after the grace period: every request in flight finished.
        assert "still running" not in text, text[-3000:]
        assert took < 20, took
        assert disconnected.wait(5)
        # The app's whole answer (no CSRF token: refused with its 400 page), then the close.
        head, _, page = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400") and b"Connection: close" in head, head
        length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
        assert len(page) == length and page.rstrip().endswith(b"</html>")
        answered = [o for o in outcomes if o != "unread"]
        assert answered and all(o.startswith("200:") for o in answered), \
            [o for o in outcomes if not o.startswith("200:")]
        assert wait_until(lambda: not any(is_running(pid) for pid in children), 10)
        client.disconnect()
        session.close()
    finally:
        if server.process.poll() is None:
            server.process.kill()
            server.process.wait(timeout=10)
