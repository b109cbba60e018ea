"""One row per requested export. The ZIP itself is kept in the row (like whiteboard photos):
every server process can then answer the download, in the embedded and the scaled layout
alike, and deleting the data is one UPDATE."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from forum.db import UTCDateTime, str_enum, utcnow
from forum.extensions import db


class ExportStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class DataExport(db.Model):
    __tablename__ = "exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    status: Mapped[ExportStatus] = mapped_column(str_enum(ExportStatus),
                                                 default=ExportStatus.QUEUED)
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Bumped with every step of the build: a row that stops moving was abandoned.
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(String(200), default="")

    def __repr__(self) -> str:
        return f"<DataExport {self.id} user={self.user_id} {self.status}>"
