"""The scaled deployment: two gevent server processes sharing PostgreSQL and Redis. A post
sent through one process reaches a reader connected to the other, and presence is shared."""

from __future__ import annotations

import uuid

from forum.demo.loader import DEMO_PASSWORD
from tests.realtime.helpers import (
    Recorder,
    close_quickly,
    demo_email,
    http_login,
    socket_client,
    thread_ids,
)


def test_a_post_crosses_processes_through_redis(two_servers):
    first, second = two_servers
    writer_session = http_login(first.url, demo_email("jonas.ek"), DEMO_PASSWORD)
    reader_session = http_login(second.url, demo_email("leila.haddad"), DEMO_PASSWORD)
    thread_id = thread_ids(reader_session, second.url, "allmant")[0]
    writer = socket_client(first.url, writer_session)
    reader = socket_client(second.url, reader_session)
    try:
        seen = Recorder(reader, ("post_created", "presence"))
        assert reader.call("join_thread", {"thread_id": thread_id, "after_seq": 10_000},
                           timeout=10)["ok"]
        joined = writer.call("join_thread", {"thread_id": thread_id, "after_seq": 10_000},
                             timeout=10)
        names = {p["name"] for p in joined["present"]}
        assert {"Leila Haddad", "Jonas Ek"} <= names  # presence lives in Redis
        ack = writer.call("send_post", {"thread_id": thread_id, "client_id": uuid.uuid4().hex,
                                        "body": "Hälsningar från process ett"}, timeout=10)
        assert ack["ok"]
        created = seen.wait_for("post_created", timeout=5)
        assert [e["post"]["seq"] for e in created] == [ack["post"]["seq"]]
    finally:
        close_quickly(writer)
        close_quickly(reader)


def test_thread_activity_skips_the_thread_room_in_every_process(two_servers):
    """thread_activity goes to the space room minus the connections showing the thread; the
    skip list travels through Redis with the event, so it holds in the other process too."""
    first, second = two_servers
    writer_session = http_login(first.url, demo_email("jonas.ek"), DEMO_PASSWORD)
    reader_session = http_login(first.url, demo_email("leila.haddad"), DEMO_PASSWORD)
    home_session = http_login(second.url, demo_email("leila.haddad"), DEMO_PASSWORD)
    thread_id = thread_ids(reader_session, first.url, "allmant")[0]
    writer = socket_client(first.url, writer_session)
    reader = socket_client(first.url, reader_session)  # shows the thread, writer's process
    home = socket_client(second.url, home_session)  # a home page in the other process
    try:
        in_thread = Recorder(reader, ("post_created", "thread_activity"))
        on_home = Recorder(home, ("post_created", "thread_activity"))
        for client in (reader, writer):
            assert client.call("join_thread", {"thread_id": thread_id, "after_seq": 10_000},
                               timeout=10)["ok"]
        ack = writer.call("send_post", {"thread_id": thread_id, "client_id": uuid.uuid4().hex,
                                        "body": "Aktivitet för startsidan"}, timeout=10)
        assert ack["ok"]
        activity = on_home.wait_for("thread_activity", timeout=5)
        assert [e["last_seq"] for e in activity if e["thread_id"] == thread_id] == [
            ack["post"]["seq"]]
        assert [e["post"]["seq"] for e in in_thread.wait_for("post_created", timeout=5)] == [
            ack["post"]["seq"]]
        assert on_home.of("post_created") == []
        assert in_thread.of("thread_activity") == []
    finally:
        for client in (writer, reader, home):
            close_quickly(client)


def test_thread_activity_skips_the_thread_room_of_the_other_process(two_servers):
    """A reader showing the thread in the process that did not emit gets the post, not the
    thread_activity meant for lists; a home page beside it in that process gets only the
    activity. Each process leaves out its own thread room (the skip list of connection ids
    the library carries names only the emitting process's connections)."""
    first, second = two_servers
    writer_session = http_login(first.url, demo_email("jonas.ek"), DEMO_PASSWORD)
    reader_session = http_login(second.url, demo_email("leila.haddad"), DEMO_PASSWORD)
    home_session = http_login(second.url, demo_email("leila.haddad"), DEMO_PASSWORD)
    thread_id = thread_ids(reader_session, second.url, "allmant")[1]
    writer = socket_client(first.url, writer_session)
    reader = socket_client(second.url, reader_session)
    home = socket_client(second.url, home_session)
    try:
        in_thread = Recorder(reader, ("post_created", "thread_activity"))
        on_home = Recorder(home, ("post_created", "thread_activity"))
        for client in (reader, writer):
            assert client.call("join_thread", {"thread_id": thread_id, "after_seq": 10_000},
                               timeout=10)["ok"]
        ack = writer.call("send_post", {"thread_id": thread_id, "client_id": uuid.uuid4().hex,
                                        "body": "Aktivitet över processgränsen"}, timeout=10)
        assert ack["ok"]
        seq = ack["post"]["seq"]
        assert [e["last_seq"] for e in on_home.wait_for("thread_activity", timeout=5)
                if e["thread_id"] == thread_id] == [seq]
        assert [e["post"]["seq"] for e in in_thread.wait_for("post_created", timeout=5)
                if e["thread_id"] == thread_id] == [seq]
        assert [e for e in in_thread.of("thread_activity") if e["thread_id"] == thread_id] == []
    finally:
        for client in (writer, reader, home):
            close_quickly(client)
