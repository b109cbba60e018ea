"""Erasure seen through real Socket.IO clients: the erased person's live connection ends, a
reader in the thread gets the rewritten post, and a catch-up from the start holds no trace."""

from __future__ import annotations

import re
import uuid

from forum.demo.loader import DEMO_PASSWORD
from tests.realtime.helpers import (
    Recorder,
    close_quickly,
    csrf_token,
    demo_email,
    http_login,
    socket_client,
    thread_ids,
)

NAME, HANDLE = "Leila Haddad", "leila.haddad"
TRACES = (NAME, HANDLE, demo_email(HANDLE))


def test_erasure_reaches_live_readers_and_catch_up(live_server):
    url = live_server.url
    victim = http_login(url, demo_email(HANDLE), DEMO_PASSWORD)
    reader = http_login(url, demo_email("maja.karlsson"), DEMO_PASSWORD)
    admin = http_login(url, demo_email("admin"), DEMO_PASSWORD)
    thread = thread_ids(reader, url, "allmant")[0]
    victim_socket, reader_socket = socket_client(url, victim), socket_client(url, reader)
    victim_seen = Recorder(victim_socket, ("session_ended",))
    reader_seen = Recorder(reader_socket, ("post_edited",))
    try:
        ack = reader_socket.call("send_post", {
            "thread_id": thread, "client_id": uuid.uuid4().hex,
            "body": f"Fråga @{HANDLE}, eller läs vad **{NAME}** skrev."}, timeout=10)
        assert ack["ok"] and HANDLE in ack["post"]["source"]
        joined = reader_socket.call("join_thread", {"thread_id": thread, "after_seq": 10_000},
                                    timeout=10)
        assert joined["ok"]

        people = admin.get(f"{url}/admin/users", timeout=10).text
        user_id = re.search(r'/admin/users/(\d+)">' + NAME, people).group(1)
        page = f"/admin/users/{user_id}/erase"
        done = admin.post(url + page, data={"confirm_name": NAME,
                                            "csrf_token": csrf_token(admin, url, page)},
                          timeout=30, allow_redirects=False)
        assert done.status_code == 302

        assert victim_seen.wait_for("session_ended", timeout=10)
        edited = [e for e in reader_seen.wait_for("post_edited", timeout=10)
                  if e["post"]["seq"] == ack["post"]["seq"]]
        assert edited and "@deleted-" in edited[0]["post"]["source"]
        for trace in TRACES:
            assert trace not in str(reader_seen.events)
    finally:
        close_quickly(victim_socket)
        close_quickly(reader_socket)

    fresh = socket_client(url, reader)
    try:
        catch_up = fresh.call("join_thread", {"thread_id": thread, "after_seq": 0}, timeout=10)
        assert catch_up["ok"] and len(catch_up["posts"]) >= 2
        for trace in TRACES:
            assert trace not in str(catch_up)
        assert "Deleted user" in str(catch_up) or "@deleted-" in str(catch_up)
    finally:
        close_quickly(fresh)
    assert victim.get(f"{url}/settings", timeout=10, allow_redirects=False).status_code == 302
