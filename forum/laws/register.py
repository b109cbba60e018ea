"""The register as the citation finder sees it, built once per change of the register.

Every render on write asks for it, so it is cached in the process and rebuilt only when a
statute was added, changed or removed (a cheap "count and newest change" query tells).
"""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from forum.extensions import db
from forum.laws.models import Statute
from forum.text.citations import StatuteRegister

_lock = threading.Lock()
_cached: tuple[tuple[object, ...], StatuteRegister] | None = None


def current_register() -> StatuteRegister:
    """The statute register of the database the current session talks to."""
    global _cached
    stamp = (db.engine.url.render_as_string(),
             *db.session.execute(select(func.count(Statute.id),
                                        func.max(Statute.updated_at))).one())
    with _lock:
        if _cached is not None and _cached[0] == stamp:
            return _cached[1]
    statutes = db.session.scalars(select(Statute).order_by(Statute.id)).all()
    register = StatuteRegister(tuple(s.entry() for s in statutes))
    with _lock:
        _cached = (stamp, register)
    return register
