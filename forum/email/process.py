"""`forum serve`'s mail worker as a child process (the embedded layout), supervised like the
search indexer's child (forum/searching/indexer_process.py: dies with the server, restarted
if it dies, woken by a byte down its stdin after a commit that queued mail due now)."""

from __future__ import annotations

import sys

from forum.indexing.indexer_process import ChildIndexer

_running: ChildIndexer | None = None


def start() -> ChildIndexer:
    global _running
    _running = ChildIndexer([sys.executable, "-m", "forum", "worker", "--child"],
                            name="mail worker").start()
    return _running


def wake_child() -> None:
    if _running is not None:
        _running.wake()
