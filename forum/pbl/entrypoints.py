"""Whole operations with their transaction, shared by the pages and the socket handlers, so
every adapter loads through the access funnel and commits exactly once."""

from __future__ import annotations

from typing import Any

from forum.accounts.models import User
from forum.db import unit_of_work, utcnow
from forum.extensions import db
from forum.pbl import access, board, sessions
from forum.pbl.models import BoardItem, PblSession
from forum.pbl.payloads import board_payload, session_payload


def board_state(actor: User, session_id: int, after_version: int) -> dict[str, Any]:
    """Catch-up: nothing if the client already has this version, else the whole board."""
    with unit_of_work():  # a read; the block ends its transaction
        session = access.session_for_reader(actor, session_id)
        if 0 <= session.board_version <= after_version:
            result = {**session_payload(session), "changed": False}
        else:
            result = {**board_payload(session), "changed": True}
        result["can_write"] = access.can_write(actor, session.group_id)
        result["is_tutor"] = access.is_tutor(actor, session.group_id)
    return result


def add_item(actor: User, session_id: int, step: str, text: str) -> BoardItem:
    with unit_of_work():
        session = access.session_for_reader(actor, session_id)
        board.check_board_write(actor, session)
        item = board.do_add_item(actor, session, board.check_step(step),
                                 board.check_item_text(text, actor), utcnow())
    return item


def edit_item(actor: User, item_id: int, text: str, base_version: int) -> BoardItem:
    with unit_of_work():
        item, session = _item(actor, item_id)
        board.check_board_write(actor, session)
        board.do_edit_item(actor, session, item, board.check_item_text(text, actor), base_version,
                           utcnow())
    return item


def move_item(actor: User, item_id: int, step: str, index: int,
              base_version: int) -> BoardItem:
    with unit_of_work():
        item, session = _item(actor, item_id)
        board.check_board_write(actor, session)
        board.do_move_item(session, item, board.check_step(step), index, base_version,
                           utcnow())
    return item


def toggle_vote(actor: User, item_id: int) -> BoardItem:
    with unit_of_work():
        item, session = _item(actor, item_id)
        board.check_board_write(actor, session)
        board.do_toggle_vote(actor, session, item)
    return item


def remove_item(actor: User, item_id: int) -> int:
    with unit_of_work():
        item, session = _item(actor, item_id)
        board.check_remove_item(actor, session, item)
        board.do_remove_item(session, item)
    return item_id


def set_step(actor: User, session_id: int, step: int) -> int:
    with unit_of_work():
        session = access.session_for_reader(actor, session_id)
        sessions.check_set_step(actor, session, step)
        return sessions.do_set_step(session, step)


def open_session(actor: User, session_id: int) -> PblSession:
    with unit_of_work():
        session = access.session_for_reader(actor, session_id)
        sessions.check_open_session(actor, session)
        sessions.do_open_session(actor, session, utcnow())
    return session


def close_session(actor: User, session_id: int, question: str | None,
                  minutes: str | None) -> PblSession:
    with unit_of_work():
        session = access.session_for_reader(actor, session_id)
        question, minutes = sessions.check_close_session(actor, session, question, minutes)
        sessions.do_close_session(actor, session, question, minutes, utcnow())
    return session


def set_roles(actor: User, session_id: int, chair_id: int | None,
              scribe_id: int | None) -> PblSession:
    with unit_of_work():
        session = access.session_for_reader(actor, session_id)
        chair, scribe = sessions.check_set_roles(actor, session, chair_id, scribe_id)
        sessions.do_set_roles(session, chair, scribe)
    return session


def record_attendance(actor: User, session_id: int, present_ids: list[int]) -> PblSession:
    with unit_of_work():
        session = access.session_for_reader(actor, session_id)
        present = sessions.check_attendance(actor, session, present_ids)
        sessions.do_record_attendance(session, present)
    return session


def _item(actor: User, item_id: int) -> tuple[BoardItem, PblSession]:
    item = access.item_for_reader(actor, item_id)
    return item, db.session.get(PblSession, item.session_id)
