"""The rollups of a period, read once: every table of a report is computed from these in
memory (a few statements for the whole dashboard, none per organization, type or month).

- the counters of each organization and month (the whole period, every organization);
- the distinct people behind each (organization, kind) over the whole period, as sets, so that
  any set of organizations (a type, the association) is the union of its members' sets;
- every waiting time of the period (answers and first replies across lines), in the unit
  shown, as kept on its row.

The people of each month (the trend charts) are counted in SQL for the one subject shown.
Each part is read when first used. Nothing is kept between requests: a `PeriodData` lives for
one computation (forum.insights.kept keeps what is computed from it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import cached_property

from sqlalchemy import Date, func, literal_column, select

from forum.extensions import db
from forum.insights.units import Unit
from forum.rollups.models import COUNTERS, InsightFirst, InsightOrgMonth, InsightPerson


def _unindexed_month():
    """insight_people.month, kept from choosing the index that leads with the month: SQLite
    (without statistics) would, and then sort 200,000 rows for DISTINCT, where the index that
    leads with the organization gives them in order. PostgreSQL plans from its statistics."""
    if db.session.get_bind().dialect.name == "sqlite":
        return literal_column("+insight_people.month", Date)
    return InsightPerson.month


def _rows(statement):
    """Plain rows through the session's connection (no ORM row processing: tens of
    thousands of rows per report)."""
    return db.session.connection().execute(statement).fetchall()


class PeriodData:
    """Each part is read when first used: the monthly series of one subject needs the
    counters, its people per month and the answers' times, not the replies' times or the
    period's people (the larger reads)."""

    def __init__(self, months: list[date], unit: Unit,
                 everyone: Iterable[int] | None = None) -> None:
        """`everyone`: the ids of every organization, when the caller has them (a subject of
        all of them is then counted without a filter on the organization)."""
        self.months, self.unit = months, unit
        self.everyone = frozenset(everyone) if everyone is not None else None
        # PostgreSQL takes the replies' medians itself (forum.insights.pairs): only the
        # answers' times are read then
        self.sql_medians = db.session.get_bind().dialect.name == "postgresql"

    @cached_property
    def sums(self) -> dict[tuple[int, date], tuple]:
        return {(org, month): tuple(int(v or 0) for v in values)
                for org, month, *values in _rows(select(
                    InsightOrgMonth.organization_id, InsightOrgMonth.month,
                    *[getattr(InsightOrgMonth, c) for c in COUNTERS]).where(
                    InsightOrgMonth.month.in_(self.months)))}

    @cached_property
    def people(self) -> dict[int, dict[str, set[int]]]:
        found: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self._read_people(self.months, found)
        return found

    @cached_property
    def reply_rows(self) -> list[tuple]:
        """The first replies' waiting times, (from organization, to organization, month,
        value); none read where the database takes their medians (forum.insights.pairs)."""
        return [] if self.sql_medians else self._read_waits("reply")

    @cached_property
    def answers(self) -> dict[int, list[tuple]]:
        """The answers' waiting times by the organization asked: {org: [(month, value)]}."""
        found: dict[int, list[tuple]] = defaultdict(list)
        for a, _b, month, value in self._read_waits("answer"):
            found[a].append((month, value))
        return found

    def _read_waits(self, kind: str) -> list[tuple]:
        return _rows(select(
            InsightFirst.from_org_id, InsightFirst.to_org_id, InsightFirst.month,
            getattr(InsightFirst, self.unit.key)).where(
            InsightFirst.month.in_(self.months), InsightFirst.kind == kind))

    def _read_people(self, months: list[date], found: dict) -> None:
        """PostgreSQL: one array of users per (organization, kind), 150 rows (a hash of all
        215,000 marks for DISTINCT took 56 ms there, the arrays 30). SQLite: the distinct
        rows, in order from the covering index."""
        if db.session.get_bind().dialect.name == "postgresql":
            for org, kind, users in _rows(select(
                    InsightPerson.organization_id, InsightPerson.kind,
                    func.array_agg(InsightPerson.user_id.distinct())).where(
                    InsightPerson.month.in_(months)).group_by(
                    InsightPerson.organization_id, InsightPerson.kind)):
                found[org][kind] = set(users)
            return
        for org, kind, user in _rows(select(
                InsightPerson.organization_id, InsightPerson.kind, InsightPerson.user_id
        ).where(_unindexed_month().in_(months)).distinct()):
            found[org][kind].add(user)

    def sums_of(self, org_ids: Iterable[int], months: Iterable[date] | None = None
                ) -> dict[str, int]:
        months = self.months if months is None else months
        total = [0] * len(COUNTERS)
        for org in org_ids:
            for month in months:
                row = self.sums.get((org, month))
                if row:
                    total = [t + v for t, v in zip(total, row, strict=True)]
        return dict(zip(COUNTERS, total, strict=True))

    def people_of(self, org_ids: Iterable[int]) -> dict[str, int]:
        """Distinct people per kind (the "to:" kinds left out) over the period."""
        found: dict[str, set[int]] = defaultdict(set)
        for org in org_ids:
            for kind, users in self.people.get(org, {}).items():
                if not kind.startswith("to:"):
                    found[kind] |= users
        return {kind: len(users) for kind, users in found.items()}

    def answer_waits(self, org_ids: Iterable[int]) -> list[float]:
        return [v for org in set(org_ids) for _m, v in self.answers.get(org, ())]

    def monthly_people(self, org_ids: list[int]) -> dict[date, dict[str, int]]:
        """Distinct people per month and kind (one statement, counted in the database)."""
        found: dict = defaultdict(dict)
        # the association: every row is of one of its organizations, and the filter on 30 ids
        # cost a third of this statement on SQLite (34 against 21 ms at full size)
        every = self.everyone is not None and self.everyone <= set(org_ids)
        for month, kind, n in _rows(
                select(InsightPerson.month, InsightPerson.kind,
                       func.count(func.distinct(InsightPerson.user_id))).where(
                    *([] if every else [InsightPerson.organization_id.in_(org_ids)]),
                    InsightPerson.month.in_(self.months),
                    InsightPerson.kind.not_like("to:%")).group_by(
                    InsightPerson.month, InsightPerson.kind)):
            found[month][kind] = n
        return found

    def monthly_waits(self, org_ids: Iterable[int]) -> dict[date, list[float]]:
        found = defaultdict(list)
        for org in set(org_ids):
            for month, value in self.answers.get(org, ()):
                found[month].append(value)
        return found
