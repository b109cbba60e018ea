"""What became of each inbound message: one row per message, so a message delivered twice
(an MTA retry, an IMAP poll after a crash) is handled once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from forum.db import UTCDateTime, utcnow
from forum.extensions import db


class InboundMail(db.Model):
    __tablename__ = "inbound_mail"

    # sha256 of the Message-ID (or of the whole message when it has none).
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # posted | auto_reply | bad_token | expired | wrong_sender | no_access | denied |
    # privacy | invalid | rate_limited | gone | inactive
    outcome: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
