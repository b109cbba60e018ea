"""Connecting needs a live login session and an allowed Origin; logout closes the socket."""

from __future__ import annotations

import time

import pytest
import socketio

from forum.demo.content.users import USERS
from forum.demo.loader import DEMO_PASSWORD
from tests.realtime.helpers import csrf_token, http_login, socket_client


def email(username: str) -> str:
    return next(u["email"] for u in USERS if u["username"] == username)


def test_anonymous_connection_is_refused(live_server):
    with pytest.raises(socketio.exceptions.ConnectionError):
        socket_client(live_server.url)


def test_foreign_origin_is_refused(live_server):
    session = http_login(live_server.url, email("admin"), DEMO_PASSWORD)
    with pytest.raises(socketio.exceptions.ConnectionError):
        socket_client(live_server.url, session, origin="http://evil.example",
                      transport="polling")


def test_own_origin_over_polling_is_accepted(live_server):
    session = http_login(live_server.url, email("admin"), DEMO_PASSWORD)
    client = socket_client(live_server.url, session, origin=live_server.url,
                           transport="polling")
    assert client.connected
    client.disconnect()


def test_logged_in_user_connects_and_logout_closes_the_socket(live_server):
    session = http_login(live_server.url, email("admin"), DEMO_PASSWORD)
    client = socket_client(live_server.url, session)
    ended = []
    client.on("session_ended", lambda data=None: ended.append(True))
    assert client.connected
    token = csrf_token(session, live_server.url)
    session.post(live_server.url + "/logout", data={"csrf_token": token}, timeout=10)
    deadline = time.monotonic() + 5
    while client.connected and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not client.connected
    assert ended == [True]
    with pytest.raises(socketio.exceptions.ConnectionError):
        socket_client(live_server.url, session)
