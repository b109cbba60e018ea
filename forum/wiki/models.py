"""Thin models for the knowledge base. Revisions, statements and links change in actions.

A page points at its latest revision; revisions are immutable rows. A boundary page keeps its
statements as rows with stable ids (so posts can link one precisely, `[[Title#s-42]]`), and
every revision also snapshots the whole structured content as JSON, so history, diff and
restore cover the statements too. A removed statement keeps its row (links to it stay
meaningful); `removed_at` marks it.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import Organization, OrgType, User
from forum.accounts.visibility import Visibility
from forum.db import UTCDateTime, str_enum, utcnow
from forum.extensions import db
from forum.pbl.models import PblGroup


class PageKind(enum.StrEnum):
    PAGE = "page"
    BOUNDARY = "boundary"


class Section(enum.StrEnum):
    MUST = "must"
    MUST_NOT = "must_not"
    CAN = "can"


class Basis(enum.StrEnum):
    EXPLICIT = "explicit"  # a written rule: law, regulation or guideline (source required)
    PRACTICE = "practice"  # the organization's own interpretation or working practice


class Level(enum.StrEnum):
    RESPONSIBLE = "responsible"
    CONTRIBUTES = "contributes"
    NOT_OURS = "not_ours"


class WikiPage(db.Model):
    __tablename__ = "wiki_pages"
    # One title per place: the place is the organization's part of the wiki (or the shared
    # part), refined by a group restriction. See forum.wiki.pages.place_of().
    __table_args__ = (UniqueConstraint("place", "title_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PageKind] = mapped_column(str_enum(PageKind), default=PageKind.PAGE)
    title: Mapped[str] = mapped_column(String(200))
    title_key: Mapped[str] = mapped_column(String(200), index=True)
    place: Mapped[str] = mapped_column(String(60))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"),
                                                        index=True)
    # Set on an organization's one boundary page (unique: NULLs never collide).
    boundary_org_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"),
                                                        unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("wiki_pages.id"), index=True)
    topic: Mapped[str] = mapped_column(String(60), default="")
    visibility: Mapped[Visibility] = mapped_column(str_enum(Visibility), default=Visibility.ALL)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("pbl_groups.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    review_by: Mapped[date] = mapped_column(Date, index=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    current_revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("wiki_revisions.id", use_alter=True))
    revision_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    organization: Mapped[Organization | None] = relationship(foreign_keys=[organization_id])
    group: Mapped[PblGroup | None] = relationship()
    owner: Mapped[User | None] = relationship(foreign_keys=[owner_id])
    reviewed_by: Mapped[User | None] = relationship(foreign_keys=[reviewed_by_id])
    updated_by: Mapped[User | None] = relationship(foreign_keys=[updated_by_id])
    current_revision: Mapped[WikiRevision | None] = relationship(
        foreign_keys=[current_revision_id], post_update=True)

    @property
    def is_boundary(self) -> bool:
        return self.kind == PageKind.BOUNDARY

    def __repr__(self) -> str:
        return f"<WikiPage {self.id} {self.title!r}>"


class WikiRevision(db.Model):
    """One saved version: who, when, why, and the whole content as it was."""

    __tablename__ = "wiki_revisions"
    __table_args__ = (UniqueConstraint("page_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("wiki_pages.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")
    # Boundary pages: {"mandate", "statements": [{id, section, text, html, basis, source}],
    # "ask_us": [{topic, contact, contact_user_id, response_time}]}; free pages: {}.
    content: Mapped[dict] = mapped_column(JSON, default=dict)
    summary: Mapped[str] = mapped_column(String(300), default="")
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    restored_from_id: Mapped[int | None] = mapped_column(Integer)
    words_added: Mapped[int] = mapped_column(Integer, default=0)
    words_removed: Mapped[int] = mapped_column(Integer, default=0)

    author: Mapped[User] = relationship()

    def __repr__(self) -> str:
        return f"<WikiRevision {self.id} page={self.page_id} #{self.number}>"


class WikiStatement(db.Model):
    """One statement on a boundary page: must / must not / can, with its basis."""

    __tablename__ = "wiki_statements"
    __table_args__ = (Index("ix_wiki_statements_page_position", "page_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("wiki_pages.id", ondelete="CASCADE"))
    section: Mapped[Section] = mapped_column(str_enum(Section))
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[Basis] = mapped_column(str_enum(Basis))
    source: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    page: Mapped[WikiPage] = relationship()

    def __repr__(self) -> str:
        return f"<WikiStatement {self.id} page={self.page_id} {self.section}>"


class WikiPageLink(db.Model):
    """[[Title]] (or [[Title#s-42]]) in the current revision of a page."""

    __tablename__ = "wiki_page_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_page_id: Mapped[int] = mapped_column(
        ForeignKey("wiki_pages.id", ondelete="CASCADE"), index=True)
    title_key: Mapped[str] = mapped_column(String(200), index=True)
    page_id: Mapped[int | None] = mapped_column(
        ForeignKey("wiki_pages.id", ondelete="SET NULL"), index=True)
    statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("wiki_statements.id", ondelete="SET NULL"))


class WikiPostLink(db.Model):
    """[[Title]] (or [[Title#s-42]]) in the current text of a post: "discussed in"."""

    __tablename__ = "wiki_post_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"),
                                         index=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    title_key: Mapped[str] = mapped_column(String(200), index=True)
    page_id: Mapped[int | None] = mapped_column(
        ForeignKey("wiki_pages.id", ondelete="SET NULL"), index=True)
    statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("wiki_statements.id", ondelete="SET NULL"), index=True)


class GlossaryTerm(db.Model):
    __tablename__ = "glossary_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    term_sv: Mapped[str] = mapped_column(String(120))
    term_en: Mapped[str] = mapped_column(String(120), default="")
    # "Read more": a wiki page; shown only to readers of that page.
    page_id: Mapped[int | None] = mapped_column(ForeignKey("wiki_pages.id",
                                                           ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    definitions: Mapped[list[GlossaryDefinition]] = relationship(
        back_populates="term", cascade="all, delete-orphan",
        order_by="GlossaryDefinition.position")
    page: Mapped[WikiPage | None] = relationship()
    updated_by: Mapped[User | None] = relationship()

    def __repr__(self) -> str:
        return f"<GlossaryTerm {self.id} {self.slug}>"


class GlossaryDefinition(db.Model):
    """What one kind of organization means by the term, in its own words."""

    __tablename__ = "glossary_definitions"
    __table_args__ = (UniqueConstraint("term_id", "org_type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("glossary_terms.id", ondelete="CASCADE"))
    org_type: Mapped[OrgType] = mapped_column(str_enum(OrgType, 40))
    text_sv: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    # The texts as rendered on write: escaped, legal citations linked (forum.text).
    text_sv_html: Mapped[str] = mapped_column(Text, default="")
    text_en_html: Mapped[str] = mapped_column(Text, default="")
    source_html: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    term: Mapped[GlossaryTerm] = relationship(back_populates="definitions")


class Responsibility(db.Model):
    """One row of the who-does-what matrix."""

    __tablename__ = "wiki_responsibilities"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    label_sv: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    cells: Mapped[list[ResponsibilityCell]] = relationship(back_populates="responsibility",
                                                           cascade="all, delete-orphan")


class ResponsibilityCell(db.Model):
    __tablename__ = "wiki_responsibility_cells"
    __table_args__ = (UniqueConstraint("responsibility_id", "org_type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    responsibility_id: Mapped[int] = mapped_column(
        ForeignKey("wiki_responsibilities.id", ondelete="CASCADE"))
    org_type: Mapped[OrgType] = mapped_column(str_enum(OrgType, 40))
    level: Mapped[Level] = mapped_column(str_enum(Level))
    statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("wiki_statements.id", ondelete="SET NULL"))

    responsibility: Mapped[Responsibility] = relationship(back_populates="cells")
    statement: Mapped[WikiStatement | None] = relationship()


class BoundaryFollow(db.Model):
    """Someone follows a boundary page: told when a statement is added, changed or removed."""

    __tablename__ = "boundary_follows"
    __table_args__ = (UniqueConstraint("user_id", "page_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("wiki_pages.id", ondelete="CASCADE"),
                                         index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
