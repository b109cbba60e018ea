"""Reflection journals: one per member and group. An entry is private to its author until
the author shares it with the group (tutor and members; observers never read journals)."""

from __future__ import annotations

from datetime import datetime

from forum.accounts.models import User
from forum.errors import NotFound, PermissionDenied
from forum.extensions import db
from forum.indexing.outbox import enqueue
from forum.pbl import access
from forum.pbl.actions import MAX_LONG
from forum.pbl.models import JournalEntry, PblGroup, PblSession
from forum.privacy_terms.guard import PrivacyWarning, scan
from forum.text.fields import text_field
from forum.text.i18n import _l


def _clean_body(actor: User, body: str | None) -> str:
    """A journal may be shared with people of other organizations later, so identity
    numbers, phone numbers and addresses are refused from the start."""
    text = text_field("body", body, max_len=MAX_LONG, multiline=True)
    findings = scan(text, actor)
    if findings:
        raise PrivacyWarning(findings, blocked=True)
    return text


def check_entry(actor: User, group: PblGroup, body: str | None,
                session_id: int | None) -> tuple[str, PblSession | None]:
    access.require_write(actor, group.id)
    text = _clean_body(actor, body)
    session = None
    if session_id is not None:
        session = db.session.get(PblSession, session_id)
        if session is None or session.group_id != group.id:
            raise NotFound()
    return text, session


def do_create_entry(actor: User, group: PblGroup, body: str, session: PblSession | None,
                    shared: bool, now: datetime) -> JournalEntry:
    entry = JournalEntry(group_id=group.id, session_id=session.id if session else None,
                         author_id=actor.id, body=body, shared=shared, created_at=now,
                         updated_at=now)
    db.session.add(entry)
    db.session.flush()
    enqueue(f"journal:{entry.id}")
    return entry


def check_edit_entry(actor: User, entry: JournalEntry, body: str | None) -> str:
    if entry.author_id != actor.id or not access.can_write(actor, entry.group_id):
        raise PermissionDenied(str(_l("Only the author can change a journal entry.")))
    return _clean_body(actor, body)


def do_edit_entry(entry: JournalEntry, body: str, shared: bool, now: datetime) -> None:
    entry.body, entry.shared, entry.updated_at = body, shared, now
    db.session.flush()
    enqueue(f"journal:{entry.id}")
