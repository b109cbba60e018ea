"""The garbage collector paused while a report is built and shown (the dashboard, the exports).

A report reads ~55,000 rows into tuples, sets and lists that live for one request and hold no
reference cycles; each allocation of a container counts towards a collection, so building one
report set off several full collections, each walking every object of the process (the whole
app): about a third of the dashboard's CPU time at full size (bench/README.md, issue 19).
Reference counting frees these objects as before; the collector runs again when the response
is made, over whatever cycles were made meanwhile. Used as a decorator on the views.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
