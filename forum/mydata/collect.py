"""What an export holds: one function per category, each returning plain JSON-able data.

The access rule is "the member's own data" (GDPR art. 15/20): everything they wrote or that
is stored about them, and nothing another person wrote. Their own text is included even
where they can no longer read the thread (they left the group or organization) — it is
still theirs; but the *context* others wrote (a thread title by someone else in a space they
can no longer read) is left out and marked `null`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select

from forum.accounts.models import Organization, User, UserSession
from forum.discussions import access as discussion_access
from forum.discussions.models import Follow, Post, PostRevision, Reaction, Thread
from forum.extensions import db
from forum.notifications.models import Notification
from forum.pbl.models import Attendance, BoardItem, GroupMember, JournalEntry, PblGroup
from forum.rollups.models import InsightPerson, InsightSeen
from forum.wiki.models import BoundaryFollow, WikiRevision

Data = dict[str, Any] | list[Any]


def when(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def profile(user: User) -> Data:
    return {"id": user.id, "username": user.username, "email": user.email,
            "display_name": user.display_name, "job_title": user.job_title,
            "works_on": user.works_on, "organization": user.organization.name,
            "roles": sorted(r.value for r in user.roles), "language": user.language,
            "created_at": when(user.created_at)}


def _thread_titles(user: User, thread_ids: set[int]) -> dict[int, str | None]:
    """Titles the member may still read, or wrote themselves; others are left out."""
    readable = set(discussion_access.readable_space_ids(user))
    titles: dict[int, str | None] = {}
    for thread in db.session.scalars(select(Thread).where(Thread.id.in_(thread_ids))):
        mine = thread.author_id == user.id
        titles[thread.id] = thread.title if mine or thread.space_id in readable else None
    return titles


def posts(user: User) -> Data:
    rows = list(db.session.scalars(
        select(Post).where(Post.author_id == user.id).order_by(Post.id)))
    titles = _thread_titles(user, {p.thread_id for p in rows})
    history: dict[int, list[dict]] = {}
    for revision in db.session.scalars(
            select(PostRevision).join(Post, Post.id == PostRevision.post_id)
            .where(Post.author_id == user.id).order_by(PostRevision.id)):
        history.setdefault(revision.post_id, []).append({
            "replaced_at": when(revision.created_at), "source": revision.source,
            "edited_by_you": revision.editor_id == user.id})
    return [{"id": p.id, "thread_id": p.thread_id, "thread_title": titles.get(p.thread_id),
             "number_in_thread": p.seq, "created_at": when(p.created_at),
             "edited_at": when(p.edited_at), "deleted_at": when(p.deleted_at),
             "source": p.source, "history": history.get(p.id, [])} for p in rows]


def pages(user: User) -> Data:
    # The revisions they saved, with the title they saved (the page may be renamed since).
    rows = db.session.scalars(select(WikiRevision).where(WikiRevision.author_id == user.id)
                              .order_by(WikiRevision.id))
    return [{"page_id": r.page_id, "revision": r.number, "title": r.title,
             "created_at": when(r.created_at), "summary": r.summary, "body": r.body,
             "structured_content": r.content} for r in rows]


def journal(user: User) -> Data:
    member_of = set(db.session.scalars(
        select(GroupMember.group_id).where(GroupMember.user_id == user.id)))
    rows = db.session.scalars(select(JournalEntry).where(JournalEntry.author_id == user.id)
                              .order_by(JournalEntry.id))
    # A group's name only while they are in it.
    names = dict(db.session.execute(select(PblGroup.id, PblGroup.name).where(
        PblGroup.id.in_(member_of))).all())
    return [{"id": e.id, "group_id": e.group_id, "group": names.get(e.group_id),
             "session_number": e.session.number if e.session else None, "shared": e.shared,
             "created_at": when(e.created_at), "updated_at": when(e.updated_at),
             "body": e.body} for e in rows]


def pbl(user: User) -> Data:
    items = db.session.scalars(select(BoardItem).where(BoardItem.author_id == user.id)
                               .order_by(BoardItem.id))
    attendance = db.session.scalars(select(Attendance).where(Attendance.user_id == user.id)
                                    .order_by(Attendance.id))
    return {"board_notes": [{"session_id": i.session_id, "step": i.step, "text": i.text,
                             "created_at": when(i.created_at)} for i in items],
            "attendance": [{"session_id": a.session_id, "present": a.present}
                           for a in attendance]}


def reactions(user: User) -> Data:
    rows = db.session.execute(
        select(Reaction, Post.thread_id).join(Post, Post.id == Reaction.post_id)
        .where(Reaction.user_id == user.id).order_by(Reaction.id))
    return [{"post_id": r.post_id, "thread_id": thread_id, "kind": r.kind,
             "created_at": when(r.created_at)} for r, thread_id in rows]


def notifications(user: User) -> Data:
    # Who caused a notification is another person's data; the kind and place are the
    # member's own record.
    rows = db.session.scalars(select(Notification).where(Notification.user_id == user.id)
                              .order_by(Notification.id))
    # A moderation notice carries the reviewer's reason (`note`), sent to this member.
    return [{"kind": n.kind, "thread_id": n.thread_id, "post_id": n.post_id,
             "note": n.note, "link": n.link,
             "created_at": when(n.created_at), "read_at": when(n.read_at)} for n in rows]


def sessions(user: User) -> Data:
    # Metadata only: the token hash is a credential, not information about the person.
    rows = db.session.scalars(select(UserSession).where(UserSession.user_id == user.id)
                              .order_by(UserSession.id))
    return [{"started_at": when(s.created_at), "ended_at": when(s.revoked_at),
             "browser": s.user_agent} for s in rows]


def preferences(user: User) -> Data:
    follows = db.session.scalars(select(Follow).where(Follow.user_id == user.id)
                                 .order_by(Follow.id))
    boundaries = db.session.scalars(select(BoundaryFollow.page_id)
                                    .where(BoundaryFollow.user_id == user.id)
                                    .order_by(BoundaryFollow.id))
    return {"language": user.language,
            "follows": [{"thread_id": f.thread_id, "space_id": f.space_id,
                         "level": f.level.value} for f in follows],
            "followed_boundary_pages": list(boundaries)}


def collaboration(user: User) -> Data:
    """The collaboration-health markers kept about the member (forum.rollups): that they did
    something of a kind for their organization in a month ("active", "posts", "to:<org>" for
    a reply to that organization ...), and each read of a thread or boundary page and each
    page review, once a month. The dashboard shows them only inside organization totals;
    here they are the member's own. Objects by id only (their titles may be others' text)."""
    names = dict(db.session.execute(select(Organization.id, Organization.name)).all())
    marks = db.session.scalars(select(InsightPerson).where(InsightPerson.user_id == user.id)
                               .order_by(InsightPerson.month, InsightPerson.kind))
    seen = db.session.scalars(select(InsightSeen).where(InsightSeen.user_id == user.id)
                              .order_by(InsightSeen.at, InsightSeen.kind, InsightSeen.object_id))
    return {"monthly_markers": [_marker(m, names) for m in marks],
            "reads_and_reviews": [{
                "kind": s.kind, "object_id": s.object_id, "month": f"{s.month:%Y-%m}",
                "organization": names.get(s.organization_id), "at": when(s.at)} for s in seen]}


def _marker(row: InsightPerson, names: dict[int, str]) -> dict[str, Any]:
    kind, replied_to = row.kind, None
    if kind.startswith("to:"):
        kind, replied_to = "replied_to", names.get(int(kind[3:]))
    return {"month": f"{row.month:%Y-%m}", "organization": names.get(row.organization_id),
            "kind": kind, "replied_to_organization": replied_to}


# The order is the order of the build's progress steps and of the Markdown index.
CATEGORIES: list[tuple[str, Callable[[User], Data]]] = [
    ("profile", profile), ("posts", posts), ("pages", pages), ("journal", journal),
    ("pbl", pbl), ("reactions", reactions), ("notifications", notifications),
    ("sessions", sessions), ("preferences", preferences), ("collaboration", collaboration),
]
