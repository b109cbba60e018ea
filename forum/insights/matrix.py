"""The response matrix: how often members of one organization replied in threads started by
another, and the median time to the first reply from that side. Rows answer, columns asked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from forum.extensions import db
from forum.insights import pairs
from forum.insights.data import PeriodData
from forum.insights.metrics import Figure
from forum.insights.units import Unit
from forum.rollups.models import InsightPairMonth


@dataclass(frozen=True)
class Cell:
    replies: Figure
    median: Figure


def response_matrix(org_ids: list[int], months: list[date], unit: Unit,
                    data: PeriodData | None = None) -> dict[tuple[int, int], Cell]:
    """(answering organization, asking organization) -> Cell, for every pair of distinct
    organizations in `org_ids` (zero where nobody replied). `data`: the period's rollups
    (read here when not given)."""
    data = data or PeriodData(months, unit)
    replies = {(a, b): n for a, b, n in db.session.execute(
        select(InsightPairMonth.from_org_id, InsightPairMonth.to_org_id,
               func.sum(InsightPairMonth.replies)).where(
            InsightPairMonth.month.in_(months)).group_by(
            InsightPairMonth.from_org_id, InsightPairMonth.to_org_id))}
    people = {}
    for org, kinds in data.people.items():
        for kind, users in kinds.items():
            if kind.startswith("to:"):
                people[(org, int(kind[3:]))] = len(users)
    medians = pairs.reply_medians(data)
    cells = {}
    for a in org_ids:
        for b in org_ids:
            if a != b:
                n = people.get((a, b), 0)
                cells[(a, b)] = Cell(Figure(int(replies.get((a, b)) or 0), n),
                                     Figure(medians.get((a, b)), n))
    return cells
