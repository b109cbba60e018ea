"""Working days: Monday to Friday, less Swedish (or Norwegian) public holidays.

One module for everything that speaks of working days (the promised response time of an
organization's "ask us", collaboration health's waiting times, the organization inbox).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _holidays(country: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, years=year))


def is_working_day(day: date, country: str = "SE") -> bool:
    return day.weekday() < 5 and day not in _holidays(country, day.year)


def add_working_days(start: datetime, count: int, country: str = "SE") -> datetime:
    """The moment `count` working days after `start` (same time of day)."""
    moment, left = start, count
    while left > 0:
        moment += timedelta(days=1)
        if is_working_day(moment.date(), country):
            left -= 1
    return moment


def working_days_between(start: datetime, end: datetime, country: str = "SE") -> float:
    """Working days from `start` to `end`: whole working days passed, plus the part of the
    last day (a weekend or holiday adds nothing)."""
    if end <= start:
        return 0.0
    total, day = 0.0, start
    while day < end:
        following = min(end, datetime.combine(day.date() + timedelta(days=1), datetime.min.time(),
                                              tzinfo=day.tzinfo))
        if is_working_day(day.date(), country):
            total += (following - day).total_seconds() / 86400
        day = following
    return total
