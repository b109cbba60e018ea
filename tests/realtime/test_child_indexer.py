"""`forum serve` (embedded layout) runs the search indexer as a child process: at a lower
CPU priority, woken by the server's commits, and gone when the server is gone."""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from forum.demo.loader import DEMO_PASSWORD
from forum.indexing.indexer_process import NICENESS
from tests.live_server import FORUM, LiveServer, start_server, stop_server
from tests.polling import wait_until
from tests.realtime.helpers import close_quickly, demo_email, http_login, socket_client, thread_ids


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    live = start_server(tmp_path_factory.mktemp("child-indexer"), demo=True)
    try:
        yield live
    finally:
        stop_server(live)


def indexer_children(parent: int) -> list[int]:
    """Live processes whose parent is `parent` and whose command is `forum indexer --child`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        state, ppid = stat.rpartition(")")[2].split()[:2]
        if int(ppid) == parent and state != "Z" and b"--child" in command \
                and b"indexer" in command:
            found.append(int(entry.name))
    return found


def is_running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"  # a zombie has exited


def test_forum_serve_runs_one_indexer_child_at_a_lower_priority(server):
    children = wait_until(lambda: indexer_children(server.process.pid), 10)
    assert children is not None and len(children) == 1
    server_priority = os.getpriority(os.PRIO_PROCESS, server.process.pid)
    # The child lowers its own priority once it has started (imports, app).
    assert wait_until(lambda: os.getpriority(os.PRIO_PROCESS, children[0])
                      == server_priority + NICENESS, 15)
    assert os.getpriority(os.PRIO_PROCESS, server.process.pid) == server_priority


def test_a_post_sent_live_is_found_by_search_within_seconds(server):
    session = http_login(server.url, demo_email("jonas.ek"), DEMO_PASSWORD)
    thread_id = thread_ids(session, server.url, "allmant")[0]
    word = "barnomsorgsschema" + uuid.uuid4().hex[:6]
    writer = socket_client(server.url, session)
    try:
        ack = writer.call("send_post", {"thread_id": thread_id, "client_id": uuid.uuid4().hex,
                                        "body": f"Vi delar {word} med kommunen."}, timeout=10)
        assert ack["ok"], ack
    finally:
        close_quickly(writer)
    sent = time.monotonic()
    found = wait_until(lambda: word in session.get(f"{server.url}/search",
                                                   params={"q": word}, timeout=10).text, 10)
    assert found, "the child indexer did not index the post"
    assert time.monotonic() - sent < 5  # what search promises for a new post


def test_the_indexer_child_ends_with_the_server_however_it_ends(tmp_path):
    live = start_server(tmp_path, demo=False)
    try:
        children = wait_until(lambda: indexer_children(live.process.pid), 10)
        assert children is not None and len(children) == 1
        live.process.kill()  # no chance to clean up: the pipe's end of file does it
        live.process.wait(timeout=10)
        assert wait_until(lambda: not is_running(children[0]), 10)
    finally:
        stop_server(live)


def test_a_killed_servers_indexer_child_is_gone_within_a_second(tmp_path):
    """`kill -9` gives the server no chance to close the pipe in order: the kernel's
    parent-death signal ends the child at once (not seconds later beside the next one)."""
    live = start_server(tmp_path, demo=False)
    try:
        children = wait_until(lambda: indexer_children(live.process.pid), 10)
        assert children is not None and len(children) == 1
        server_priority = os.getpriority(os.PRIO_PROCESS, live.process.pid)
        # Started through (it lowers its priority after asking for the signal).
        assert wait_until(lambda: os.getpriority(os.PRIO_PROCESS, children[0])
                          == server_priority + NICENESS, 15)
        live.process.kill()
        live.process.wait(timeout=10)
        assert wait_until(lambda: not is_running(children[0]), 1.5)
    finally:
        stop_server(live)


def test_a_second_indexer_cannot_run_beside_the_servers_child(server):
    children = wait_until(lambda: indexer_children(server.process.pid), 10)
    assert children is not None
    lock = server.instance / "search-index" / "indexer.lock"
    assert wait_until(lambda: lock.exists() and lock.read_text().strip() == str(children[0]),
                      15)
    once = subprocess.run([FORUM, "indexer", "--once"], env=server.env, capture_output=True,
                          text=True, timeout=120)
    assert once.returncode == 1
    assert "Another search indexer is running on this index" in once.stderr
    assert "Indexed" not in once.stdout
