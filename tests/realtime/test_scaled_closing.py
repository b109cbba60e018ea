"""Closing connections and leaving rooms across processes: the scaled layout (two gevent
servers, PostgreSQL, Redis). Whatever ends a login or an access on one process must end the
live connections that depend on it on the other, not only on the process that did it."""

from __future__ import annotations

import email
import email.policy
import re
import uuid

import socketio

from forum.demo.loader import DEMO_PASSWORD
from tests.polling import wait_until
from tests.realtime.helpers import (
    Recorder,
    close_quickly,
    csrf_token,
    demo_email,
    http_login,
    socket_client,
    thread_ids,
)

NEW_PASSWORD = "ett helt nytt lösenord 42"


def closed(client: socketio.Client) -> bool:
    return bool(wait_until(lambda: not client.connected, seconds=5))


def post(server, session, path: str, page: str, **data: str):
    data["csrf_token"] = csrf_token(session, server.url, page)
    return session.post(server.url + path, data=data, allow_redirects=False, timeout=10)


def join_thread(client: socketio.Client, thread_id: int) -> None:
    assert client.call("join_thread", {"thread_id": thread_id, "after_seq": 10_000},
                       timeout=10)["ok"]


def test_logout_on_one_process_closes_that_sessions_sockets_on_the_other(two_servers):
    first, second = two_servers
    leaving = http_login(first.url, demo_email("leila.haddad"), DEMO_PASSWORD)
    staying = http_login(first.url, demo_email("leila.haddad"), DEMO_PASSWORD)
    writer_session = http_login(first.url, demo_email("jonas.ek"), DEMO_PASSWORD)
    thread_id = thread_ids(leaving, first.url, "allmant")[0]
    gone = socket_client(second.url, leaving)
    kept = socket_client(second.url, staying)  # the same person's other login
    writer = socket_client(first.url, writer_session)
    try:
        ended = Recorder(gone, ("session_ended",))
        kept_seen = Recorder(kept, ("post_created", "session_ended"))
        for client in (gone, kept):
            join_thread(client, thread_id)
        assert post(first, leaving, "/logout", "/").status_code == 302
        assert closed(gone)
        assert ended.of("session_ended") == [{}]
        ack = writer.call("send_post", {"thread_id": thread_id, "client_id": uuid.uuid4().hex,
                                        "body": "Efter utloggningen"}, timeout=10)
        assert ack["ok"]
        assert kept_seen.wait_for("post_created")
        assert kept.connected and kept_seen.of("session_ended") == []
    finally:
        for client in (gone, kept, writer):
            close_quickly(client)


def test_deactivation_on_one_process_closes_every_socket_on_the_other(two_servers):
    first, second = two_servers
    target = http_login(second.url, demo_email("annika.borg"), DEMO_PASSWORD)
    bystander_session = http_login(second.url, demo_email("jonas.ek"), DEMO_PASSWORD)
    admin = http_login(first.url, demo_email("admin"), DEMO_PASSWORD)
    clients = [socket_client(second.url, target), socket_client(second.url, target)]
    bystander = socket_client(second.url, bystander_session)
    try:
        listing = admin.get(first.url + "/admin/users", timeout=10).text
        user_id = int(re.search(r'href="/admin/users/(\d+)"[^>]*>\s*Annika Borg', listing)
                      .group(1))
        response = post(first, admin, f"/admin/users/{user_id}/deactivate",
                        f"/admin/users/{user_id}")
        assert response.status_code == 302
        assert all(closed(client) for client in clients)
        assert bystander.connected
    finally:
        for client in (*clients, bystander):
            close_quickly(client)


def test_password_reset_on_one_process_closes_every_socket_on_the_other(two_servers):
    first, second = two_servers
    email = demo_email("mikael.astrom")
    sessions = [http_login(second.url, email, DEMO_PASSWORD) for _ in range(2)]
    clients = [socket_client(second.url, s) for s in sessions]
    try:
        anonymous = http_login_page(first)
        assert post(first, anonymous, "/password/forgot", "/password/forgot",
                    email=email).status_code == 302
        # Either process's mail worker may send it (they share the queue in PostgreSQL).
        link = wait_until(lambda: reset_link(first) or reset_link(second), 60)
        assert link
        response = post(first, anonymous, link, link, new_password=NEW_PASSWORD,
                        repeat_password=NEW_PASSWORD)
        assert response.status_code == 302
        assert all(closed(client) for client in clients)
    finally:
        for client in clients:
            close_quickly(client)


def test_password_change_keeps_only_the_current_sessions_sockets(two_servers):
    """Changing one's password ends the other logins: on the other process the sockets of
    the current login stay, those of every other login close."""
    first, second = two_servers
    email = demo_email("ingrid.haugen")
    current = http_login(first.url, email, DEMO_PASSWORD)
    other = http_login(first.url, email, DEMO_PASSWORD)
    mine, theirs = socket_client(second.url, current), socket_client(second.url, other)
    try:
        response = post(first, current, "/settings/password", "/settings",
                        current_password=DEMO_PASSWORD, new_password=NEW_PASSWORD,
                        repeat_password=NEW_PASSWORD)
        assert response.status_code == 302
        assert closed(theirs)
        assert mine.connected
        assert mine.call("join_thread", {"thread_id": 999_999, "after_seq": 0},
                         timeout=10)["code"] == "not_found"  # still answered: still usable
    finally:
        for client in (mine, theirs):
            close_quickly(client)


def test_a_removed_member_leaves_the_group_rooms_on_the_other_process(two_servers):
    first, second = two_servers
    tutor = http_login(first.url, demo_email("eva.nordin"), DEMO_PASSWORD)
    html = tutor.get(f"{first.url}/pbl/", timeout=10).text
    session_id = int(re.search(r'href="/pbl/s/(\d+)"', html).group(1))
    assert post(first, tutor, f"/pbl/s/{session_id}/open", f"/pbl/s/{session_id}"
                ).status_code == 302
    removed, stays, writer = (
        socket_client(server.url, http_login(server.url, demo_email(name), DEMO_PASSWORD))
        for server, name in ((second, "oskar.blom"), (second, "maja.karlsson"),
                             (first, "erik.wallin")))
    try:
        removed_seen = Recorder(removed, ("access_lost", "board_changed"))
        stays_seen = Recorder(stays, ("access_lost", "board_changed"))
        for client in (removed, stays, writer):
            assert client.call("join_pbl_session", {"session_id": session_id,
                                                    "after_version": -1}, timeout=10)["ok"]
        page = tutor.get(f"{first.url}/pbl/s/{session_id}", timeout=10).text
        group_id = int(re.search(r'href="/pbl/g/(\d+)"', page).group(1))
        group = tutor.get(f"{first.url}/pbl/g/{group_id}", timeout=10).text
        user_id = int(re.search(r"Oskar Blom.*?/members/(\d+)/remove", group, re.S).group(1))
        assert post(first, tutor, f"/pbl/g/{group_id}/members/{user_id}/remove",
                    f"/pbl/g/{group_id}").status_code == 302
        assert removed_seen.wait_for("access_lost")
        assert writer.call("board_add", {"session_id": session_id, "step": "structure",
                                         "text": "Efter att Oskar gått"}, timeout=10)["ok"]
        assert stays_seen.wait_for("board_changed")
        assert removed_seen.of("board_changed") == []
        assert stays_seen.of("access_lost") == []
    finally:
        for client in (removed, stays, writer):
            close_quickly(client)


def http_login_page(server):
    """A session that has only fetched a page (anonymous, with a CSRF cookie)."""
    import requests

    from tests.realtime.helpers import OPEN_SESSIONS

    session = requests.Session()
    OPEN_SESSIONS.append(session)
    session.get(server.url + "/login", timeout=10)
    return session


def reset_link(server) -> str | None:
    """The newest reset link e-mailed by the server (its mail worker writes .eml files into
    the instance's mail folder when no SMTP server is set)."""
    found: list[str] = []
    for path in sorted((server.instance / "mail").glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = message.get_body(("plain",))
        found += re.findall(r"https?://[^/\s]+(/password/reset/[\w-]+)",
                            body.get_content() if body is not None else "")
    return found[-1] if found else None
