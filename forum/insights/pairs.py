"""The response matrix's median time to the first reply, per pair of organizations.

Nearest-rank, as forum.insights.metrics.percentile has it (the value at rank ceil(n / 2) of
the sorted times). On PostgreSQL, in either unit, the database takes it: percentile_disc(0.5) is
exactly that rank, and the ~20,000 replies' times stay in the database (18 against 27 ms at
full size). On SQLite the times are read (forum.insights.data) and sorted
here: a window query (row_number per pair) measured 23 ms against 10 ms for reading and
sorting them. tests/unit/insights/test_pairs.py checks both against percentile() by hand.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select, within_group

from forum.extensions import db
from forum.insights.data import PeriodData
from forum.insights.metrics import percentile
from forum.rollups.models import InsightFirst

Pair = tuple[int, int]


def reply_medians(data: PeriodData) -> dict[Pair, float]:
    """(replying organization, asking organization) -> the median time to the first reply,
    for the pairs with any."""
    if data.sql_medians:
        return {(a, b): v for a, b, v in db.session.execute(select(
            InsightFirst.from_org_id, InsightFirst.to_org_id,
            within_group(func.percentile_disc(0.5), getattr(InsightFirst, data.unit.key))).where(
            InsightFirst.kind == "reply", InsightFirst.month.in_(data.months)).group_by(
            InsightFirst.from_org_id, InsightFirst.to_org_id))}
    waits: dict = defaultdict(list)
    for a, b, _month, value in data.reply_rows:
        waits[(a, b)].append(value)
    return {pair: percentile(values, 0.5) for pair, values in waits.items()}
