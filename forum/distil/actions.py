"""Prefilling the knowledge base's editor from a thread, and recording where text came from.

Prefilling changes nothing (the editor is a form like any other); the provenance is written
by `do_record` in the same transaction as the page save, after the same checks again, so a
save that is refused stores neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from forum.accounts.models import User
from forum.discussions.access import unhidden_for
from forum.discussions.models import Post, Thread
from forum.distil import access
from forum.distil.models import Distillation
from forum.errors import ValidationError
from forum.extensions import db
from forum.text.i18n import _l
from forum.wiki.models import WikiPage

MAX_PREFILL = 3500  # a statement holds 4,000 characters: room for the editor's own words


@dataclass(frozen=True)
class Prefill:
    thread: Thread
    post_ids: tuple[int, ...]
    text: str  # the chosen posts' Markdown, in thread order


def parse_post_ids(raw: str | None) -> tuple[int, ...]:
    ids = []
    for part in (raw or "").split(","):
        part = part.strip()
        if part.isdigit() and len(part) <= 12:
            ids.append(int(part))
    return tuple(dict.fromkeys(ids))[:50]


def default_post_ids(thread: Thread) -> tuple[int, ...]:
    """The accepted answer, else the first answer, else the opening post."""
    chosen = thread.solution_post_id or thread.first_answer_post_id
    if chosen is None:
        chosen = db.session.scalar(select(Post.id).where(Post.thread_id == thread.id,
                                                         Post.seq == 1))
    return (chosen,) if chosen else ()


def check_prefill(actor: User, thread_id: int | None, raw_posts: str | None) -> Prefill:
    """What the editor opens with; 404 for a thread the actor cannot read, 403 if they may
    not document it, 400 when none of the chosen posts is a live post of that thread."""
    if thread_id is None:
        raise ValidationError(str(_l("Choose a thread to document.")))
    thread = access.thread_for_distiller(actor, thread_id)
    ids = parse_post_ids(raw_posts) or default_post_ids(thread)
    posts = list(db.session.scalars(select(Post).where(
        Post.thread_id == thread.id, Post.id.in_(ids), Post.deleted_at.is_(None),
        unhidden_for(actor)).order_by(Post.seq))) if ids else []
    if not posts:
        raise ValidationError(str(_l("Choose at least one post of the thread.")))
    text = "\n\n".join(p.source for p in posts).strip()
    if len(text) > MAX_PREFILL:
        text = text[:MAX_PREFILL].rstrip() + " …"
    return Prefill(thread, tuple(p.id for p in posts), text)


def answered(thread: Thread) -> tuple[datetime | None, int | None]:
    """When the thread was answered (the accepted answer, else the first), and by whom."""
    post_id = thread.solution_post_id or thread.first_answer_post_id
    post = db.session.get(Post, post_id) if post_id else None
    return (post.created_at if post else thread.first_answer_at), access.answering_org_id(thread)


def do_record(actor: User, prefill: Prefill, page: WikiPage,
              statement_ids: list[int]) -> list[Distillation]:
    """Provenance for each statement the save added (or the page itself, for a new page)."""
    at, org_id = answered(prefill.thread)
    rows = [Distillation(thread_id=prefill.thread.id, thread_title=prefill.thread.title,
                         answered_at=at, answering_org_id=org_id, page_id=page.id,
                         statement_id=statement_id, created_by_id=actor.id)
            for statement_id in (statement_ids or [None])]
    db.session.add_all(rows)
    db.session.flush()
    return rows
