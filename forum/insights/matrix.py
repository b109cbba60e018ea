"""The response matrix: how often members of one organization replied in threads started by
another, and the median time to the first reply from that side. Rows answer, columns asked."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from forum.extensions import db
from forum.insights.metrics import Figure, percentile, wait_columns, wait_value
from forum.insights.units import Unit
from forum.rollups.models import InsightFirst, InsightPairMonth, InsightPerson


@dataclass(frozen=True)
class Cell:
    replies: Figure
    median: Figure


def response_matrix(org_ids: list[int], months: list[date], unit: Unit
                    ) -> dict[tuple[int, int], Cell]:
    """(answering organization, asking organization) -> Cell, for every pair of distinct
    organizations in `org_ids` (zero where nobody replied)."""
    replies = {(a, b): n for a, b, n in db.session.execute(
        select(InsightPairMonth.from_org_id, InsightPairMonth.to_org_id,
               func.sum(InsightPairMonth.replies)).where(
            InsightPairMonth.month.in_(months)).group_by(
            InsightPairMonth.from_org_id, InsightPairMonth.to_org_id))}
    people = {}
    for org, kind, n in db.session.execute(
            select(InsightPerson.organization_id, InsightPerson.kind,
                   func.count(func.distinct(InsightPerson.user_id))).where(
                InsightPerson.month.in_(months), InsightPerson.kind.like("to:%")).group_by(
                InsightPerson.organization_id, InsightPerson.kind)):
        people[(org, int(kind[3:]))] = n
    waits: dict = defaultdict(list)
    for a, b, *value in db.session.execute(
            select(InsightFirst.from_org_id, InsightFirst.to_org_id, *wait_columns(unit)).where(
                InsightFirst.kind == "reply", InsightFirst.month.in_(months))):
        waits[(a, b)].append(wait_value(unit, value))
    cells = {}
    for a in org_ids:
        for b in org_ids:
            if a != b:
                n = people.get((a, b), 0)
                cells[(a, b)] = Cell(Figure(int(replies.get((a, b)) or 0), n),
                                     Figure(percentile(waits.get((a, b), []), 0.5), n))
    return cells
