"""Events are recorded during a transaction and sent only after it commits.

Actions call `publish.emit(...)`; nothing reaches a socket if the transaction rolls back.
Tests capture what would be sent with `publish.capture()`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from forum.realtime import rooms

log = logging.getLogger(__name__)
_PENDING = "forum_pending_events"


@dataclass(frozen=True)
class Event:
    name: str
    payload: dict[str, Any]
    room: str
    # "emit" sends to a room; "disconnect" closes the room's connections; "revoke" makes every
    # connection leave the room; "revoke_user" makes one user's connections leave some rooms.
    kind: str = "emit"
    skip_room: str | None = None


@dataclass
class _Capture:
    events: list[Event] = field(default_factory=list)


class Publisher:
    def __init__(self) -> None:
        self._captures: list[_Capture] = []

    # -- recording, inside a transaction -------------------------------------------------
    def emit(self, name: str, payload: dict[str, Any], room: str,
             skip_room: str | None = None) -> None:
        self._pending().append(Event(name, payload, room, skip_room=skip_room))

    def disconnect_session(self, user_id: int, session_id: int | None) -> None:
        if session_id is not None:
            self._pending().append(Event("session_ended", {}, rooms.session_room(session_id),
                                         kind="disconnect"))

    def disconnect_user(self, user_id: int, except_session: int | None = None) -> None:
        skip = rooms.session_room(except_session) if except_session is not None else None
        self._pending().append(Event("session_ended", {}, rooms.user_room(user_id),
                                     kind="disconnect", skip_room=skip))

    def revoke_space(self, space_id: int, room_names: list[str]) -> None:
        """Everyone leaves these rooms; clients re-join, and the join checks access again."""
        for room in room_names:
            self._pending().append(Event("access_lost", {"space_id": space_id}, room,
                                         kind="revoke"))

    def revoke_for_user(self, user_id: int, space_id: int, room_names: list[str]) -> None:
        """One person's connections leave these rooms (they lost access to the space)."""
        self._pending().append(Event("access_lost", {"space_id": space_id,
                                                     "rooms": room_names},
                                     rooms.user_room(user_id), kind="revoke_user"))

    def _pending(self) -> list[Event]:
        from forum.extensions import db

        return db.session.info.setdefault(_PENDING, [])

    # -- delivery, after commit ----------------------------------------------------------
    def deliver(self, events: list[Event]) -> None:
        for capture in self._captures:
            capture.events.extend(events)
        from forum.realtime.transport import let_senders_run, send

        for ev in events:
            try:
                send(ev)
            except Exception:  # a dead socket must never undo a committed change
                log.exception("could not deliver %s to %s", ev.name, ev.room)
            # Each event's frames go out before the next one is worked out: a new post
            # reaches its thread before the space's thread lists hear of it.
            let_senders_run()

    @contextmanager
    def capture(self) -> Iterator[list[Event]]:
        """Collect every event delivered while the block runs (tests assert audiences)."""
        cap = _Capture()
        self._captures.append(cap)
        try:
            yield cap.events
        finally:
            self._captures.remove(cap)


publish = Publisher()


# The two ends of a transaction (called by forum.db.aftercommit, which lists every step).
def deliver_pending(session: Session) -> None:
    """After a commit: send the events the transaction recorded."""
    events = session.info.pop(_PENDING, None)
    if events:
        publish.deliver(events)


def drop_pending(session: Session) -> None:
    """After a rollback: the transaction's events never happened."""
    session.info.pop(_PENDING, None)
