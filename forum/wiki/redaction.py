"""Redacting a page's revisions (free pages and boundary pages alike): what an edit removed,
and text chosen by hand.

A revision holds text in its title, body, edit summary and, for boundary pages, the structured
content (mandate, statements with their sources, "ask us" rows); the body and each statement
also have rendered HTML, rendered again from the masked text. Statement rows
(`wiki_statements`) copy the text of the revision that last touched them, so they are masked
with the revisions that list them. Masking keeps the text's shape (forum.text.redaction), so
word diffs between revisions still read.

The audit row names the revision and counts characters and revisions, never the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from forum.accounts.models import User
from forum.audit.models import record
from forum.errors import NotFound, ValidationError
from forum.extensions import db
from forum.indexing import outbox
from forum.text import render
from forum.text.i18n import _l
from forum.text.redaction import check_needle, mask_exact, mask_findings, removed_findings
from forum.wiki import access, boundaries, fields
from forum.wiki.backlinks import DatabaseResolver
from forum.wiki.models import WikiPage, WikiRevision, WikiStatement

Masker = Callable[[str], tuple[str, int]]
_REVISION_FIELDS = ("title", "body", "summary")
_ASK_FIELDS = ("topic", "contact", "response_time")


@dataclass(frozen=True)
class Redaction:
    revision_id: int
    text: str
    everywhere: bool


def searchable_text(title: str, body: str, content: dict[str, Any] | None) -> str:
    """What a revision says (not its edit summary, which speaks for that revision only)."""
    return "\n\n".join([title, body, boundaries.plain_text(content) if content else ""])


def _all_text(revision: WikiRevision) -> str:
    return searchable_text(revision.title, revision.body, revision.content) + "\n\n" + (
        revision.summary or "")


# -- by hand ----------------------------------------------------------------------------------
def check_redact_revision(actor: User, page: WikiPage, revision: WikiRevision, text: object,
                          everywhere: bool) -> Redaction:
    if not access.can_redact_revision(actor, page, revision):
        raise NotFound()
    needle = check_needle(text)
    if needle not in _all_text(revision):
        raise ValidationError(field_errors={"text": str(_l(
            "This version does not contain that text. Copy it exactly as shown."))})
    return Redaction(revision.id, needle, everywhere)


def do_redact_revision(actor: User, page: WikiPage, redaction: Redaction) -> int:
    """Mask the text in the chosen revision (or every revision the actor may redact);
    returns how many revisions changed."""
    mine_only = not access.can_redact_any_revision(actor, page)
    targets = [r for r in _revisions(page)
               if (redaction.everywhere or r.id == redaction.revision_id)
               and (not mine_only or r.author_id == actor.id)]
    masker: Masker = lambda value: mask_exact(value, redaction.text)  # noqa: E731
    changed, occurrences = _mask_revisions(page, targets, masker)
    record(actor, "revision.redact", "wiki_page", page.id, revision=redaction.revision_id,
           everywhere=redaction.everywhere, characters=len(redaction.text),
           occurrences=occurrences, revisions=changed)
    return changed


# -- after an edit ----------------------------------------------------------------------------
def do_redact_removed(actor: User, page: WikiPage, previous: WikiRevision | None,
                      new: WikiRevision) -> int:
    """Called when a save added `new` on top of `previous`: mask what the save removed in
    every earlier revision of the page. Returns how many revisions changed."""
    if previous is None:
        return 0
    removed = removed_findings(
        searchable_text(previous.title, previous.body, previous.content),
        searchable_text(new.title, new.body, new.content))
    if not removed:
        return 0
    keys = set(removed)
    earlier = [r for r in _revisions(page) if r.id != new.id]
    changed, _occurrences = _mask_revisions(page, earlier, lambda v: mask_findings(v, keys))
    record(actor, "revision.redact_auto", "wiki_page", page.id, revision=new.id,
           kinds=sorted(set(removed.values())), revisions=changed)
    return changed


# -- masking rows -----------------------------------------------------------------------------
def _revisions(page: WikiPage) -> list[WikiRevision]:
    return list(db.session.scalars(select(WikiRevision).where(WikiRevision.page_id == page.id)
                                   .order_by(WikiRevision.number)))


def _mask_revisions(page: WikiPage, revisions: Iterable[WikiRevision],
                    masker: Masker) -> tuple[int, int]:
    """Mask revisions and the statement rows they list; keep the page's title and the search
    index in step with its current revision. Returns (revisions changed, occurrences)."""
    changed = occurrences = 0
    statement_ids: set[int] = set()
    current_masked = False
    for revision in revisions:
        count = _mask_revision(revision, masker)
        changed, occurrences = changed + bool(count), occurrences + count
        statement_ids |= {s["id"] for s in (revision.content or {}).get("statements", [])
                          if s.get("id")}
        current_masked |= revision.id == page.current_revision_id
    masked_statements = _mask_statements(statement_ids, masker, current_masked)
    current = db.session.get(WikiRevision, page.current_revision_id)
    if current is not None and current.title != page.title:
        page.title, page.title_key = current.title, fields.title_key(current.title)
    db.session.flush()
    outbox.enqueue(f"page:{page.id}", *(f"statement:{i}" for i in sorted(masked_statements)))
    return changed, occurrences


def _mask_revision(revision: WikiRevision, masker: Masker) -> int:
    count = 0
    for name in _REVISION_FIELDS:
        value, n = masker(getattr(revision, name) or "")
        if n:
            setattr(revision, name, value)
            count += n
    if count and revision.body:
        revision.html = _render(revision.body)
    content, n = _mask_content(revision.content or {}, masker)
    if n:
        revision.content = content  # a new dict: JSON columns only notice reassignment
    return count + n


def _mask_content(content: dict[str, Any], masker: Masker) -> tuple[dict[str, Any], int]:
    if not content:
        return content, 0
    mandate, count = masker(content.get("mandate", ""))
    statements = []
    for item in content.get("statements", []):
        item = dict(item)
        item["text"], n = masker(item.get("text", ""))
        item["source"], m = masker(item.get("source", ""))
        if n:
            item["html"] = _render(item["text"])
        count += n + m
        statements.append(item)
    asks = []
    for ask in content.get("ask_us", []):
        ask = dict(ask)
        for name in _ASK_FIELDS:
            ask[name], n = masker(ask.get(name, ""))
            count += n
        asks.append(ask)
    return {**content, "mandate": mandate, "statements": statements, "ask_us": asks}, count


def _mask_statements(ids: set[int], masker: Masker, current: bool) -> set[int]:
    """A statement row holds the text of the current revision, or (once removed) of the last
    revision that had it: mask current rows only with the current revision."""
    if not ids:
        return set()
    changed = set()
    query = select(WikiStatement).where(WikiStatement.id.in_(ids))
    if not current:
        query = query.where(WikiStatement.removed_at.is_not(None))
    for row in db.session.scalars(query):
        text, n = masker(row.text)
        source, m = masker(row.source or "")
        if n or m:
            row.text, row.source = text, source
            row.html = _render(text) if n else row.html
            changed.add(row.id)
    return changed


def _render(source: str) -> str:
    return render(source, DatabaseResolver(),
                  missing_page_hint=str(_l("This page does not exist yet"))).html
