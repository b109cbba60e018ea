"""The page per law: what cites a statute, as the reader may see it, grouped by organization.

Every item passes the feature's own access funnel: posts only in spaces the reader may read
(and not deleted), pages and statements only on pages the reader may read. What the reader may
not see is not counted either.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from forum.accounts.models import Organization, User
from forum.discussions.access import readable_space_ids
from forum.discussions.models import Post, Thread
from forum.extensions import db
from forum.laws.models import Statute, StatuteCitation
from forum.wiki.access import readable_page_filter
from forum.wiki.models import WikiPage, WikiStatement

LIMIT = 2000  # items per kind on one page; the newest first


@dataclass(frozen=True, slots=True)
class CitingItem:
    kind: str  # "post" | "page" | "statement"
    title: str
    url: str
    places: tuple[str, ...]  # how it cites the law: "27 kap. 2 § SFB", ...
    at: datetime | None
    excerpt: str = ""


@dataclass(frozen=True, slots=True)
class OrganizationCitations:
    organization: Organization | None  # None: shared pages
    items: list[CitingItem]


def citing(reader: User, statute: Statute) -> list[OrganizationCitations]:
    """Everything the reader may read that cites ``statute``, by organization (most first)."""
    by_org: dict[int | None, list[CitingItem]] = defaultdict(list)
    orgs: dict[int, Organization] = {}
    for org, item in [*_posts(reader, statute), *_pages(reader, statute)]:
        if org is not None:
            orgs[org.id] = org
        by_org[org.id if org else None].append(item)
    groups = [OrganizationCitations(orgs.get(org_id) if org_id else None, items)
              for org_id, items in by_org.items()]
    groups.sort(key=lambda g: (-len(g.items), g.organization is None,
                               g.organization.name if g.organization else ""))
    return groups


def _places(rows) -> dict[int, list[str]]:
    places: dict[int, list[str]] = defaultdict(list)
    for key, text in rows:
        if text not in places[key]:
            places[key].append(text)
    return places


def _posts(reader: User, statute: Statute):
    spaces = readable_space_ids(reader)
    if not spaces:
        return
    rows = db.session.execute(
        select(Post, Thread.title, Organization, StatuteCitation.text)
        .join(StatuteCitation, (StatuteCitation.source_type == "post")
              & (StatuteCitation.source_id == Post.id))
        .join(Thread, Thread.id == Post.thread_id)
        .join(User, User.id == Post.author_id)
        .join(Organization, Organization.id == User.organization_id)
        .where(StatuteCitation.statute_id == statute.id, Post.deleted_at.is_(None),
               Thread.space_id.in_(spaces))
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(LIMIT)).all()
    places = _places((post.id, text) for post, _, _, text in rows)
    seen: set[int] = set()
    for post, title, org, _text in rows:
        if post.id in seen:
            continue
        seen.add(post.id)
        yield org, CitingItem("post", title, f"/t/{post.thread_id}#post-{post.seq}",
                              tuple(places[post.id]), post.created_at)


def _pages(reader: User, statute: Statute):
    rows = db.session.execute(
        select(WikiPage, Organization, StatuteCitation.statement_id, StatuteCitation.text,
               WikiStatement)
        .join(StatuteCitation, (StatuteCitation.source_type == "page")
              & (StatuteCitation.source_id == WikiPage.id))
        .outerjoin(Organization, Organization.id == WikiPage.organization_id)
        .outerjoin(WikiStatement, (WikiStatement.id == StatuteCitation.statement_id)
                   & WikiStatement.removed_at.is_(None))
        .where(StatuteCitation.statute_id == statute.id, readable_page_filter(reader))
        .order_by(WikiPage.updated_at.desc(), WikiPage.id, StatuteCitation.statement_id)
        .limit(LIMIT)).all()
    places = _places(((page.id, statement_id), text)
                     for page, _, statement_id, text, _ in rows)
    seen: set[tuple[int, int | None]] = set()
    for page, org, statement_id, _text, statement in rows:
        key = (page.id, statement_id)
        if key in seen or (statement_id is not None and statement is None):
            continue
        seen.add(key)
        if statement is None:
            item = CitingItem("page", page.title, f"/wiki/{page.id}", tuple(places[key]),
                              page.updated_at)
        else:
            item = CitingItem("statement", page.title, f"/wiki/{page.id}#s-{statement.id}",
                              tuple(places[key]), page.updated_at, excerpt=statement.text)
        yield org, item
