"""The register as the citation finder sees it, cached in the process.

Every render on write asks for it. Reading the register each time cost a query per post, so the
process keeps it for a few seconds: a change saved in this process is seen at once (`forget`),
one saved in another process of the scaled layout within ``MAX_AGE`` seconds.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import select

from forum.extensions import db
from forum.laws.models import Statute
from forum.text.citations import StatuteRegister

MAX_AGE = 10.0
_lock = threading.Lock()
_cached: dict[str, tuple[float, StatuteRegister]] = {}


def current_register() -> StatuteRegister:
    """The statute register of the database the current session talks to."""
    key = db.engine.url.render_as_string()
    now = time.monotonic()
    with _lock:
        found = _cached.get(key)
    if found is not None and now - found[0] < MAX_AGE:
        return found[1]
    statutes = db.session.scalars(select(Statute).order_by(Statute.id)).all()
    register = StatuteRegister(tuple(s.entry() for s in statutes))
    with _lock:
        _cached[key] = (now, register)
    return register


def forget() -> None:
    """After a change to the register: the next render reads it again."""
    with _lock:
        _cached.clear()
