"""Who hears about a post, and the notification rows and live badges that tell them.

Audience rules (Discourse-like): a mention always notifies unless the person muted the thread
or space; "watch" notifies on every post; "normal" also notifies the thread's starter; an
organization's question notifies its people. Everybody is filtered through the discussions
access funnel first: a mention never reaches someone who cannot read the thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from forum.accounts.models import Organization, User
from forum.accounts.payloads import person
from forum.discussions.models import FollowLevel
from forum.extensions import db
from forum.notifications.models import Notification
from forum.notifications.queries import unread_notification_counts
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.text import Mention
from forum.wiki.models import WikiPage

# Called with the notification rows about to be written (before their INSERT, in their
# transaction) and the time: the e-mail package marks the rows it may e-mail about
# (`mail_pending`, a plain attribute: no query, no extra statement). Filled by create_app
# (notifications sits below forum.email, which reads notifications when it composes).
_WRITING: list[Callable[[list[Notification], datetime], None]] = []


def on_writing(listener: Callable[[list[Notification], datetime], None]) -> None:
    if listener not in _WRITING:
        _WRITING.append(listener)


# When one post gives a person several reasons, the strongest one is kept.
PRIORITY = ("mention", "org_mention", "question", "answer", "pbl_question", "pbl_opened",
            "pbl_minutes", "new_thread", "reply")


def do_notify_post(post, thread, actor: User, mentions: list[Mention], now: datetime,
                   *, only_new_mentions: bool = False) -> None:
    from forum.discussions.state_actions import follow_levels

    levels = follow_levels(thread)
    reasons: dict[int, str] = {}
    for mention in mentions:
        if mention.kind == "user" and mention.id is not None:
            _add(reasons, mention.id, "mention")
        elif mention.kind == "org" and mention.id is not None:
            for user_id in _org_people(mention.id):
                _add(reasons, user_id, "org_mention")
    if only_new_mentions:
        already = set(db.session.scalars(select(Notification.user_id).where(
            Notification.post_id == post.id)))
        reasons = {uid: kind for uid, kind in reasons.items() if uid not in already}
    else:
        # A thread's first post, to those who watch: a new thread in a watched space.
        watched = "new_thread" if post.seq == 1 else "reply"
        for user_id, level in levels.items():
            if level == FollowLevel.WATCH:
                _add(reasons, user_id, watched)
        if thread.author_id != actor.id:
            _add(reasons, thread.author_id, "reply")
    _deliver(reasons, thread, post, actor, now, levels)


def do_notify_question(thread, post, actor: User, org: Organization, now: datetime) -> None:
    _deliver(dict.fromkeys(_org_people(org.id), "question"), thread, post, actor, now)


def do_notify_answer(thread, post, actor: User, now: datetime) -> None:
    _deliver({post.author_id: "answer"}, thread, post, actor, now)


def do_notify_people(thread, post, actor: User, user_ids: set[int], kind: str,
                     now: datetime) -> None:
    """Tell these people about a post (e.g. a PBL group about the question for next time,
    an opened session, published minutes); as always, only those who may read the thread
    get anything, and someone already told about this post (a mention) is not told twice."""
    already = set(db.session.scalars(select(Notification.user_id).where(
        Notification.post_id == post.id)))
    _deliver(dict.fromkeys(set(user_ids) - already, kind), thread, post, actor, now)


def _add(reasons: dict[int, str], user_id: int, kind: str) -> None:
    current = reasons.get(user_id)
    if current is None or PRIORITY.index(kind) < PRIORITY.index(current):
        reasons[user_id] = kind


def _deliver(reasons: dict[int, str], thread, post, actor: User, now: datetime,
             levels: dict[int, FollowLevel] | None = None) -> None:
    """`levels`: the thread's follow levels, when the caller has already read them."""
    from forum.discussions import access
    from forum.discussions.state_actions import follow_levels

    reasons.pop(actor.id, None)
    if not reasons:
        return
    if levels is None:
        levels = follow_levels(thread)
    muted = {uid for uid, level in levels.items() if level == FollowLevel.MUTE}
    allowed = access.readers_among(set(reasons) - muted, thread)
    rows = [Notification(user_id=uid, kind=reasons[uid], thread_id=thread.id,
                         post_id=post.id, actor_id=actor.id, created_at=now)
            for uid in sorted(allowed)]
    if not rows:
        return
    for listener in _WRITING:  # forum.email.notify: the e-mail intent, on the rows themselves
        listener(rows, now)
    db.session.add_all(rows)
    db.session.flush()
    counts = unread_notification_counts([r.user_id for r in rows], thread.space_id)
    for row in rows:
        publish.emit("notification", {"unread": counts.get(row.user_id, 0),
                                      "item": notification_payload(row, thread, post, actor)},
                     rooms.user_room(row.user_id))


def _org_people(org_id: int) -> set[int]:
    """Active people of the organization and of its local offices."""
    orgs = dict(db.session.execute(select(Organization.id, Organization.parent_id)).all())
    wanted = {org_id}
    changed = True
    while changed:
        more = {oid for oid, parent in orgs.items() if parent in wanted} - wanted
        changed = bool(more)
        wanted |= more
    return set(db.session.scalars(select(User.id).where(User.organization_id.in_(wanted),
                                                        User.active.is_(True))))


def notification_payload(row: Notification, thread, post, actor: User) -> dict:
    return {"id": row.id, "kind": row.kind, "thread_id": thread.id,
            "post_seq": post.seq if post else None, "title": thread.title,
            "actor": person(actor), "url": f"/t/{thread.id}#post-{post.seq}" if post
            else f"/t/{thread.id}", "created_at": row.created_at.isoformat()}


def do_mark_read(user: User, now: datetime, notification_ids: list[int] | None = None) -> int:
    query = select(Notification).where(Notification.user_id == user.id,
                                       Notification.read_at.is_(None))
    if notification_ids is not None:
        query = query.where(Notification.id.in_(notification_ids))
    rows = list(db.session.scalars(query))
    for row in rows:
        row.read_at = now
    db.session.flush()
    publish.emit("notification", {"unread": unread_notification_counts([user.id]).get(user.id, 0),
                                  "item": None}, rooms.user_room(user.id))
    return len(rows)


def do_notify_boundary(actor: User, page: WikiPage, readers: list[User], details: dict,
                       now: datetime) -> None:
    """One notice per reader of a changed boundary page that they follow (forum.wiki.following
    chooses the readers and describes the changes)."""
    rows = [Notification(user_id=user.id, kind="boundary", page_id=page.id,
                         link=f"/wiki/{page.id}", actor_id=actor.id, created_at=now,
                         details=details) for user in readers]
    db.session.add_all(rows)
    db.session.flush()
    counts = unread_notification_counts([row.user_id for row in rows])
    for row in rows:
        publish.emit("notification", {"unread": counts.get(row.user_id, 0), "item": {
            "id": row.id, "kind": "boundary", "title": page.title, "url": row.link,
            "created_at": now.isoformat()}}, rooms.user_room(row.user_id))
