"""Months as the rollups key them: the first day of the month, in UTC."""

from __future__ import annotations

from datetime import date, datetime


def month_of(moment: datetime | date) -> date:
    return date(moment.year, moment.month, 1)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def months_between(first: date, last: date) -> list[date]:
    """Every month from `first` to `last`, both included (empty when reversed)."""
    months, current = [], month_of(first)
    while current <= last:
        months.append(current)
        current = add_months(current, 1)
    return months
