"""Knowledge-base content as search documents: pages (their current revision), each current
boundary statement on its own (so a hit lands on the statement), and glossary terms.

Scopes follow the page's visibility (all / its organization / its group); which hits a reader
gets to see is checked again through forum.wiki.access.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from forum.accounts.models import Organization
from forum.extensions import db
from forum.indexing.sources import html_to_text, register
from forum.search import SearchDoc
from forum.wiki import access
from forum.wiki.models import GlossaryTerm, WikiPage, WikiRevision, WikiStatement
from forum.wiki.pages import revision_text


def _org_of(page: WikiPage) -> int | None:
    return page.boundary_org_id or page.organization_id


def load_pages(ids: list[int]) -> dict[str, SearchDoc]:
    pages = db.session.scalars(select(WikiPage).where(WikiPage.id.in_(ids)).options(
        selectinload(WikiPage.current_revision).selectinload(WikiRevision.author)))
    docs = {}
    for page in pages:
        revision = page.current_revision
        if revision is None:
            continue
        docs[f"page:{page.id}"] = SearchDoc(
            doc_id=f"page:{page.id}", kind="page", title=page.title,
            body=revision_text(revision).removeprefix(revision.title).strip(),
            url=f"/wiki/{page.id}", scope=access.page_scope(page), org_id=_org_of(page),
            space_id=None, group_id=page.group_id, author_id=revision.author_id,
            created_at=revision.created_at)
    return docs


@dataclass(frozen=True, slots=True)
class StatementFacts:
    """What a statement is, shown with its search hit: whose, must / must not / can, and on
    what basis, so a coordinator sees the answer in the result list."""

    organization: str | None
    section: str  # Section's value
    basis: str  # Basis's value
    source: str


def statement_facts(ids: list[int]) -> dict[int, StatementFacts]:
    """Facts for statements already found and access-checked (one query)."""
    if not ids:
        return {}
    rows = db.session.execute(
        select(WikiStatement.id, WikiStatement.section, WikiStatement.basis,
               WikiStatement.source, Organization.name)
        .join(WikiPage, WikiPage.id == WikiStatement.page_id)
        .outerjoin(Organization, Organization.id == func.coalesce(
            WikiPage.boundary_org_id, WikiPage.organization_id))
        .where(WikiStatement.id.in_(ids)))
    return {row.id: StatementFacts(row.name, row.section.value, row.basis.value, row.source)
            for row in rows}


def load_statements(ids: list[int]) -> dict[str, SearchDoc]:
    rows = db.session.scalars(
        select(WikiStatement).where(WikiStatement.id.in_(ids), WikiStatement.removed_at.is_(None))
        .options(selectinload(WikiStatement.page)))
    docs = {}
    for statement in rows:
        page = statement.page
        body = html_to_text(statement.html) or statement.text
        if statement.source:
            body = f"{body} ({statement.source})"
        docs[f"statement:{statement.id}"] = SearchDoc(
            doc_id=f"statement:{statement.id}", kind="statement", title=page.title,
            body=body, url=f"/wiki/{page.id}#s-{statement.id}", scope=access.page_scope(page),
            org_id=_org_of(page), space_id=None, group_id=page.group_id,
            author_id=page.updated_by_id, created_at=statement.created_at)
    return docs


def load_terms(ids: list[int]) -> dict[str, SearchDoc]:
    terms = db.session.scalars(select(GlossaryTerm).where(GlossaryTerm.id.in_(ids))
                               .options(selectinload(GlossaryTerm.definitions)))
    docs = {}
    for term in terms:
        parts = [" ".join(filter(None, (d.text_sv, d.text_en, d.source)))
                 for d in term.definitions]
        title = f"{term.term_sv} / {term.term_en}" if term.term_en else term.term_sv
        docs[f"term:{term.id}"] = SearchDoc(
            doc_id=f"term:{term.id}", kind="term", title=title, body=" ".join(parts),
            url=f"/glossary/{term.slug}", scope="all", org_id=None, space_id=None,
            group_id=None, author_id=term.updated_by_id,
            created_at=term.updated_at)
    return docs


def all_page_ids() -> Iterator[int]:
    yield from db.session.scalars(select(WikiPage.id).order_by(WikiPage.id))


def all_statement_ids() -> Iterator[int]:
    yield from db.session.scalars(select(WikiStatement.id).where(
        WikiStatement.removed_at.is_(None)).order_by(WikiStatement.id))


def all_term_ids() -> Iterator[int]:
    yield from db.session.scalars(select(GlossaryTerm.id).order_by(GlossaryTerm.id))


def visible_pages(user, ids: list[int]) -> set[int]:
    return set(db.session.scalars(select(WikiPage.id).where(
        WikiPage.id.in_(ids), access.readable_page_filter(user))))


def visible_statements(user, ids: list[int]) -> set[int]:
    return set(db.session.scalars(
        select(WikiStatement.id).join(WikiPage, WikiPage.id == WikiStatement.page_id)
        .where(WikiStatement.id.in_(ids), WikiStatement.removed_at.is_(None),
               access.readable_page_filter(user))))


def visible_terms(user, ids: list[int]) -> set[int]:
    """The glossary is shared: every signed-in, active member reads it."""
    if not access.can_read_glossary(user):
        return set()
    return set(db.session.scalars(select(GlossaryTerm.id).where(GlossaryTerm.id.in_(ids))))


def register_sources() -> None:
    register("page", load_pages, all_page_ids, visible_pages)
    register("statement", load_statements, all_statement_ids, visible_statements)
    register("term", load_terms, all_term_ids, visible_terms)
