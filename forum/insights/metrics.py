"""The figures of one set of organizations (one organization, one type, the association) over
a set of months, read from the rollups only.

A figure carries the number of distinct people it is built from; `Figure.hidden` is true when
that is 1 or 2 (shown as "fewer than 3"). Zero people means a zero figure, shown as 0.
Median and 90th percentile are nearest-rank: the value at rank ceil(p * n) of the sorted
waiting times.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from forum.insights.data import PeriodData
from forum.insights.units import Unit
from forum.rollups.models import COUNTERS
from forum.text.i18n import _l

MIN_PEOPLE = 3


@dataclass(frozen=True)
class Figure:
    value: float | int | None  # None: nothing to measure (no questions answered, no replies)
    people: int

    @property
    def hidden(self) -> bool:
        return 0 < self.people < MIN_PEOPLE


@dataclass(frozen=True)
class Metric:
    key: str
    label: object
    kind: str  # "count", "share" (0..1) or "time" (in the unit)


METRICS = (
    Metric("active", _l("Active members"), "count"),
    Metric("posts", _l("Posts"), "count"),
    Metric("threads", _l("Threads started"), "count"),
    Metric("questions_asked", _l("Questions asked"), "count"),
    Metric("questions_received", _l("Questions received"), "count"),
    Metric("answered_share", _l("Received questions answered"), "share"),
    Metric("answer_median", _l("Time to first answer, median"), "time"),
    Metric("answer_p90", _l("Time to first answer, 90th percentile"), "time"),
    Metric("cross_share", _l("Replies across organization lines"), "share"),
    Metric("boundary_reads", _l("Reads of other organizations' boundary pages"), "count"),
    Metric("page_edits", _l("Edits of own pages"), "count"),
    Metric("page_reviews", _l("Reviews of own pages"), "count"),
    Metric("pbl_attendance", _l("PBL attendance"), "count"),
)
METRIC_KEYS = {m.key: m for m in METRICS}


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def least(*people: int) -> int:
    """The smallest group a figure is built from (groups of nobody left out)."""
    return min((n for n in people if n), default=0)


def per_organization(org_ids: Iterable[int], months: list[date], unit: Unit,
                     data: PeriodData | None = None) -> dict[int, dict[str, Figure]]:
    """Every metric over the period for each organization (`data`: the period's rollups,
    read once for the whole report; read here when not given)."""
    data = data or PeriodData(months, unit)
    return {org: _figures(data.sums_of([org]), data.people_of([org]), data.answer_waits([org]))
            for org in org_ids}


def figures(org_ids: Iterable[int], months: list[date], unit: Unit,
            data: PeriodData | None = None) -> dict[str, Figure]:
    """Every metric over the whole period."""
    data = data or PeriodData(months, unit)
    org_ids = list(org_ids)
    return _figures(data.sums_of(org_ids), data.people_of(org_ids), data.answer_waits(org_ids))


def monthly(org_ids: Iterable[int], months: list[date], unit: Unit,
            data: PeriodData | None = None) -> dict[date, dict[str, Figure]]:
    """Every metric month by month; a month without activity is all zeros."""
    data = data or PeriodData(months, unit)
    org_ids = list(org_ids)
    people = data.monthly_people(org_ids)
    waits = data.monthly_waits(org_ids)
    return {month: _figures(data.sums_of(org_ids, [month]), people.get(month, {}),
                            waits.get(month, [])) for month in months}


def nothing() -> dict[str, Figure]:
    """Every metric of a period without any activity (zeros, and no share or time)."""
    return _figures(dict.fromkeys(COUNTERS, 0), {}, [])


def _figures(sums: dict[str, int], people: dict[str, int], waits: list[float]
             ) -> dict[str, Figure]:
    def count(key: str) -> Figure:
        return Figure(sums[key], people.get(key, 0))

    waits = sorted(waits)  # once: each percentile sorts again, in linear time
    answered = people.get("questions_answered", 0)
    result = {"active": Figure(people.get("active", 0), people.get("active", 0))}
    for key in ("posts", "threads", "questions_asked", "questions_received", "boundary_reads",
                "page_edits", "page_reviews", "pbl_attendance"):
        result[key] = count(key)
    received = sums["questions_received"]
    result["answered_share"] = Figure(
        sums["questions_answered"] / received if received else None,
        least(answered, people.get("questions_received", 0)))
    result["answer_median"] = Figure(percentile(waits, 0.5), answered)
    result["answer_p90"] = Figure(percentile(waits, 0.9), answered)
    replies = sums["replies"]
    result["cross_share"] = Figure(sums["replies_cross"] / replies if replies else None,
                                   people.get("replies", 0))
    return result
