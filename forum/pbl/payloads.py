"""The small documented dicts sent to a session room (see docs/realtime.md)."""

from __future__ import annotations

from typing import Any

from forum.accounts.payloads import person
from forum.pbl.board import board_items, item_payload
from forum.pbl.models import PblSession
from forum.pbl.steps import STEP_KEYS


def session_payload(session: PblSession) -> dict[str, Any]:
    """State of the session, without the board: the same dict for every member."""
    from forum.pbl.sessions import attendance_of

    case = session.case  # readable by everyone in the room (a role in the group)
    return {"session_id": session.id, "number": session.number,
            "status": session.status.value, "current_step": session.current_step,
            "step_key": STEP_KEYS[session.current_step], "version": session.board_version,
            "chair_id": session.chair_id, "scribe_id": session.scribe_id,
            "chair": person(session.chair) if session.chair else None,
            "scribe": person(session.scribe) if session.scribe else None,
            "case_id": session.case_id, "thread_id": session.thread_id,
            "case": {"id": case.id, "title": case.title} if case else None,
            "question_for_next": session.question_for_next,
            "attendance": sorted(attendance_of(session))}


def board_payload(session: PblSession) -> dict[str, Any]:
    """The whole board at its current version (join and catch-up)."""
    return {**session_payload(session),
            "items": [item_payload(i) for i in board_items(session)]}
