"""Permission-aware reads for the knowledge base: every list starts from the access funnel
(readable pages, readable spaces for threads)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Row, exists, func, literal, select
from sqlalchemy.orm import load_only, selectinload

from forum.accounts.models import Organization, User
from forum.db.request_cache import per_request
from forum.extensions import db
from forum.wiki import access, boundaries, hooks
from forum.wiki.models import (
    PageKind,
    WikiPage,
    WikiPageLink,
    WikiRevision,
    WikiStatement,
)

MAX_DEPTH = 20


@dataclass
class TreeNode:
    id: int
    title: str
    kind: PageKind
    topic: str
    children: list[TreeNode] = field(default_factory=list)


@dataclass
class TreeSection:
    organization: Organization | None
    nodes: list[TreeNode]


def readable_page_rows(viewer: User, linked_to: int | None = None) -> list[Row]:
    """Every page the viewer may read as plain columns (id, title, kind, topic, parent_id,
    organization_id, links_here: whether its current revision links to page `linked_to`),
    by title. The one query behind the page tree, a page's subpages and its backlinks
    (once per request); no WikiPage objects, which cost far more to build than to read."""
    links_here = (exists().where(WikiPageLink.source_page_id == WikiPage.id,
                                 WikiPageLink.page_id == linked_to)
                  if linked_to is not None else literal(False))
    query = (select(WikiPage.id, WikiPage.title, WikiPage.kind, WikiPage.topic,
                    WikiPage.parent_id, WikiPage.organization_id,
                    links_here.label("links_here"))
             .where(access.readable_page_filter(viewer))
             .order_by(func.lower(WikiPage.title), WikiPage.id))
    return per_request(("wiki_page_rows", getattr(viewer, "id", None), linked_to),
                       lambda: list(db.session.execute(query)))


def page_tree(viewer: User, topic: str | None = None,
              linked_to: int | None = None) -> list[TreeSection]:
    """Readable pages as a tree per part of the wiki: shared pages first, then each
    organization. A page whose parent the viewer may not read stands at the top.
    `linked_to`: share the rows a page view reads anyway (readable_page_rows)."""
    rows = sorted((row for row in readable_page_rows(viewer, linked_to)
                   if not topic or row.topic == topic), key=lambda row: row.kind.value)
    nodes = {row.id: TreeNode(row.id, row.title, row.kind, row.topic) for row in rows}
    roots: dict[int | None, list[TreeNode]] = defaultdict(list)
    for row in rows:
        parent = nodes.get(row.parent_id) if row.parent_id else None
        (parent.children if parent else roots[row.organization_id]).append(nodes[row.id])
    org_ids = [oid for oid in roots if oid is not None]
    orgs = {o.id: o for o in db.session.scalars(
        select(Organization).where(Organization.id.in_(org_ids)))} if org_ids else {}
    sections = [TreeSection(None, roots[None])] if roots.get(None) else []
    sections += [TreeSection(orgs[oid], roots[oid])
                 for oid in sorted(org_ids, key=lambda i: orgs[i].name.lower())]
    return sections


def topics(viewer: User) -> list[str]:
    return list(db.session.scalars(
        select(WikiPage.topic).where(access.readable_page_filter(viewer), WikiPage.topic != "")
        .distinct().order_by(WikiPage.topic)))


def breadcrumbs(viewer: User, page: WikiPage) -> list[WikiPage]:
    """The readable ancestors, outermost first."""
    chain: list[WikiPage] = []
    seen = {page.id}
    parent_id = page.parent_id
    while parent_id and parent_id not in seen and len(chain) < MAX_DEPTH:
        parent = db.session.get(WikiPage, parent_id)
        if parent is None or not access.can_read_page(viewer, parent):
            break
        chain.append(parent)
        seen.add(parent.id)
        parent_id = parent.parent_id
    return chain[::-1]


def children(viewer: User, page: WikiPage) -> list[Row]:
    """The readable subpages (id, title ...: readable_page_rows), by title."""
    return [row for row in readable_page_rows(viewer, page.id) if row.parent_id == page.id]


def linking_pages(viewer: User, page: WikiPage) -> list[Row]:
    """Readable pages whose current revision links here (id, title ...), by title."""
    return [row for row in readable_page_rows(viewer, page.id) if row.links_here]


def statement_ids(page: WikiPage) -> set[int]:
    """The page's statements now (a save adds or removes some)."""
    return set(db.session.scalars(select(WikiStatement.id).where(
        WikiStatement.page_id == page.id, WikiStatement.removed_at.is_(None))))


@dataclass
class Discussions:
    threads: list[Any]  # (id, title) rows: forum.discussions.queries.ThreadTitle
    by_statement: dict[int, list[Any]]


def discussed_in(viewer: User, page: WikiPage) -> Discussions:
    """Threads with a post that links here (and to which statement), readable ones only:
    the thread list goes through the discussions access funnel, never around it."""
    threads: dict[int, Any] = {}
    by_statement: dict[int, dict[int, Any]] = defaultdict(dict)
    for thread, statement_id in hooks.linking_threads(viewer, page.id):
        threads.setdefault(thread.id, thread)
        if statement_id is not None:
            by_statement[statement_id].setdefault(thread.id, thread)
    return Discussions(list(threads.values()),
                       {sid: list(found.values()) for sid, found in by_statement.items()})


def people(ids: set[int]) -> dict[int, User]:
    if not ids:
        return {}
    return {u.id: u for u in db.session.scalars(
        select(User).where(User.id.in_(ids)).options(selectinload(User.organization)))}


def ask_contacts(content: dict[str, Any]) -> dict[int, User]:
    return people({a["contact_user_id"] for a in content.get("ask_us", [])
                   if a.get("contact_user_id")})


def history(page: WikiPage) -> list[WikiRevision]:
    """Every revision, newest first, without the texts (they can be large)."""
    return list(db.session.scalars(
        select(WikiRevision).where(WikiRevision.page_id == page.id)
        .options(load_only(WikiRevision.id, WikiRevision.number, WikiRevision.title,
                           WikiRevision.summary, WikiRevision.author_id,
                           WikiRevision.created_at, WikiRevision.restored_from_id,
                           WikiRevision.words_added, WikiRevision.words_removed),
                 selectinload(WikiRevision.author).selectinload(User.organization))
        .order_by(WikiRevision.number.desc())))


def revision_numbers(ids: set[int]) -> dict[int, int]:
    if not ids:
        return {}
    return dict(db.session.execute(select(WikiRevision.id, WikiRevision.number)
                                   .where(WikiRevision.id.in_(ids))).all())


# -- boundary pages ---------------------------------------------------------------------------
def boundary_page_of(viewer: User, organization_id: int) -> WikiPage | None:
    return db.session.scalar(select(WikiPage).where(
        WikiPage.boundary_org_id == organization_id, access.readable_page_filter(viewer)))


def comparable_organizations(viewer: User) -> list[tuple[Organization, WikiPage]]:
    return [(org, page) for org, page in db.session.execute(
        select(Organization, WikiPage).join(WikiPage, WikiPage.boundary_org_id
                                            == Organization.id)
        .where(access.readable_page_filter(viewer)).order_by(Organization.name))]


@dataclass
class Column:
    organization: Organization
    page: WikiPage
    mandate: str
    sections: dict
    ask_us: list[dict]
    contacts: dict[int, User]


def compare(viewer: User, organization_ids: list[int]) -> list[Column]:
    """The chosen organizations' boundary pages side by side (readable ones only)."""
    wanted = list(dict.fromkeys(organization_ids))[:6]
    pairs = {org.id: (org, page) for org, page in comparable_organizations(viewer)
             if org.id in wanted}
    pages = [pairs[oid][1] for oid in wanted if oid in pairs]
    revisions = {r.page_id: r for r in db.session.scalars(select(WikiRevision).where(
        WikiRevision.id.in_([p.current_revision_id for p in pages])))} if pages else {}
    statements: dict[int, list[WikiStatement]] = defaultdict(list)
    for statement in db.session.scalars(
            select(WikiStatement).where(WikiStatement.page_id.in_([p.id for p in pages]),
                                        WikiStatement.removed_at.is_(None))
            .order_by(WikiStatement.position)) if pages else []:
        statements[statement.page_id].append(statement)
    columns = []
    for oid in wanted:
        if oid not in pairs:
            continue
        org, page = pairs[oid]
        content = revisions[page.id].content if page.id in revisions else {}
        columns.append(Column(org, page, content.get("mandate", ""),
                              boundaries.by_section(statements[page.id]),
                              content.get("ask_us", []), ask_contacts(content)))
    return columns


def overdue_count(viewer: User, today: date) -> int:
    return db.session.scalar(select(func.count(WikiPage.id)).where(
        access.readable_page_filter(viewer), WikiPage.review_by < today)) or 0


def page_choices(viewer: User, organization_id: int | None,
                 exclude: WikiPage | None = None) -> list[tuple[int, str]]:
    """Pages that can be a parent: same part of the wiki, readable, not the page itself."""
    query = (select(WikiPage.id, WikiPage.title).where(
        access.readable_page_filter(viewer), WikiPage.organization_id.is_(None)
        if organization_id is None else WikiPage.organization_id == organization_id)
        .order_by(func.lower(WikiPage.title)))
    if exclude is not None:
        query = query.where(WikiPage.id != exclude.id)
    return [(row.id, row.title) for row in db.session.execute(query)]


def all_page_choices(viewer: User) -> list[tuple[int, str]]:
    return [(row.id, row.title) for row in db.session.execute(
        select(WikiPage.id, WikiPage.title).where(access.readable_page_filter(viewer))
        .order_by(func.lower(WikiPage.title)))]


def readable_page_by_title(viewer: User, title: str) -> WikiPage | None:
    from forum.wiki.fields import title_key

    return db.session.scalar(
        select(WikiPage).where(WikiPage.title_key == title_key(title),
                               access.readable_page_filter(viewer))
        .order_by(WikiPage.organization_id.is_not(None), WikiPage.id).limit(1))
