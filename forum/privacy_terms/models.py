"""One watch term of one organization."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from forum.db import UTCDateTime, utcnow
from forum.extensions import db

MAX_TERM = 100


class PrivacyTerm(db.Model):
    __tablename__ = "privacy_terms"
    # The key is the term folded to lower case with single spaces: "Avd 12" and "avd  12"
    # are the same term for the check, so they are the same row.
    __table_args__ = (UniqueConstraint("organization_id", "term_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    term: Mapped[str] = mapped_column(String(MAX_TERM))
    term_key: Mapped[str] = mapped_column(String(MAX_TERM))
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
