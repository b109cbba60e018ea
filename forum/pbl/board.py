"""Step-board changes as small actions (add, edit, move, vote). Every change takes the next
board version with one UPDATE on the session row, so concurrent writers queue there and each
change has its own version: a client that missed some asks for the board again.

Items are rows of their own, so two members adding at once never overwrite each other; an
edit names the item version it started from and is refused (Conflict) if someone else edited
the item in between.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update

from forum.accounts.models import User
from forum.errors import Conflict, NotFound, PermissionDenied, ValidationError
from forum.extensions import db
from forum.pbl import access
from forum.pbl.models import BoardItem, BoardVote, PblSession, SessionStatus
from forum.pbl.steps import STEP_KEYS
from forum.privacy_terms.guard import check_privacy
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.text.fields import text_field
from forum.text.i18n import _l

MAX_ITEM = 500
MAX_ITEMS_PER_STEP = 100


def bump_version(session: PblSession) -> int:
    version = db.session.execute(
        update(PblSession).where(PblSession.id == session.id)
        .values(board_version=PblSession.board_version + 1)
        .returning(PblSession.board_version)).scalar_one()
    db.session.expire(session, ["board_version"])
    return version


def emit_board(session: PblSession, version: int, op: str, data: dict) -> None:
    publish.emit("board_changed", {"session_id": session.id, "version": version, "op": op,
                                   **data}, rooms.pbl_session_room(session.id))


def check_board_write(actor: User, session: PblSession) -> None:
    access.require_write(actor, session.group_id)
    if session.status != SessionStatus.OPEN:
        raise Conflict(str(_l("The session is not open.")))


def check_item_text(text: str | None, actor: User | None = None) -> str:
    clean = text_field("text", text, max_len=MAX_ITEM, required=_l("Write something first."))
    check_privacy(clean, confirmed=False, actor=actor)
    return clean


def check_step(step: str | None) -> str:
    if step not in STEP_KEYS:
        raise ValidationError(str(_l("No such step.")))
    return step


def do_add_item(actor: User, session: PblSession, step: str, text: str,
                now: datetime) -> BoardItem:
    version = bump_version(session)
    count, last = db.session.execute(select(func.count(), func.max(BoardItem.position)).where(
        BoardItem.session_id == session.id, BoardItem.step == step)).one()
    if count >= MAX_ITEMS_PER_STEP:
        raise ValidationError(str(_l("This step is full.")))
    item = BoardItem(session_id=session.id, step=step, position=(last or 0) + 1, text=text,
                     author_id=actor.id, created_at=now, updated_at=now)
    db.session.add(item)
    db.session.flush()
    _emit_item(session, version, "add", item)
    return item


def do_edit_item(actor: User, session: PblSession, item: BoardItem, text: str,
                 base_version: int, now: datetime) -> BoardItem:
    version = bump_version(session)
    db.session.refresh(item)  # after the row lock: the latest version
    if item.version != base_version:
        raise Conflict(str(_l("Someone changed this note while you were editing it.")),
                       current=item_payload(item))
    item.text, item.version, item.updated_at = text, item.version + 1, now
    db.session.flush()
    _emit_item(session, version, "edit", item)
    return item


def do_move_item(session: PblSession, item: BoardItem, step: str, index: int,
                 base_version: int, now: datetime) -> BoardItem:
    """Put the item at `index` among the notes of `step` (0 = first); the others follow.

    A move names the note version it started from, like an edit, and takes the next one: a
    move made on a stale view (someone moved or edited the note meanwhile) is refused with the
    note as it is, instead of silently undoing the other change. An edit that started before
    a move gets the conflict too, with the stored text, so the client can tell that only the
    place changed and save again (static/js/pbl/edits.js)."""
    version = bump_version(session)
    db.session.refresh(item)  # after the row lock: the latest version
    if item.version != base_version:
        raise Conflict(str(_l("Someone changed this note while you were moving it.")),
                       current=item_payload(item))
    others = [i for i in db.session.scalars(select(BoardItem).where(
        BoardItem.session_id == session.id, BoardItem.step == step)
        .order_by(BoardItem.position, BoardItem.id)) if i.id != item.id]
    index = max(0, min(index, len(others)))
    ordered = [*others[:index], item, *others[index:]]
    item.step, item.version, item.updated_at = step, item.version + 1, now
    for position, row in enumerate(ordered, start=1):
        row.position = position
    db.session.flush()
    emit_board(session, version, "move", {"step": step, "order": [r.id for r in ordered],
                                          "item": item_payload(item)})
    return item


def do_toggle_vote(actor: User, session: PblSession, item: BoardItem) -> BoardItem:
    version = bump_version(session)
    vote = db.session.scalar(select(BoardVote).where(BoardVote.item_id == item.id,
                                                     BoardVote.user_id == actor.id))
    if vote is None:
        db.session.add(BoardVote(item_id=item.id, user_id=actor.id))
    else:
        db.session.delete(vote)
    db.session.flush()
    db.session.expire(item, ["votes"])
    _emit_item(session, version, "vote", item)
    return item


def check_remove_item(actor: User, session: PblSession, item: BoardItem) -> None:
    """The note's author or the tutor removes a note (others edit or vote instead)."""
    check_board_write(actor, session)
    if item.author_id != actor.id and not access.is_tutor(actor, session.group_id):
        raise PermissionDenied(str(_l("Only the note's author or the tutor can remove it.")))


def do_remove_item(session: PblSession, item: BoardItem) -> None:
    version = bump_version(session)
    item_id = item.id
    db.session.delete(item)
    db.session.flush()
    emit_board(session, version, "remove", {"item_id": item_id})


def require_item_of(session: PblSession, item: BoardItem) -> None:
    if item.session_id != session.id:
        raise NotFound()


def board_items(session: PblSession) -> list[BoardItem]:
    return list(db.session.scalars(select(BoardItem).where(
        BoardItem.session_id == session.id).order_by(BoardItem.step, BoardItem.position,
                                                     BoardItem.id)))


def item_payload(item: BoardItem) -> dict:
    return {"id": item.id, "step": item.step, "position": item.position, "text": item.text,
            "version": item.version, "author_id": item.author_id,
            "author": item.author.display_name if item.author else "",
            "votes": sorted(v.user_id for v in item.votes)}


def _emit_item(session: PblSession, version: int, op: str, item: BoardItem) -> None:
    emit_board(session, version, op, {"item": item_payload(item)})
