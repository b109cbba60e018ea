"""The response matrix's figures per pair of organizations, counted in the database: the
distinct people who replied across lines (the "to:<organization>" marks of insight_people)
and the median time to the first reply, so that the ~20,000 waiting times of the replies and
the people's marks never travel to Python.

The median is nearest-rank, as forum.insights.metrics.percentile has it (the value at rank
ceil(n / 2) of the sorted times): PostgreSQL's percentile_disc(0.5) is exactly that; SQLite
numbers each pair's times in order (row_number) and keeps rank (n + 1) / 2, in integers the
same rank. tests/unit/insights/test_pairs.py checks both against percentile() by hand.
Only the stored unit (hours) is read this way; other units are computed from the times.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, within_group

from forum.extensions import db
from forum.rollups.models import InsightFirst, InsightPerson

Pair = tuple[int, int]


def pair_people(months: list[date]) -> dict[Pair, int]:
    """(replying organization, the thread starter's organization) -> distinct people."""
    found = {}
    for org, kind, n in db.session.execute(select(
            InsightPerson.organization_id, InsightPerson.kind,
            func.count(func.distinct(InsightPerson.user_id))).where(
            InsightPerson.month.in_(months), InsightPerson.kind.like("to:%")).group_by(
            InsightPerson.organization_id, InsightPerson.kind)):
        found[(org, int(kind[3:]))] = n
    return found


def reply_medians(months: list[date]) -> dict[Pair, float]:
    """(replying organization, asking organization) -> the median hours to the first reply."""
    where = (InsightFirst.kind == "reply", InsightFirst.month.in_(months))
    if db.session.get_bind().dialect.name == "postgresql":
        return {(a, b): v for a, b, v in db.session.execute(select(
            InsightFirst.from_org_id, InsightFirst.to_org_id,
            within_group(func.percentile_disc(0.5), InsightFirst.hours)).where(*where)
            .group_by(InsightFirst.from_org_id, InsightFirst.to_org_id))}
    pair = (InsightFirst.from_org_id, InsightFirst.to_org_id)
    ranked = select(*pair, InsightFirst.hours.label("hours"),
                    func.row_number().over(partition_by=pair, order_by=InsightFirst.hours)
                    .label("rank"),
                    func.count().over(partition_by=pair).label("n")).where(*where).subquery()
    return {(a, b): v for a, b, v in db.session.execute(
        select(ranked.c.from_org_id, ranked.c.to_org_id, ranked.c.hours).where(
            ranked.c.rank == (ranked.c.n + 1) // 2))}
