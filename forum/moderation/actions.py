"""Flagging and reviewing: check_* validates and authorizes, do_* writes and flushes (never
commits); events go out after the commit. Every moderation step is audit-logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from forum.accounts.models import User
from forum.audit.models import record
from forum.discussions import actions as discussion_actions
from forum.discussions.models import Post
from forum.discussions.payloads import post_payload
from forum.discussions.search_docs import doc_ids_for_post
from forum.errors import Conflict, NotFound, PermissionDenied, ValidationError
from forum.extensions import db
from forum.indexing.outbox import enqueue
from forum.moderation import targets
from forum.moderation.models import Flag, FlagReason, FlagStatus, TargetType
from forum.notifications.models import Notification
from forum.notifications.queries import unread_notification_counts
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.text.fields import text_field
from forum.text.i18n import _l

MAX_NOTE = 1000
MAX_RESOLUTION = 500


@dataclass(frozen=True)
class NewFlag:
    reason: FlagReason
    note: str


def check_flag(actor: User, target: targets.Target, reason: str | None,
               note: str | None) -> NewFlag:
    """`target` comes from targets.for_reader (so the actor may read it)."""
    try:
        chosen = FlagReason(reason or "")
    except ValueError:
        raise ValidationError(field_errors={"reason": str(_l("Choose a reason."))}) from None
    text = text_field("note", note, max_len=MAX_NOTE, multiline=True, required=False)
    if chosen == FlagReason.OTHER and not text:
        raise ValidationError(field_errors={"note": str(_l("Say what is wrong."))})
    if _flag_of(actor, target) is not None:
        raise Conflict(str(_l("You have already flagged this.")))
    return NewFlag(chosen, text)


def do_flag(actor: User, target: targets.Target, data: NewFlag, now: datetime) -> Flag:
    flag = Flag(target_type=target.type, target_id=target.id, reporter_id=actor.id,
                reason=data.reason, note=data.note, created_at=now)
    db.session.add(flag)
    db.session.flush()
    record(actor, "flag.create", target.type.value, target.id, flag=flag.id,
           reason=data.reason.value)
    if data.reason == FlagReason.PERSONAL_DATA and target.type == TargetType.POST:
        _hide(actor, target.obj, now, flag)
    return flag


def _hide(actor: User, post: Post, now: datetime, flag: Flag) -> None:
    """Hidden at once, pending review: out of the index, and every open page in the thread's
    room swaps the text for the placeholder (the room's payload carries none)."""
    if post.hidden_at is not None:
        return
    post.hidden_at = now
    db.session.flush()
    enqueue(*doc_ids_for_post(post))
    record(actor, "post.hide", "post", post.id, flag=flag.id)
    publish.emit("post_edited", {"thread_id": post.thread_id, "post": post_payload(post)},
                 rooms.thread_room(post.thread_id))


def _flag_of(actor: User, target: targets.Target) -> Flag | None:
    return db.session.scalar(select(Flag).where(
        Flag.target_type == target.type, Flag.target_id == target.id,
        Flag.reporter_id == actor.id))


# -- review ------------------------------------------------------------------------------------
def flag_for_reviewer(actor: User, flag_id: int) -> tuple[Flag, targets.Target]:
    """The flag and its thing, if this user may review it; NotFound otherwise."""
    flag = db.session.get(Flag, flag_id)
    target = targets.load(flag.target_type, flag.target_id) if flag else None
    if target is None or not targets.can_review(actor, target):
        raise NotFound()
    return flag, target


def check_resolution(actor: User, target: targets.Target, reason: str | None, *,
                     remove: bool) -> str:
    text = text_field("reason", reason, max_len=MAX_RESOLUTION, multiline=True,
                      required=False)
    if not text:
        raise ValidationError(field_errors={"reason": str(
            _l("Write the reason; the author receives it."))})
    if not open_flags(target):
        raise Conflict(str(_l("These flags are already closed.")))
    if remove and not targets.can_remove(actor, target):
        raise PermissionDenied(str(_l("You cannot remove this; edit it instead.")))
    return text


def do_keep(actor: User, target: targets.Target, reason: str, now: datetime) -> None:
    """The thing stays (and comes back into view, if it was hidden); its flags close."""
    closed = _close(actor, target, FlagStatus.KEPT, reason, now)
    if target.type == TargetType.POST and target.obj.hidden_at is not None:
        post = target.obj
        post.hidden_at = None
        db.session.flush()
        enqueue(*doc_ids_for_post(post))
        record(actor, "post.unhide", "post", post.id)
        publish.emit("post_edited", {"thread_id": post.thread_id, "post": post_payload(post)},
                     rooms.thread_room(post.thread_id))
    record(actor, "flag.keep", target.type.value, target.id, flags=closed, reason=reason)
    do_tell_author(actor, target, reason, now)


def do_remove(actor: User, target: targets.Target, reason: str, now: datetime) -> None:
    """The thing goes: a post becomes a tombstone (its author and moderators still read it),
    a page is deleted with its history. Called after check_resolution(remove=True)."""
    closed = _close(actor, target, FlagStatus.REMOVED, reason, now)
    record(actor, "flag.remove", target.type.value, target.id, flags=closed, reason=reason)
    do_tell_author(actor, target, reason, now)
    if target.type == TargetType.POST:
        discussion_actions.check_delete_post(actor, target.obj)
        discussion_actions.do_delete_post(actor, target.obj, now)
    else:
        from forum.wiki import pages

        pages.check_delete_page(actor, target.obj)
        pages.do_delete_page(actor, target.obj)


def do_tell_author(actor: User, target: targets.Target, reason: str, now: datetime) -> None:
    """The reason goes to the author as an in-app notification (e-mail comes later)."""
    if target.author_id is None or target.author_id == actor.id:
        return
    thread_id = target.obj.thread_id if target.type == TargetType.POST else None
    row = Notification(user_id=target.author_id, kind="moderation", thread_id=thread_id,
                       post_id=target.id if target.type == TargetType.POST else None,
                       actor_id=actor.id, created_at=now, note=reason,
                       link=target.url())
    db.session.add(row)
    db.session.flush()
    publish.emit("notification", {
        "unread": unread_notification_counts([target.author_id]).get(target.author_id, 0),
        "item": {"id": row.id, "kind": "moderation", "title": target.title, "url": row.link,
                 "actor": {"id": actor.id, "name": actor.display_name,
                           "org": actor.organization.short_name},
                 "created_at": now.isoformat()}}, rooms.user_room(target.author_id))


def open_flags(target: targets.Target) -> list[Flag]:
    return list(db.session.scalars(select(Flag).where(
        Flag.target_type == target.type, Flag.target_id == target.id,
        Flag.status == FlagStatus.OPEN).order_by(Flag.id)))


def _close(actor: User, target: targets.Target, status: FlagStatus, reason: str,
           now: datetime) -> list[int]:
    flags = open_flags(target)
    for flag in flags:
        flag.status, flag.resolved_at, flag.resolved_by_id = status, now, actor.id
        flag.resolution = reason
    db.session.flush()
    return [flag.id for flag in flags]
