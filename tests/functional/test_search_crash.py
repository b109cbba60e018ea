"""Kill the indexer hard in the middle of its work; started again, it catches up with
nothing missing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.live_server import FORUM, server_env

MAKE_POSTS = """
import sys
from forum import create_app
from forum.db import utcnow
from forum.discussions import actions
from forum.discussions.models import Thread
from forum.accounts.models import User
from forum.extensions import db
app = create_app()
with app.app_context():
    thread = db.session.get(Thread, 1)
    author = db.session.get(User, thread.author_id)
    for i in range(int(sys.argv[1])):
        draft = actions.check_new_post(author, thread, f"Krocktest inlägg nummer{i} klart", None)
        actions.do_create_post(author, thread, draft, utcnow())
    db.session.commit()
"""

CHECK = """
from forum import create_app
from forum.indexing.indexer import backend, pending_count
from forum.indexing import sources
from forum.search import SearchQuery
app = create_app()
with app.app_context():
    wanted = sum(len(list(s.all_ids())) for s in sources.SOURCES.values())
    search = backend(app)
    scopes = frozenset(f"space:{i}" for i in range(1, 50))
    hits = search.search(SearchQuery(text="nummer1599"), scopes)
    print(pending_count(), wanted, search.count(), hits.total)
"""


def run(env: dict, *args: str, code: str | None = None) -> str:
    command = [sys.executable, "-c", code, *args] if code else [FORUM, *args]
    return subprocess.run(command, env=env, check=True, capture_output=True, text=True,
                          timeout=300).stdout


def outbox_size(instance: Path) -> int:
    # Read the SQLite file directly: polling through the app would take a second a time.
    with sqlite3.connect(instance / "forum.db", timeout=30) as connection:
        return connection.execute("SELECT count(*) FROM search_outbox").fetchone()[0]


def test_indexer_killed_midway_catches_up(tmp_path: Path):
    env = server_env(tmp_path, 0)
    run(env, "init")
    run(env, "demo")
    run(env, "1600", code=MAKE_POSTS)
    total = outbox_size(tmp_path)
    process = subprocess.Popen([FORUM, "indexer"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            remaining = outbox_size(tmp_path)
            if remaining < total:
                break
            time.sleep(0.05)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    assert 0 < remaining < total, "the indexer was not stopped in the middle"
    run(env, "indexer", "--once")
    pending, wanted, indexed, found = (int(x) for x in run(env, code=CHECK).split())
    assert pending == 0
    assert indexed == wanted
    assert found == 1
