"""Real HTTP sessions and Socket.IO clients against a live server."""

from __future__ import annotations

import re

import requests
import socketio

#: Every session http_login made; tests/realtime/conftest.py closes them after each test, so
#: no pooled connection is left for the garbage collector to report as an unclosed socket
#: in the middle of a later test (a closed requests.Session still works: it reconnects).
OPEN_SESSIONS: list[requests.Session] = []


def http_login(base_url: str, email: str, password: str) -> requests.Session:
    session = requests.Session()
    OPEN_SESSIONS.append(session)
    html = session.get(base_url + "/login", timeout=10).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    response = session.post(base_url + "/login", timeout=10, allow_redirects=False,
                            data={"csrf_token": token, "email": email, "password": password})
    assert response.status_code == 302, response.text[:300]
    return session


def csrf_token(session: requests.Session, base_url: str, page: str = "/") -> str:
    html = session.get(base_url + page, timeout=10).text
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def socket_client(base_url: str, session: requests.Session | None = None,
                  origin: str | None = None, transport: str = "websocket") -> socketio.Client:
    client = socketio.Client(http_session=session or requests.Session(),
                             reconnection=False, request_timeout=10)
    # The WebSocket client always sends the server's own address as Origin (a second one would
    # be appended), so a foreign Origin is tested over long-polling, where ours is the only one.
    headers = {"Origin": origin} if origin else {}
    client.connect(base_url, headers=headers, transports=[transport], wait_timeout=10)
    return client


class Recorder:
    """Collects the events a socket client receives, and waits for them."""

    def __init__(self, client: socketio.Client, names: tuple[str, ...]) -> None:
        import threading

        self.events: list[tuple[str, dict]] = []
        self._cond = threading.Condition()
        for name in names:
            client.on(name, self._handler(name))

    def _handler(self, name: str):
        def handle(data=None):
            with self._cond:
                self.events.append((name, data))
                self._cond.notify_all()
        return handle

    def of(self, name: str) -> list[dict]:
        with self._cond:
            return [data for n, data in self.events if n == name]

    def wait_for(self, name: str, count: int = 1, timeout: float = 5.0) -> list[dict]:
        with self._cond:
            self._cond.wait_for(lambda: len(self.of_unlocked(name)) >= count, timeout)
            return self.of_unlocked(name)

    def of_unlocked(self, name: str) -> list[dict]:
        return [data for n, data in self.events if n == name]


def thread_ids(session: requests.Session, base_url: str, space_slug: str) -> list[int]:
    html = session.get(f"{base_url}/s/{space_slug}", timeout=10).text
    return [int(x) for x in re.findall(r'data-thread-id="(\d+)"', html)]


def demo_email(username: str) -> str:
    from forum.demo.content.users import USERS

    return next(u["email"] for u in USERS if u["username"] == username)


def close_quickly(client: socketio.Client) -> None:
    """Close at once. websocket-client's close() waits up to 3 s for the server's closing
    handshake; tests that open many clients don't need that politeness."""
    ws = getattr(client.eio, "ws", None)
    if ws is not None:
        ws.abort()
    client.eio.disconnect(abort=True)
