"""Redacting a post's stored versions: what an edit removed, and text chosen by hand.

A post's versions are its earlier texts (`post_revisions`, each the text *before* an edit) and
its current text. Masking keeps the text's shape (forum.text.redaction), so the history's word
diffs still read "a number was here, then removed".

- Automatically: when an edit removes personal data the privacy finder flags, every earlier
  version of the post holding the same finding is masked, and so are quotes of it in the
  thread's other posts (quote-reply copies the text into them).
- By hand: the author, a moderator or an admin masks exact text in one version (and by
  default in every version of the post that holds it).

Either way the audit row says which versions and how many characters, never the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from forum.accounts.models import User
from forum.audit.models import record
from forum.discussions import access
from forum.discussions.models import Post, PostRevision
from forum.discussions.payloads import post_payload
from forum.discussions.search_docs import doc_ids_for_post
from forum.errors import NotFound, ValidationError
from forum.extensions import db
from forum.indexing.outbox import enqueue
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.text import render
from forum.text.i18n import _l
from forum.text.redaction import (
    check_needle,
    mask_exact,
    mask_findings,
    removed_findings,
)
from forum.wiki import backlinks as wiki_backlinks
from forum.wiki.backlinks import DatabaseResolver

CURRENT = "current"


@dataclass(frozen=True)
class Redaction:
    """What to mask: `text` in version `version` ("current" or a revision id), and in every
    other version of the post when `everywhere`."""

    version: str
    text: str
    everywhere: bool


# -- by hand ----------------------------------------------------------------------------------
def version_source(post: Post, version: str | None) -> str:
    """The text of one version of this post; NotFound for anything else (another post's
    revision, a malformed id)."""
    if version == CURRENT:
        return post.source
    revision_id = int(version) if version and version.isdigit() and len(version) < 12 else None
    revision = db.session.get(PostRevision, revision_id) if revision_id else None
    if revision is None or revision.post_id != post.id:
        raise NotFound()
    return revision.source


def check_redact_post(actor: User, post: Post, version: str | None, text: object,
                      everywhere: bool) -> Redaction:
    if not access.can_redact_post(actor, post):
        raise NotFound()  # the history is there, but redacting is not this reader's to do
    source = version_source(post, version)
    needle = check_needle(text)
    if needle not in source:
        raise ValidationError(field_errors={"text": str(_l(
            "This version does not contain that text. Copy it exactly as shown."))})
    return Redaction(str(version), needle, everywhere)


def do_redact_post(actor: User, post: Post, redaction: Redaction, now: datetime) -> int:
    """Mask the text; returns how many versions changed."""
    versions = occurrences = 0
    for revision in _revisions(post):
        if redaction.everywhere or redaction.version == str(revision.id):
            revision.source, count = mask_exact(revision.source, redaction.text)
            versions, occurrences = versions + bool(count), occurrences + count
    if redaction.everywhere or redaction.version == CURRENT:
        source, count = mask_exact(post.source, redaction.text)
        if count:
            do_replace_text(post, source, now)
        versions, occurrences = versions + bool(count), occurrences + count
    db.session.flush()
    record(actor, "revision.redact", "post", post.id, version=redaction.version,
           everywhere=redaction.everywhere, characters=len(redaction.text),
           occurrences=occurrences, versions=versions)
    return versions


# -- after an edit ----------------------------------------------------------------------------
def do_redact_removed(actor: User, post: Post, old_source: str, now: datetime) -> int:
    """Called by do_edit_post once the new text is in place: mask what the edit removed in
    the post's earlier versions and in quotes of it. Returns how many texts changed."""
    removed = removed_findings(old_source, post.source)
    if not removed:
        return 0
    keys = set(removed)
    versions = sum(_mask_row(revision, keys) for revision in _revisions(post))
    quotes = _mask_quotes(post, keys, now)
    db.session.flush()
    record(actor, "revision.redact_auto", "post", post.id, kinds=sorted(set(removed.values())),
           versions=versions, quoting_posts=quotes)
    return versions + quotes


def _mask_row(revision: PostRevision, keys: set[str]) -> bool:
    revision.source, count = mask_findings(revision.source, keys)
    return bool(count)


def _mask_quotes(post: Post, keys: set[str], now: datetime) -> int:
    """Quote-reply copies a post into another as "> " lines: mask the findings there too
    (only inside quotes: someone else writing the same number on their own is their text)."""
    others = db.session.scalars(select(Post).where(
        Post.thread_id == post.thread_id, Post.id != post.id, Post.source.contains(">")))
    changed = 0
    for other in others:
        source = _mask_quoted_lines(other.source, keys)
        history = [r for r in _revisions(other) if _mask_quoted(r, keys)]
        current = source != other.source
        if current:
            do_replace_text(other, source, now)
        changed += current or bool(history)
    return changed


def _mask_quoted(revision: PostRevision, keys: set[str]) -> bool:
    source = _mask_quoted_lines(revision.source, keys)
    changed, revision.source = source != revision.source, source
    return changed


def _mask_quoted_lines(source: str, keys: set[str]) -> str:
    lines = source.split("\n")
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            lines[i] = mask_findings(line, keys)[0]
    return "\n".join(lines)


# -- shared -----------------------------------------------------------------------------------
def _revisions(post: Post) -> list[PostRevision]:
    return list(db.session.scalars(select(PostRevision).where(PostRevision.post_id == post.id)
                                   .order_by(PostRevision.id)))


def do_replace_text(post: Post, source: str, now: datetime) -> None:
    """Put masked text in place of a post's current text: rendered again, re-indexed, links
    re-recorded, live readers told. `edited_at` moves, which also renews the thread page's
    cached fragment of the post (its key holds edited_at)."""
    rendered = render(source, DatabaseResolver(),
                      missing_page_hint=str(_l("This page does not exist yet")))
    post.source, post.html, post.edited_at = source, rendered.html, now
    db.session.flush()
    enqueue(*doc_ids_for_post(post))
    wiki_backlinks.do_record_post_links(post, rendered.wikilinks)
    if post.deleted_at is None:
        publish.emit("post_edited", {"thread_id": post.thread_id, "post": post_payload(post)},
                     rooms.thread_room(post.thread_id))
