"""Thin models: a statute of the register, and one citation of it in a post, page or term."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.db import UTCDateTime, utcnow
from forum.extensions import db
from forum.text.citations import Statute as StatuteEntry


class Statute(db.Model):
    """One law or ordinance the coordinators keep in the register."""

    __tablename__ = "statutes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # "2010:110", "1997-02-28-19"
    short_name: Mapped[str] = mapped_column(String(40), unique=True)  # "SFB", as written
    title: Mapped[str] = mapped_column(String(300))
    # Other ways it is written, one per line, matched without regard to case.
    names: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="se")
    url: Mapped[str] = mapped_column(String(500))
    chapter_url: Mapped[str] = mapped_column(String(500), default="")
    section_url: Mapped[str] = mapped_column(String(500), default="")
    chaptered: Mapped[bool] = mapped_column(Boolean, default=True)
    chapters: Mapped[int | None] = mapped_column(Integer)
    sections: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    def __repr__(self) -> str:
        return f"<Statute {self.id} {self.short_name} ({self.number})>"

    @property
    def name_list(self) -> list[str]:
        return [n.strip() for n in self.names.splitlines() if n.strip()]

    def entry(self) -> StatuteEntry:
        """The register entry the citation finder works with."""
        return StatuteEntry(
            number=self.number, short_name=self.short_name, title=self.title,
            names=tuple(self.name_list), url=self.url, chapter_url=self.chapter_url,
            section_url=self.section_url, chaptered=self.chaptered, chapters=self.chapters,
            sections=self.sections)


class StatuteCitation(db.Model):
    """A citation of a statute in the current text of a post, page, statement or term.

    Replaced whenever the text is saved, so it always describes the text as it is now.
    ``source_type`` is "post", "page" (a page's body or a boundary statement; then
    ``statement_id`` is set) or "term" (a glossary definition; ``source_id`` is the term).
    """

    __tablename__ = "statute_citations"
    __table_args__ = (Index("ix_statute_citations_source", "source_type", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statute_id: Mapped[int] = mapped_column(
        ForeignKey("statutes.id", ondelete="CASCADE"), index=True)
    source_type: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int] = mapped_column(Integer)
    statement_id: Mapped[int | None] = mapped_column(Integer)
    chapter: Mapped[int | None] = mapped_column(Integer)
    section: Mapped[str | None] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(String(200))

    statute: Mapped[Statute] = relationship()
