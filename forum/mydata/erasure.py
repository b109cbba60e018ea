"""Erasing an account (GDPR art. 17). Irreversible.

The user row stays (threads keep an author and the numbering of posts), but nothing in it
points at the person: "Deleted user 17", handle `deleted-17`, an e-mail address under the
reserved `.invalid` domain (the real address is free to be invited again), no password, no
roles. What only concerns the person goes: private journal entries, login sessions,
notifications, follows, read positions, password resets, exports. What others wrote about
them is rewritten: @mentions and the name (quote-replies carry it as "**Name** wrote") in
every post, earlier post versions, thread titles and knowledge-base revisions, and the search
documents that hold them are re-indexed through the outbox. Posts stay for the thread's sake
unless the admin removes them too (then they are deleted like a moderator deletes, text kept
out of every reader's view). The audit row carries ids and counts only.

The collaboration-health rollups keep what the dashboard's totals need and nothing more:
the person's monthly markers stay on the anonymized row, their reads and reviews lose which
object and when (`_blur_insight_reads`).

The person's e-mail goes too: every row of the mail queue to them or their address (waiting
or sent), their e-mail preferences and a bouncing mark on their address. In-app
notifications for the person are deleted, and those about their acts show the new name
because they are rendered from the user row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import String, cast, delete, func, insert, or_, select

from forum.accounts import access as account_access
from forum.accounts.models import Invitation, PasswordReset, Role, User, UserRole, UserSession
from forum.accounts.passwords import verify_password
from forum.accounts.sitesettings import get_setting
from forum.audit.models import AuditEntry, record
from forum.discussions.models import Follow, ReadState
from forum.errors import NotFound, ValidationError
from forum.extensions import db
from forum.indexing.outbox import enqueue
from forum.mydata import rewrite
from forum.mydata.models import DataExport
from forum.notifications.models import Notification
from forum.pbl.models import JournalEntry
from forum.realtime.publish import publish
from forum.rollups.models import InsightSeen
from forum.text.i18n import _l
from forum.wiki.models import BoundaryFollow


@dataclass(frozen=True)
class Erasure:
    target: User
    remove_posts: bool
    by_self: bool


def erased_name(user_id: int) -> str:
    return f"Deleted user {user_id}"


def may_erase_self(user: User) -> bool:
    return bool(get_setting("self_erasure")) and user.erased_at is None


def check_erase(actor: User, target: User, form: dict, *, by_self: bool) -> Erasure:
    """`by_self`: the member's own settings page (`confirm` + `password`), allowed only when
    the site setting says so; otherwise an admin's (`confirm_name`, `remove_posts`)."""
    if by_self and (target.id != actor.id or not may_erase_self(actor)):
        raise NotFound()
    if not by_self:
        account_access.require(account_access.can_manage_users(actor))
    if target.erased_at is not None:
        raise ValidationError(str(_l("This account is already erased.")))
    if target.has_role(Role.ADMIN) and _other_admins(target) == 0:
        raise ValidationError(str(_l(
            "This is the last admin account. Make someone else an admin first.")))
    if by_self:
        _check_self_confirmation(target, form)
    elif (form.get("confirm_name") or "").strip() != target.display_name:
        raise ValidationError(field_errors={"confirm_name": str(_l(
            "Type the person's name exactly as shown to confirm."))})
    return Erasure(target, remove_posts=not by_self and form.get("remove_posts") == "1",
                   by_self=by_self)


def _check_self_confirmation(user: User, form: dict) -> None:
    errors = {}
    if form.get("confirm") != "1":
        errors["confirm"] = str(_l("Tick the box to confirm that you understand."))
    if not verify_password(user.password_hash, form.get("password") or ""):
        errors["password"] = str(_l("The password is not correct."))
    if errors:
        raise ValidationError(field_errors=errors)


def _other_admins(target: User) -> int:
    return db.session.scalar(
        select(func.count()).select_from(UserRole).join(User, User.id == UserRole.user_id)
        .where(UserRole.role == Role.ADMIN, User.id != target.id, User.active.is_(True),
               User.erased_at.is_(None))) or 0


def do_erase(actor: User, erasure: Erasure, now: datetime) -> dict[str, int]:
    target = erasure.target
    old = rewrite.Identity(target.username, target.display_name, target.email)
    counts = {"journal_entries": _delete_journals(target, erasure.remove_posts),
              "sessions": _end_sessions(target),
              "notifications": _delete_personal_rows(target),
              "insight_reads_blurred": _blur_insight_reads(target)}
    _anonymize(target, now)
    db.session.flush()
    counts["posts_removed"] = (rewrite.do_remove_posts(actor, target, now)
                               if erasure.remove_posts else 0)
    counts.update(rewrite.do_rewrite_mentions(old, rewrite.Identity(
        target.username, target.display_name, target.email), now))
    _scrub_audit(old)
    # The actor of a self-erasure is the erased row itself: an id, nothing more.
    record(actor, "user.erase", "user", target.id, by_self=erasure.by_self,
           remove_posts=erasure.remove_posts, **counts)
    return counts


def _delete_journals(target: User, remove_shared: bool) -> int:
    query = select(JournalEntry).where(JournalEntry.author_id == target.id)
    if not remove_shared:
        query = query.where(JournalEntry.shared.is_(False))
    entries = list(db.session.scalars(query))
    for entry in entries:
        db.session.delete(entry)
    # Deleted entries leave the index; kept (shared) ones carry the author's name as title.
    enqueue(*(f"journal:{e.id}" for e in db.session.scalars(
        select(JournalEntry).where(JournalEntry.author_id == target.id))),
        *(f"journal:{e.id}" for e in entries))
    return len(entries)


def _end_sessions(target: User) -> int:
    publish.disconnect_user(target.id)
    return db.session.execute(delete(UserSession).where(
        UserSession.user_id == target.id)).rowcount or 0


def _delete_personal_rows(target: User) -> int:
    from forum.email.models import BouncingAddress, MailMessage, MailPreference

    for model in (Follow, BoundaryFollow, ReadState, PasswordReset, DataExport, MailPreference):
        db.session.execute(delete(model).where(model.user_id == target.id))
    db.session.execute(delete(MailMessage).where(or_(
        MailMessage.user_id == target.id,
        func.lower(MailMessage.to_address) == target.email.lower())))
    db.session.execute(delete(BouncingAddress).where(
        BouncingAddress.address == target.email.lower()))
    return db.session.execute(delete(Notification).where(
        Notification.user_id == target.id)).rowcount or 0


def _blur_insight_reads(target: User) -> int:
    """The collaboration rollups' record of what the person read and reviewed, and when
    (`insight_seen`), loses the object and the moment: each row keeps only "one read (or
    review) for this organization in this month", with a made-up object id (-1, -2 ...) and
    the month's first day as its time. The dashboard's totals and `forum insights rebuild`
    (which counts these rows by person, organization and month) stay exactly as they were.
    Their monthly markers (`insight_people`) stay on the anonymized row as they are: they say
    no more than that, and the distinct-people counts and the "fewer than 3" rule need them."""
    rows = db.session.execute(select(
        InsightSeen.kind, InsightSeen.month, InsightSeen.organization_id).where(
        InsightSeen.user_id == target.id).order_by(
        InsightSeen.month, InsightSeen.kind, InsightSeen.object_id)).all()
    if not rows:
        return 0
    db.session.execute(delete(InsightSeen).where(InsightSeen.user_id == target.id))
    db.session.execute(insert(InsightSeen), [
        {"user_id": target.id, "kind": kind, "object_id": -number, "month": month,
         "organization_id": org, "at": datetime(month.year, month.month, 1, tzinfo=UTC)}
        for number, (kind, month, org) in enumerate(rows, 1)])
    return len(rows)


def _anonymize(target: User, now: datetime) -> None:
    db.session.execute(Invitation.__table__.update().where(or_(
        Invitation.accepted_user_id == target.id,
        func.lower(Invitation.email) == target.email.lower())).values(
        email=f"deleted-{target.id}@erased.invalid"))
    target.display_name = erased_name(target.id)
    target.username = f"deleted-{target.id}"
    target.email = f"deleted-{target.id}@erased.invalid"
    target.job_title = target.works_on = ""
    target.password_hash = ""  # verify_password never accepts an empty hash
    target.active = False
    target.deactivated_at = target.deactivated_at or now
    target.erased_at = now
    target.role_rows.clear()


def _scrub_audit(old: rewrite.Identity) -> None:
    """Earlier audit rows may name the person (an invitation's address): replace it. The
    e-mail address is matched anywhere; the handle and name only as a whole value (a short
    handle could be part of other words)."""
    rows = db.session.scalars(select(AuditEntry).where(
        cast(AuditEntry.details, String).contains(old.email)))
    for entry in rows:
        entry.details = {key: _scrub(value, old) for key, value in entry.details.items()}


def _scrub(value: object, old: rewrite.Identity) -> object:
    if not isinstance(value, str):
        return value
    if value.strip().lower() in (old.username.lower(), old.display_name.lower()):
        return "(erased)"
    return re.sub(re.escape(old.email), "(erased)", value, flags=re.IGNORECASE)
