"""Redis going away and coming back under two real server processes (a private redis-server
that the test stops and starts): a clear refusal at start-up, posting and logging in keep
working on the process that has the client meanwhile, and recovery without a restart."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator

import pytest

from forum.demo.loader import DEMO_PASSWORD
from tests.conftest import empty_postgres_database
from tests.live_server import FORUM, free_port, server_env, start_server, stop_server
from tests.polling import wait_until
from tests.private_redis import PrivateRedis
from tests.realtime.helpers import (
    Recorder,
    close_quickly,
    demo_email,
    http_login,
    socket_client,
    thread_ids,
)


@pytest.fixture(scope="module")
def private_redis(tmp_path_factory) -> Iterator[PrivateRedis]:
    server = PrivateRedis(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def servers(tmp_path_factory, private_redis):
    with empty_postgres_database("forum_outage") as database_url:
        shared = {"FORUM_DATABASE_URL": database_url, "FORUM_REDIS_URL": private_redis.url,
                  "FORUM_ASYNC_MODE": "gevent", "FORUM_SEARCH_BACKEND": "postgres",
                  "FORUM_EMBEDDED_INDEXER": "0"}
        first = start_server(tmp_path_factory.mktemp("a"), demo=True, **shared)
        second = start_server(tmp_path_factory.mktemp("b"), demo=False, **shared)
        try:
            yield first, second
        finally:
            stop_server(first)
            stop_server(second)


def test_serve_refuses_to_start_when_the_configured_redis_does_not_answer(tmp_path):
    nobody = f"redis://127.0.0.1:{free_port()}/0"
    env = server_env(tmp_path, free_port(), FORUM_REDIS_URL=nobody)
    subprocess.run([FORUM, "init"], env=env, check=True, capture_output=True, timeout=120)
    done = subprocess.run([FORUM, "serve"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "FORUM_REDIS_URL" in lines[0] and "does not answer" in lines[0]


def send(client, thread_id: int, body: str) -> dict:
    ack = client.call("send_post", {"thread_id": thread_id, "client_id": uuid.uuid4().hex,
                                    "body": body}, timeout=15)
    assert ack["ok"], ack
    return ack


def join(client, thread_id: int) -> dict:
    ack = client.call("join_thread", {"thread_id": thread_id, "after_seq": 10_000}, timeout=15)
    assert ack["ok"], ack
    return ack


def test_posting_goes_on_while_redis_is_away_and_fan_out_returns_with_it(servers,
                                                                         private_redis):
    first, second = servers
    writer_session = http_login(first.url, demo_email("jonas.ek"), DEMO_PASSWORD)
    near_session = http_login(first.url, demo_email("leila.haddad"), DEMO_PASSWORD)
    far_session = http_login(second.url, demo_email("leila.haddad"), DEMO_PASSWORD)
    thread_id = thread_ids(near_session, first.url, "allmant")[0]
    writer, near = socket_client(first.url, writer_session), socket_client(first.url,
                                                                            near_session)
    far = socket_client(second.url, far_session)
    try:
        near_seen = Recorder(near, ("post_created",))
        far_seen = Recorder(far, ("post_created",))
        for client in (writer, near, far):
            join(client, thread_id)
        seq = send(writer, thread_id, "Före avbrottet")["post"]["seq"]
        assert seq in seqs(far_seen.wait_for("post_created"))

        private_redis.stop()
        http_login(first.url, demo_email("sara.malmberg"), DEMO_PASSWORD)  # 302, not 500
        assert join(writer, thread_id)["present"]  # presence from this process's memory
        seq = send(writer, thread_id, "Under avbrottet")["post"]["seq"]
        assert wait_until(lambda: seq in seqs(near_seen.of("post_created")))
        assert "Redis unreachable" in (first.instance / "server.log").read_text()

        private_redis.start()  # the same address, empty

        def crosses() -> bool:
            seq = send(writer, thread_id, "Efter avbrottet")["post"]["seq"]
            return bool(wait_until(lambda: seq in seqs(far_seen.of("post_created")), 1))

        assert wait_until(crosses, seconds=30)
        # The socket rate limits count in Redis again (a fresh Redis: any key is new).
        assert wait_until(lambda: send(writer, thread_id, "Räknas delat")
                          and private_redis.keys("*socket*"), seconds=15)
        http_login(second.url, demo_email("sara.malmberg"), DEMO_PASSWORD)
    finally:
        for client in (writer, near, far):
            close_quickly(client)


def seqs(events: list[dict]) -> list[int]:
    return [e["post"]["seq"] for e in events]


def test_a_socket_event_during_a_database_outage_gets_an_unavailable_ack(servers):
    """PostgreSQL away: a failed ack saying so (never no ack); back: the next event works."""
    from tests.functional.test_database_outage import set_database_reachable

    first, _second = servers
    session = http_login(first.url, demo_email("jonas.ek"), DEMO_PASSWORD)
    thread_id = thread_ids(session, first.url, "allmant")[0]
    client = socket_client(first.url, session)
    database_url = first.env["FORUM_DATABASE_URL"]
    try:
        set_database_reachable(database_url, False)
        try:
            ack = client.call("send_post", {"thread_id": thread_id, "body": "Under avbrottet",
                                            "client_id": uuid.uuid4().hex}, timeout=15)
            assert ack["ok"] is False and ack["code"] == "unavailable"
            assert client.connected
        finally:
            set_database_reachable(database_url, True)
        send(client, thread_id, "Efter avbrottet")
    finally:
        close_quickly(client)
