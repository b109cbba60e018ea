"""The page per law: what cites a statute, as the reader may see it, grouped by organization.

Every item passes the feature's own access funnel: posts only in spaces the reader may read
(not deleted, and not hidden from the reader pending review), pages and statements only on
pages the reader may read. What the reader may not see is not counted either. The rows are
plain columns (no ORM objects): a much-cited law has thousands of items, and the page shows
each organization's newest few with its count.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from forum.accounts.models import Organization, User
from forum.discussions.access import readable_space_ids, unhidden_for
from forum.discussions.models import Post, Thread
from forum.extensions import db
from forum.laws.models import Statute, StatuteCitation
from forum.wiki.access import can_read_glossary, readable_page_filter
from forum.wiki.models import GlossaryTerm, WikiPage, WikiStatement

SHOWN_PER_ORGANIZATION = 10
PER_PAGE = 50
SHARED = 0  # the group of pages that belong to no organization
GLOSSARY = -1  # the group of glossary definitions (they belong to kinds of organization)


@dataclass(frozen=True, slots=True)
class CitingItem:
    kind: str  # "post" | "page" | "statement"
    title: str
    url: str
    places: tuple[str, ...]  # how it cites the law: "27 kap. 2 § SFB", ...
    at: datetime | None
    excerpt: str = ""


@dataclass(slots=True)
class OrganizationCitations:
    organization_id: int  # SHARED for shared pages
    name: str | None  # None: shared pages
    count: int = 0
    items: list[CitingItem] = field(default_factory=list)


def citing(reader: User, statute: Statute) -> list[OrganizationCitations]:
    """Every organization whose readable text cites ``statute``: its count and newest items."""
    groups = _grouped(reader, statute)
    for group in groups.values():
        group.items.sort(key=lambda item: item.at or datetime.min, reverse=True)
        group.count = len(group.items)
        del group.items[SHOWN_PER_ORGANIZATION:]
    return sorted(groups.values(), key=lambda g: (-g.count, g.name is None, g.name or ""))


def citing_in(reader: User, statute: Statute, organization_id: int,
              page: int) -> tuple[OrganizationCitations | None, int]:
    """One organization's items, a page of them, and how many pages there are."""
    group = _grouped(reader, statute).get(organization_id)
    if group is None:
        return None, 0
    group.items.sort(key=lambda item: item.at or datetime.min, reverse=True)
    group.count = len(group.items)
    pages = max(1, -(-group.count // PER_PAGE))
    start = (min(max(page, 1), pages) - 1) * PER_PAGE
    group.items = group.items[start:start + PER_PAGE]
    return group, pages


def _grouped(reader: User, statute: Statute) -> dict[int, OrganizationCitations]:
    groups: dict[int, OrganizationCitations] = {}
    for org_id, org_name, item in [*_posts(reader, statute), *_pages(reader, statute),
                                   *_terms(reader, statute)]:
        key = org_id if org_id is not None else SHARED
        group = groups.get(key)
        if group is None:
            group = groups[key] = OrganizationCitations(key, org_name)
        group.items.append(item)
    return groups


def _posts(reader: User, statute: Statute):
    spaces = readable_space_ids(reader)
    if not spaces:
        return
    rows = db.session.execute(
        select(Post.id, Post.thread_id, Post.seq, Post.created_at, Thread.title,
               Organization.id, Organization.name, StatuteCitation.text)
        .join(StatuteCitation, (StatuteCitation.source_type == "post")
              & (StatuteCitation.source_id == Post.id))
        .join(Thread, Thread.id == Post.thread_id)
        .join(User, User.id == Post.author_id)
        .join(Organization, Organization.id == User.organization_id)
        .where(StatuteCitation.statute_id == statute.id, Post.deleted_at.is_(None),
               Thread.space_id.in_(spaces), unhidden_for(reader))).all()
    places: dict[int, list[str]] = defaultdict(list)
    first: dict[int, tuple] = {}
    for row in rows:
        places[row[0]].append(row[7])
        first.setdefault(row[0], row)
    for post_id, (_, thread_id, seq, at, title, org_id, org_name, _) in first.items():
        yield org_id, org_name, CitingItem("post", title, f"/t/{thread_id}#post-{seq}",
                                           tuple(dict.fromkeys(places[post_id])), at)


def _pages(reader: User, statute: Statute):
    org_id = func.coalesce(WikiPage.boundary_org_id, WikiPage.organization_id)
    rows = db.session.execute(
        select(WikiPage.id, WikiPage.title, WikiPage.updated_at, org_id, Organization.name,
               StatuteCitation.statement_id, StatuteCitation.text, WikiStatement.text)
        .join(StatuteCitation, (StatuteCitation.source_type == "page")
              & (StatuteCitation.source_id == WikiPage.id))
        .outerjoin(Organization, Organization.id == org_id)
        .outerjoin(WikiStatement, (WikiStatement.id == StatuteCitation.statement_id)
                   & WikiStatement.removed_at.is_(None))
        .where(StatuteCitation.statute_id == statute.id, readable_page_filter(reader))).all()
    places: dict[tuple, list[str]] = defaultdict(list)
    first: dict[tuple, tuple] = {}
    for row in rows:
        key = (row[0], row[5])
        places[key].append(row[6])
        first.setdefault(key, row)
    for key, (page_id, title, at, org, org_name, statement_id, _, statement_text) in \
            first.items():
        if statement_id is not None and statement_text is None:
            continue  # the statement was removed since
        cited = tuple(dict.fromkeys(places[key]))
        if statement_id is None:
            item = CitingItem("page", title, f"/wiki/{page_id}", cited, at)
        else:
            item = CitingItem("statement", title, f"/wiki/{page_id}#s-{statement_id}", cited,
                              at, excerpt=statement_text)
        yield org, org_name, item


def _terms(reader: User, statute: Statute):
    if not can_read_glossary(reader):
        return
    rows = db.session.execute(
        select(GlossaryTerm.slug, GlossaryTerm.term_sv, GlossaryTerm.updated_at,
               StatuteCitation.text)
        .join(StatuteCitation, (StatuteCitation.source_type == "term")
              & (StatuteCitation.source_id == GlossaryTerm.id))
        .where(StatuteCitation.statute_id == statute.id)).all()
    places: dict[str, list[str]] = defaultdict(list)
    first: dict[str, tuple] = {}
    for row in rows:
        places[row[0]].append(row[3])
        first.setdefault(row[0], row)
    for slug, (_, term, at, _) in first.items():
        yield GLOSSARY, None, CitingItem("term", term, f"/glossary/{slug}",
                                         tuple(dict.fromkeys(places[slug])), at)
