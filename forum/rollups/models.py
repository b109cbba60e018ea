"""Rollup rows for collaboration health. Kept current from the changes themselves: posts by
the worker (forum.insights.pending, from the posts still pending), the rest by
forum.rollups.track in the same transaction as the change; `forum insights rebuild`
recomputes them (forum.insights.rebuild).

Only aggregates are ever shown. The per-person rows (`InsightPerson`, `InsightSeen`) exist so
that "active members" and the fewer-than-3 rule are exact; no page or export lists them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Date, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from forum.db import UTCDateTime
from forum.extensions import db

# The counters of one organization's month, in the order the dashboard shows them.
COUNTERS = ("posts", "threads", "questions_asked", "questions_received", "questions_answered",
            "replies", "replies_cross", "thread_reads", "boundary_reads", "page_edits",
            "page_reviews", "pbl_attendance")


class InsightOrgMonth(db.Model):
    __tablename__ = "insight_org_months"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True, index=True)
    posts: Mapped[int] = mapped_column(Integer, default=0)
    threads: Mapped[int] = mapped_column(Integer, default=0)
    questions_asked: Mapped[int] = mapped_column(Integer, default=0)
    questions_received: Mapped[int] = mapped_column(Integer, default=0)
    # Received in this month and answered (at any time since).
    questions_answered: Mapped[int] = mapped_column(Integer, default=0)
    replies: Mapped[int] = mapped_column(Integer, default=0)
    replies_cross: Mapped[int] = mapped_column(Integer, default=0)
    thread_reads: Mapped[int] = mapped_column(Integer, default=0)
    boundary_reads: Mapped[int] = mapped_column(Integer, default=0)
    page_edits: Mapped[int] = mapped_column(Integer, default=0)
    page_reviews: Mapped[int] = mapped_column(Integer, default=0)
    pbl_attendance: Mapped[int] = mapped_column(Integer, default=0)
    # Not a figure: how many changes were added to this row. Only grows (a rebuild writes
    # each row's count of events), so the sum over every row changes with every change to
    # the rollups: forum.insights.kept tells a kept report still exact by it.
    changes: Mapped[int] = mapped_column(BigInteger, default=0)


class InsightPairMonth(db.Model):
    """Replies by members of `from_org` in threads started by members of `to_org`."""

    __tablename__ = "insight_pair_months"

    from_org_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True)
    to_org_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True, index=True)
    replies: Mapped[int] = mapped_column(Integer, default=0)


class InsightFirst(db.Model):
    """One waiting time: a question's first answer (kind "answer") or the first reply from
    another organization in a thread (kind "reply"). Start and end are kept; the value in
    each unit the dashboard may show (forum.insights.units) is kept ready beside them."""

    __tablename__ = "insight_firsts"
    # Covering: every waiting time of a period read in one pass (forum.insights.data).
    __table_args__ = (Index("ix_insight_firsts_month_kind", "month", "kind", "from_org_id",
                            "to_org_id", "hours", "workdays"),)

    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"),
                                           primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    from_org_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True)
    to_org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    month: Mapped[date] = mapped_column(Date, index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Kept ready: a report reads hundreds of thousands of these (forum.rollups.track).
    hours: Mapped[float] = mapped_column(Float)
    workdays: Mapped[float] = mapped_column(Float)  # Swedish working days


class InsightPerson(db.Model):
    """Someone did something of `kind` for their organization in a month (a marker, no count).
    Kinds: the counters' names, "active", and "to:<org id>" for the response matrix."""

    __tablename__ = "insight_people"
    __table_args__ = (
        Index("ix_insight_people_org_month", "organization_id", "month"),
        # Covering indexes: the dashboard's distinct people per organization and kind over a
        # period, and per month and kind (forum.insights.data).
        Index("ix_insight_people_org_kind_user", "organization_id", "kind", "user_id", "month"),
        Index("ix_insight_people_month_kind_user", "month", "kind", "user_id",
              "organization_id"),
    )

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), primary_key=True)


class InsightSeen(db.Model):
    """A read of a thread or of a boundary page, or a review of a page, once per person,
    object and month. No other table keeps these events, so `rebuild` counts from here."""

    __tablename__ = "insight_seen"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # thread | boundary | review
    object_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class InsightReport(db.Model):
    """A report's figures kept ready (forum.insights.kept): everything the dashboard shows of
    one period, unit and subject but the signs, which are read for each viewer. Aggregates
    only, as on the page; `signature` tells whether the rollups changed since."""

    __tablename__ = "insight_reports"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    signature: Mapped[str] = mapped_column(String(80))
    built_at: Mapped[datetime] = mapped_column(UTCDateTime)
    figures: Mapped[dict] = mapped_column(JSON)
