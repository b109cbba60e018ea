"""Creating, editing and deleting threads and posts: check_* validates and authorizes,
do_* writes and flushes (never commits), events are recorded for after the commit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm.attributes import set_committed_value

from forum.accounts import access as account_access
from forum.accounts.models import Organization, User
from forum.audit.models import record
from forum.db import followups, parse_id
from forum.discussions import access, hooks, redaction
from forum.discussions.models import Post, PostRevision, Space, Thread
from forum.discussions.payloads import activity_payload, post_payload
from forum.discussions.search_docs import doc_ids_for_post
from forum.errors import NotFound, PermissionDenied, ValidationError
from forum.extensions import db
from forum.indexing.outbox import enqueue
from forum.privacy_terms.guard import check_privacy, scan
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.rollups import track as insights_track
from forum.text import Finding, Mention, Rendered, render
from forum.text.fields import form_text, text_field
from forum.text.i18n import _l
from forum.wiki import backlinks as wiki_backlinks
from forum.wiki.backlinks import DatabaseResolver

MAX_BODY = 64 * 1024
MAX_TITLE = 200
CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


@dataclass(frozen=True)
class PostDraft:
    source: str
    rendered: Rendered
    client_id: str | None
    privacy_flagged: bool


def check_body(body: str | None, *, confirm_privacy: bool, actor: User | None = None,
               extra: list[Finding] | None = None) -> tuple[str, Rendered, bool]:
    """Clean, size-check, privacy-check (with the writer's organization's terms) and render
    a post body (on the server, always)."""
    source = text_field("body", body, max_len=MAX_BODY, multiline=True,
                        required=_l("Write something first."))
    flagged = check_privacy(source, confirmed=confirm_privacy, actor=actor, extra=extra)
    return source, render(source, DatabaseResolver(),
                          missing_page_hint=str(_l("This page does not exist yet"))), flagged


def check_client_id(client_id: str | None) -> str | None:
    if client_id in (None, ""):
        return None
    if not isinstance(client_id, str) or not CLIENT_ID_RE.match(client_id):
        raise ValidationError(field_errors={"client_id": "client_id: 8-64 of A-Z a-z 0-9 _ -"})
    return client_id


_BY_CLIENT_ID = select(Post).where(Post.author_id == bindparam("author_id"),
                                   Post.client_id == bindparam("client_id"))  # built once


def find_duplicate(actor: User, client_id: str | None) -> Post | None:
    """The author's post sent with this client id (every live send asks: a retry after a
    dropped connection must not post twice)."""
    if client_id is None:
        return None
    return db.session.scalar(_BY_CLIENT_ID, {"author_id": actor.id, "client_id": client_id})


def check_new_post(actor: User, thread: Thread, body: str | None, client_id: str | None,
                   *, confirm_privacy: bool = False) -> PostDraft | Post:
    """A draft to store, or the already stored post with this client_id (a retried send)."""
    access.require_post_in(actor, thread.space)
    client_id = check_client_id(client_id)
    existing = find_duplicate(actor, client_id)
    if existing is not None:
        if existing.thread_id != thread.id:
            raise ValidationError(field_errors={"client_id": "client_id already used"})
        return existing
    if thread.locked:
        raise PermissionDenied(str(_l("This thread is closed for new posts.")))
    source, rendered, flagged = check_body(body, confirm_privacy=confirm_privacy, actor=actor)
    return PostDraft(source, rendered, client_id, flagged)


_NEXT_SEQ = (update(Thread).where(Thread.id == bindparam("thread_id"))
             .values(last_seq=Thread.last_seq + 1, post_count=Thread.post_count + 1,
                     last_post_at=bindparam("now", type_=Thread.last_post_at.type))
             .returning(Thread.last_seq, Thread.post_count, Thread.last_post_at))  # built once


def do_create_post(actor: User, thread: Thread, draft: PostDraft, now: datetime) -> Post:
    # One UPDATE hands out the next sequence number: concurrent posters to the same thread
    # queue on the row, so numbers never repeat or skip.
    counters = db.session.execute(_NEXT_SEQ, {"thread_id": thread.id, "now": now}).one()
    # The row's new values, as the UPDATE wrote them: no second SELECT to reload them.
    for name, value in zip(("last_seq", "post_count", "last_post_at"), counters, strict=True):
        set_committed_value(thread, name, value)
    seq = counters.last_seq
    post = Post(thread_id=thread.id, seq=seq, author_id=actor.id, client_id=draft.client_id,
                source=draft.source, html=draft.rendered.html, created_at=now,
                privacy_confirmed=draft.privacy_flagged)
    # What a new post's payload reads, known without a query: its thread, its author, and
    # no reactions yet.
    set_committed_value(post, "thread", thread)
    set_committed_value(post, "author", actor)
    set_committed_value(post, "reactions", [])
    db.session.add(post)
    db.session.flush()
    answered = _record_first_answer(thread, post, actor, now)
    # The rollups: the row is pending (Post.rollup_pending) and the worker counts it.
    insights_track.post_created()
    enqueue(*doc_ids_for_post(post))
    if draft.rendered.wikilinks:  # a new post has no stored links to replace
        wiki_backlinks.do_record_post_links(post, draft.rendered.wikilinks)
    if draft.rendered.citations:  # nor citations
        hooks.record_citations("post", post.id, ((None, c) for c in draft.rendered.citations))
    # The author's read position and the notifications go right after the commit, once the
    # post's readers have it (forum.db.followups).
    followups.enqueue("post_created", post_id=post.id, actor_id=actor.id, at=now.isoformat(),
                      mentions=[[m.kind, m.id] for m in draft.rendered.mentions])
    publish.emit("post_created", {"thread_id": thread.id, "post": post_payload(post, thread)},
                 rooms.thread_room(thread.id))
    # For thread lists and badges; a connection showing the thread has the post itself.
    publish.emit("thread_activity", activity_payload(thread, actor),
                 rooms.space_room(thread.space_id), skip_room=rooms.thread_room(thread.id))
    if answered:
        emit_thread_changed(thread)
    return post


@followups.handler("post_created")
def _after_post_created(payload: dict) -> None:
    from forum.discussions.state_actions import do_mark_read

    post = db.session.get(Post, payload["post_id"])
    actor = db.session.get(User, payload["actor_id"])
    if post is None or actor is None:
        return
    now = datetime.fromisoformat(payload["at"])
    mentions = [Mention(handle="", kind=kind, id=mention_id)
                for kind, mention_id in payload["mentions"]]
    do_mark_read(actor, post.thread, post.seq, now)
    hooks.notify_post(post, post.thread, actor, mentions, now)


def _record_first_answer(thread: Thread, post: Post, actor: User, now: datetime) -> bool:
    """A question is answered by the first post from someone of the addressed organization."""
    if thread.question_org_id is None or thread.first_answer_at is not None:
        return False
    if thread.question_org_id not in account_access.organization_line(actor.organization_id):
        return False
    thread.first_answer_post_id = post.id
    thread.first_answer_at = now
    return True


def emit_thread_changed(thread: Thread) -> None:
    publish.emit("thread_changed", {"thread_id": thread.id,
                                    "answered": thread.first_answer_at is not None,
                                    "solution_post_id": thread.solution_post_id},
                 rooms.thread_room(thread.id))


# -- threads ------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewThread:
    title: str
    question_org: Organization | None
    draft: PostDraft


def check_new_thread(actor: User, space: Space, title: str | None, body: str | None,
                     question_org_id: int | str | None, client_id: str | None = None,
                     *, confirm_privacy: bool = False) -> NewThread:
    access.require_post_in(actor, space)
    errors: dict[str, str] = {}
    clean_title = form_text({"title": title}, "title", errors, max_len=MAX_TITLE,
                            required=_l("Give the thread a title."))
    org = _question_org(question_org_id, errors)
    try:
        # The title is shown in every list and notification: checked with the body.
        source, rendered, flagged = check_body(body, confirm_privacy=confirm_privacy,
                                               actor=actor, extra=scan(clean_title, actor))
    except ValidationError as exc:
        errors.update(exc.field_errors)
        source = None
    if errors:
        raise ValidationError(field_errors=errors)
    return NewThread(clean_title, org, PostDraft(source, rendered, check_client_id(client_id),
                                                 flagged))


def do_create_thread(actor: User, space: Space, data: NewThread,
                     now: datetime) -> tuple[Thread, Post]:
    thread = Thread(space_id=space.id, title=data.title, author_id=actor.id, created_at=now,
                    last_post_at=now, question_org_id=data.question_org.id
                    if data.question_org else None)
    db.session.add(thread)
    db.session.flush()
    post = do_create_post(actor, thread, data.draft, now)
    if data.question_org is not None:
        hooks.notify_question(thread, post, actor, data.question_org, now)
    return thread, post


def _question_org(value: int | str | None, errors: dict[str, str]) -> Organization | None:
    if value in (None, "", "0", 0):
        return None
    org_id = parse_id(value)
    org = db.session.get(Organization, org_id) if org_id is not None else None
    if org is None:
        errors["question_org_id"] = str(_l("Choose an organization."))
    return org


# -- editing and deleting -------------------------------------------------------------------
def check_edit_post(actor: User, post: Post, body: str | None, *,
                    confirm_privacy: bool = False) -> PostDraft:
    if not access.can_edit_post(actor, post):
        raise PermissionDenied(str(_l("You cannot edit this post.")))
    source, rendered, flagged = check_body(body, confirm_privacy=confirm_privacy, actor=actor)
    return PostDraft(source, rendered, post.client_id, flagged)


def do_edit_post(actor: User, post: Post, draft: PostDraft, now: datetime) -> Post:
    if draft.source == post.source:
        return post  # nothing changed: no revision, no "edited" mark
    db.session.add(PostRevision(post_id=post.id, editor_id=actor.id, source=post.source,
                                created_at=now))
    old_source = post.source
    post.source, post.html = draft.source, draft.rendered.html
    post.edited_at = now
    post.edit_count += 1
    post.privacy_confirmed = post.privacy_confirmed or draft.privacy_flagged
    db.session.flush()
    redaction.do_redact_removed(actor, post, old_source, now)
    enqueue(*doc_ids_for_post(post))
    wiki_backlinks.do_record_post_links(post, draft.rendered.wikilinks)
    hooks.record_citations("post", post.id, ((None, c) for c in draft.rendered.citations))
    if actor.id != post.author_id:
        record(actor, "post_edited_by_moderator", "post", post.id)
    hooks.notify_post(post, post.thread, actor, draft.rendered.mentions, now,
                          only_new_mentions=True)
    publish.emit("post_edited", {"thread_id": post.thread_id, "post": post_payload(post)},
                 rooms.thread_room(post.thread_id))
    return post


def check_delete_post(actor: User, post: Post) -> None:
    if not access.can_delete_post(actor, post):
        raise PermissionDenied(str(_l("You cannot delete this post.")))


def do_delete_post(actor: User, post: Post, now: datetime) -> None:
    post.deleted_at = now
    post.deleted_by_id = actor.id
    enqueue(*doc_ids_for_post(post))
    if actor.id != post.author_id:
        record(actor, "post_deleted_by_moderator", "post", post.id)
    db.session.flush()
    publish.emit("post_deleted", {"thread_id": post.thread_id, "post": post_payload(post)},
                 rooms.thread_room(post.thread_id))


def check_restore_post(actor: User, post: Post) -> None:
    if not access.can_restore_post(actor, post):
        raise NotFound() if post.deleted_at is None else PermissionDenied(
            str(_l("Only a moderator can restore a post.")))
    if post.source == "":  # forum.mydata.retention removed its text for good
        raise ValidationError(str(_l("This post was deleted too long ago to be restored.")))


def do_restore_post(actor: User, post: Post) -> None:
    post.deleted_at = None
    post.deleted_by_id = None
    enqueue(*doc_ids_for_post(post))
    record(actor, "post_restored", "post", post.id)
    db.session.flush()
    publish.emit("post_restored", {"thread_id": post.thread_id, "post": post_payload(post)},
                 rooms.thread_room(post.thread_id))
