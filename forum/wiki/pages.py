"""Creating and editing pages: check_* validates and authorizes, do_* writes and flushes
(never commits); events are recorded for after the commit.

Every save adds an immutable revision and moves the page's pointer to it. The pointer only
moves from the revision the editor started from (`base_revision_id`): an edit made on top of
an older revision raises EditConflict, which carries the editor's text so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update

from forum.accounts.models import Organization, User
from forum.accounts.visibility import Visibility
from forum.errors import Conflict, PermissionDenied, ValidationError
from forum.extensions import db
from forum.indexing import outbox
from forum.privacy_terms.guard import check_privacy
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.rollups import track as insights_track
from forum.text import WikiLink, diff_stats, render
from forum.text.citations import Citation
from forum.text.fields import form_text
from forum.text.i18n import _l
from forum.wiki import access, backlinks, boundaries, fields, following, hooks, redaction
from forum.wiki.backlinks import DatabaseResolver
from forum.wiki.models import PageKind, WikiPage, WikiRevision
from forum.wiki.payloads import page_updated_payload

DEFAULT_REVIEW_DAYS = 365
_FORBIDDEN_IN_TITLE = set("[]|#")


@dataclass
class Settings:
    parent_id: int | None
    topic: str
    visibility: Visibility
    group_id: int | None
    owner_id: int | None
    review_by: date


@dataclass
class Draft:
    title: str
    body: str
    html: str
    content: dict[str, Any]
    summary: str
    wikilinks: list[WikiLink] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)  # in the body
    statement_citations: list[list[Citation]] = field(default_factory=list)  # per statement


@dataclass
class NewPage:
    kind: PageKind
    organization_id: int | None
    settings: Settings
    draft: Draft


@dataclass
class PageEdit:
    base_revision_id: int | None
    settings: Settings
    draft: Draft


class EditConflict(Conflict):
    """The page changed since the editor opened it. Nothing was stored; `edit` holds the
    editor's version for the conflict view."""

    def __init__(self, page: WikiPage, edit: PageEdit) -> None:
        super().__init__(str(_l("Someone saved this page while you were editing it. Your "
                                "text is kept below: compare, merge and save again.")))
        self.page = page
        self.edit = edit


def place_of(organization_id: int | None, visibility: Visibility,
             group_id: int | None) -> str:
    """Where a title must be unique: an organization's part of the wiki (or the shared part),
    refined by the restriction, so a title can never reveal a page outsiders cannot read."""
    place = f"org:{organization_id}" if organization_id else "shared"
    if visibility == Visibility.ORG:
        return place + "/org"
    if visibility == Visibility.GROUP:
        return f"{place}/group:{group_id}"
    return place


# -- checks -----------------------------------------------------------------------------------
def check_new_page(actor: User, form: dict, now: datetime) -> NewPage:
    organization_id = fields.integer(form.get("organization_id")) or None
    if not access.can_create_in(actor, organization_id):
        raise PermissionDenied(str(_l("You cannot create pages here.")))
    kind = PageKind.BOUNDARY if form.get("kind") == PageKind.BOUNDARY else PageKind.PAGE
    errors: dict[str, str] = {}
    if organization_id is not None and db.session.get(Organization, organization_id) is None:
        raise ValidationError(field_errors={"organization_id": str(_l(
            "Choose an organization."))})
    if kind == PageKind.BOUNDARY:
        if organization_id is None:
            errors["organization_id"] = str(_l("A boundary page belongs to an organization."))
        elif db.session.scalar(select(WikiPage.id).where(
                WikiPage.boundary_org_id == organization_id)):
            errors["organization_id"] = str(_l("This organization already has a boundary "
                                               "page. Edit that one."))
    settings = _settings(actor, form, errors, organization_id, None, fields.local_today(now))
    _boundary_is_public(kind, settings, errors)
    draft = _draft(form, errors, kind, None)
    _check_title_free(errors, draft, organization_id, settings, None)
    if errors:
        raise ValidationError(field_errors=errors)
    _check_privacy(actor, form, draft)
    return NewPage(kind, organization_id, settings, _with_links(draft, None))


def check_edit_page(actor: User, page: WikiPage, form: dict, now: datetime) -> PageEdit:
    access.require_edit(actor, page)
    errors: dict[str, str] = {}
    settings = _settings(actor, form, errors, page.organization_id, page,
                         fields.local_today(now))
    _boundary_is_public(page.kind, settings, errors)
    draft = _draft(form, errors, page.kind, page)
    _check_title_free(errors, draft, page.organization_id, settings, page)
    base = fields.integer(form.get("base_revision_id"))
    if errors:
        raise ValidationError(field_errors=errors)
    edit = PageEdit(base, settings, draft)
    if base != page.current_revision_id:
        raise EditConflict(page, edit)
    _check_privacy(actor, form, draft)
    edit.draft = _with_links(draft, page)
    return edit


def check_restore(actor: User, page: WikiPage, revision: WikiRevision) -> PageEdit:
    access.require_edit(actor, page)
    if revision.id == page.current_revision_id:
        raise ValidationError(str(_l("This is already the current version.")))
    errors: dict[str, str] = {}
    draft = Draft(revision.title, revision.body, "", _copy(revision.content), "")
    settings = _current_settings(page)
    _check_title_free(errors, draft, page.organization_id, settings, page)
    if errors:
        raise ValidationError(errors["title"])
    return PageEdit(page.current_revision_id, settings, _with_links(draft, page))


def _settings(actor: User, form: dict, errors: dict[str, str], organization_id: int | None,
              page: WikiPage | None, today: date) -> Settings:
    topic = form_text(form, "topic", errors, max_len=fields.MAX_TOPIC)
    parent_id = _parent(actor, form, errors, organization_id, page)
    visibility_value = form.get("visibility") or Visibility.ALL.value
    if visibility_value not in {v.value for v in Visibility}:
        errors["visibility"] = str(_l("Choose who may read the page."))
        visibility_value = Visibility.ALL.value
    visibility = Visibility(visibility_value)
    group_id = None
    if visibility == Visibility.ORG and organization_id is None:
        errors["visibility"] = str(_l("Only an organization's page can be restricted to the "
                                      "organization."))
    if visibility == Visibility.GROUP:
        group_id = fields.integer(form.get("group_id"))
        if group_id is None or not access.can_restrict_to_group(actor, group_id):
            errors["group_id"] = str(_l("Choose one of your groups."))
    owner_id = _owner(form, errors, page, actor)
    current = page.review_by if page is not None else None
    if page is not None and (form.get("review_by") or "").strip() == current.isoformat():
        review_by = current  # unchanged: an overdue date does not block an edit
    else:
        default = current or today + timedelta(days=DEFAULT_REVIEW_DAYS)
        review_by = fields.future_date(form, "review_by", errors, today, default) or default
    return Settings(parent_id, topic, visibility, group_id, owner_id, review_by)


def _boundary_is_public(kind: PageKind, settings: Settings, errors: dict[str, str]) -> None:
    # A boundary page is how an organization shows itself to the others: never restricted.
    if kind == PageKind.BOUNDARY and settings.visibility != Visibility.ALL:
        errors["visibility"] = str(_l("A boundary page is for everyone and cannot be "
                                      "restricted."))


def _current_settings(page: WikiPage) -> Settings:
    return Settings(page.parent_id, page.topic, page.visibility, page.group_id, page.owner_id,
                    page.review_by)


def _parent(actor: User, form: dict, errors: dict[str, str], organization_id: int | None,
            page: WikiPage | None) -> int | None:
    parent_id = fields.integer(form.get("parent_id"))
    if not parent_id:
        return None
    parent = db.session.get(WikiPage, parent_id)
    message = str(_l("Choose a page in the same part of the knowledge base."))
    if parent is None or not access.can_read_page(actor, parent) \
            or parent.organization_id != organization_id:
        errors["parent_id"] = message
        return None
    ancestor, seen = parent, set()
    while ancestor is not None and ancestor.id not in seen:
        if page is not None and ancestor.id == page.id:
            errors["parent_id"] = str(_l("A page cannot be placed under itself."))
            return None
        seen.add(ancestor.id)
        ancestor = db.session.get(WikiPage, ancestor.parent_id) if ancestor.parent_id else None
    return parent.id


def _owner(form: dict, errors: dict[str, str], page: WikiPage | None,
           actor: User) -> int | None:
    name = form_text(form, "owner", errors, max_len=40).lstrip("@")
    if not name:
        return page.owner_id if page is not None else actor.id
    owner = db.session.scalar(select(User).where(func.lower(User.username) == name.lower(),
                                                 User.active.is_(True)))
    if owner is None:
        errors["owner"] = str(_l("No active member has this user name."))
        return None
    return owner.id


def _draft(form: dict, errors: dict[str, str], kind: PageKind,
           page: WikiPage | None) -> Draft:
    title = form_text(form, "title", errors, max_len=fields.MAX_TITLE,
                        required=str(_l("Give the page a title.")))
    if set(title) & _FORBIDDEN_IN_TITLE:
        errors["title"] = str(_l("A title cannot contain [ ] | or #."))
    required = None if kind == PageKind.BOUNDARY else str(_l("Write something first."))
    body = fields.body_text(form, "body", errors, required=required)
    summary = form_text(form, "summary", errors, max_len=fields.MAX_SUMMARY)
    content = boundaries.parse_form(form, errors) if kind == PageKind.BOUNDARY else {}
    return Draft(title, body, "", content, summary)


def _check_title_free(errors: dict[str, str], draft: Draft, organization_id: int | None,
                      settings: Settings, page: WikiPage | None) -> None:
    if "title" in errors or not draft.title:
        return
    place = place_of(organization_id, settings.visibility, settings.group_id)
    query = select(WikiPage.id).where(WikiPage.place == place,
                                      WikiPage.title_key == fields.title_key(draft.title))
    if page is not None:
        query = query.where(WikiPage.id != page.id)
    if db.session.scalar(query):
        errors["title"] = str(_l("There is already a page with this title here. Choose "
                                 "another title, or edit that page."))


def _check_privacy(actor: User, form: dict, draft: Draft) -> None:
    text = "\n\n".join([draft.title, draft.body, draft.summary,
                        boundaries.plain_text(draft.content) if draft.content else ""])
    check_privacy(text, confirmed=bool(form.get("confirm_privacy")), actor=actor)


def _with_links(draft: Draft, page: WikiPage | None) -> Draft:
    """Render the body (and statements) on the server; collect every [[link]]."""
    hint = str(_l("This page does not exist yet"))
    rendered = render(draft.body, DatabaseResolver(), missing_page_hint=hint)
    draft.html = rendered.html
    draft.wikilinks = list(rendered.wikilinks)
    draft.citations = list(rendered.citations)
    if draft.content:
        links, draft.statement_citations = boundaries.prepare(draft.content, page, hint)
        draft.wikilinks += links
    return draft


def _same_text(revision: WikiRevision, draft: Draft) -> bool:
    return (revision.title, revision.body, revision.content or {}) == (
        draft.title, draft.body, draft.content)


def _copy(content: dict[str, Any]) -> dict[str, Any]:
    if not content:
        return {}
    return {"mandate": content.get("mandate", ""),
            "statements": [dict(s) for s in content.get("statements", [])],
            "ask_us": [dict(a) for a in content.get("ask_us", [])]}


# -- writes -----------------------------------------------------------------------------------
def do_create_page(actor: User, new: NewPage, now: datetime) -> WikiPage:
    settings = new.settings
    page = WikiPage(
        kind=new.kind, title=new.draft.title, title_key=fields.title_key(new.draft.title),
        place=place_of(new.organization_id, settings.visibility, settings.group_id),
        organization_id=new.organization_id,
        boundary_org_id=new.organization_id if new.kind == PageKind.BOUNDARY else None,
        parent_id=settings.parent_id, topic=settings.topic, visibility=settings.visibility,
        group_id=settings.group_id, owner_id=settings.owner_id, review_by=settings.review_by,
        revision_count=0, created_at=now, updated_at=now, updated_by_id=actor.id)
    db.session.add(page)
    db.session.flush()
    _add_revision(actor, page, new.draft, now, base=None)
    backlinks.do_adopt_links(page)
    return page


def do_save_page(actor: User, page: WikiPage, edit: PageEdit, now: datetime,
                 restored_from: WikiRevision | None = None) -> WikiRevision:
    """A new revision, or only the settings when the text is exactly the current one."""
    before = (page.visibility, page.group_id)
    _apply_settings(page, edit.settings)
    current = page.current_revision
    if restored_from is None and current is not None and _same_text(current, edit.draft):
        db.session.flush()
        outbox.enqueue(f"page:{page.id}")
        revision = current
    else:
        revision = _add_revision(actor, page, edit.draft, now, base=edit.base_revision_id,
                                 restored_from=restored_from)
    if (page.visibility, page.group_id) != before and page.visibility != Visibility.ALL:
        # Everyone leaves the page's room; live clients join again, through the access check.
        publish.revoke_space(None, [rooms.page_room(page.id)])
    return revision


def do_restore(actor: User, page: WikiPage, revision: WikiRevision, edit: PageEdit,
               now: datetime) -> WikiRevision:
    return do_save_page(actor, page, edit, now, restored_from=revision)


def _apply_settings(page: WikiPage, settings: Settings) -> None:
    page.parent_id = settings.parent_id
    page.topic = settings.topic
    page.visibility = settings.visibility
    page.group_id = settings.group_id
    page.owner_id = settings.owner_id
    page.review_by = settings.review_by
    page.place = place_of(page.organization_id, settings.visibility, settings.group_id)


def _add_revision(actor: User, page: WikiPage, draft: Draft, now: datetime, *,
                  base: int | None, restored_from: WikiRevision | None = None) -> WikiRevision:
    # Compare-and-set on the page row first: a concurrent save from the same base finds the
    # pointer moved (or waits for the row lock, then finds it moved) and stores nothing.
    moved = db.session.execute(
        update(WikiPage).where(WikiPage.id == page.id,
                               WikiPage.current_revision_id.is_(None) if base is None
                               else WikiPage.current_revision_id == base)
        .values(revision_count=WikiPage.revision_count + 1)
        .execution_options(synchronize_session=False))
    if moved.rowcount != 1:
        db.session.expire(page)
        raise EditConflict(page, PageEdit(base, _current_settings(page), draft))
    db.session.expire(page, ["revision_count"])
    previous = db.session.get(WikiRevision, base) if base else None
    changed_statements: set[int] = set()
    if page.is_boundary:
        changed_statements = boundaries.do_sync_statements(page, draft.content, now)
    added, removed = diff_stats(revision_text(previous) if previous else "",
                                text_of(page, draft.title, draft.body, draft.content))
    revision = WikiRevision(
        page_id=page.id, number=page.revision_count, title=draft.title, body=draft.body,
        html=draft.html, content=draft.content, summary=draft.summary, author_id=actor.id,
        created_at=now, restored_from_id=restored_from.id if restored_from else None,
        words_added=added, words_removed=removed)
    db.session.add(revision)
    db.session.flush()
    page.current_revision_id = revision.id
    page.title, page.title_key = draft.title, fields.title_key(draft.title)
    page.updated_at, page.updated_by_id = now, actor.id
    db.session.flush()
    redaction.do_redact_removed(actor, page, previous, revision)
    if insights_track.is_own_page(actor, page):
        insights_track.page_edited(actor, now)
    backlinks.do_record_page_links(page, draft.wikilinks)
    hooks.record_citations("page", page.id, _page_citations(draft))
    outbox.enqueue(f"page:{page.id}", *(f"statement:{i}" for i in sorted(changed_statements)))
    if page.is_boundary and previous is not None:
        following.do_notify_followers(actor, page, previous, revision, now)
    publish.emit("page_updated", page_updated_payload(page, revision, actor),
                 rooms.page_room(page.id))
    return revision


def _page_citations(draft: Draft) -> list[tuple[int | None, Citation]]:
    """The body's citations, then each statement's with its id (known once statements sync)."""
    pairs: list[tuple[int | None, Citation]] = [(None, c) for c in draft.citations]
    statements = (draft.content or {}).get("statements", [])
    for statement, found in zip(statements, draft.statement_citations, strict=False):
        pairs += [(statement.get("id"), c) for c in found]
    return pairs


def text_of(page: WikiPage, title: str, body: str, content: dict[str, Any]) -> str:
    if page.is_boundary:
        return boundaries.as_text(title, content, body)
    return f"{title}\n\n{body}"


def revision_text(revision: WikiRevision) -> str:
    """A revision as plain text, for word-level diffs (boundary content included)."""
    if revision.content:
        return boundaries.as_text(revision.title, revision.content, revision.body)
    return f"{revision.title}\n\n{revision.body}"


# -- deleting ---------------------------------------------------------------------------------
def check_delete_page(actor: User, page: WikiPage) -> None:
    access.require_edit(actor, page)


def do_delete_page(actor: User, page: WikiPage) -> None:
    """Remove the page and its history; its subpages move up one level; links to it become
    links to a missing page (they keep their title)."""
    from forum.audit.models import record
    from forum.wiki.models import WikiStatement

    statement_ids = list(db.session.scalars(select(WikiStatement.id).where(
        WikiStatement.page_id == page.id)))
    outbox.enqueue(f"page:{page.id}", *(f"statement:{i}" for i in statement_ids))
    record(actor, "wiki_page_deleted", "wiki_page", page.id, title=page.title)
    publish.emit("page_deleted", {"page_id": page.id}, rooms.page_room(page.id))
    db.session.execute(update(WikiPage).where(WikiPage.parent_id == page.id)
                       .values(parent_id=page.parent_id)
                       .execution_options(synchronize_session=False))
    page.current_revision_id = None
    db.session.flush()
    db.session.delete(page)
    db.session.flush()
