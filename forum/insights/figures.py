"""The figures of one report: everything the dashboard shows of a period, a unit and a subject
that does not depend on who looks (the signs do, and are read for each viewer).

Computed from the period's rollups (forum.insights.data) for every organization and type, so
that one computation serves every viewer: forum.insights.report keeps the rows a viewer may
see. forum.insights.kept stores them as plain JSON values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from forum.accounts.models import Organization
from forum.insights import metrics
from forum.insights.data import PeriodData
from forum.insights.matrix import Cell, response_matrix
from forum.insights.metrics import Figure

ByMetric = dict[str, Figure]  # metric key -> Figure


@dataclass
class Figures:
    association: ByMetric
    orgs: dict[int, ByMetric]
    types: dict[str, ByMetric]  # organization type (its value) -> figures
    series: dict[date, ByMetric]  # the subject's months
    matrix: dict[tuple[int, int], Cell]
    built_at: datetime
    exact: bool = True  # False: kept from before the rollups' last change (forum.insights.kept)

    def of_org(self, org_id: int) -> ByMetric:
        """An organization's figures (all zero for one made after these were computed)."""
        return self.orgs.get(org_id) or metrics.nothing()

    def cell(self, a: int, b: int) -> Cell:
        return self.matrix.get((a, b)) or Cell(Figure(0, 0), Figure(None, 0))


def compute(data: PeriodData, organizations: list[Organization], now: datetime) -> Figures:
    """Every table's figures over the period of `data`, with the association's monthly
    series (a filtered view's comes from `series_of`)."""
    everyone = [o.id for o in organizations]
    types: dict[str, list[int]] = {}
    for org in organizations:
        types.setdefault(org.type.value, []).append(org.id)
    months, unit = data.months, data.unit
    return Figures(
        association=metrics.figures(everyone, months, unit, data),
        orgs=metrics.per_organization(everyone, months, unit, data),
        types={kind: metrics.figures(ids, months, unit, data) for kind, ids in types.items()},
        series=series_of(data, everyone),
        matrix=response_matrix(everyone, months, unit, data), built_at=now)


def series_of(data: PeriodData, subject_ids: Iterable[int]) -> dict[date, ByMetric]:
    """The monthly series of the organizations in `subject_ids` (one organization, a type's,
    the association's): the counters, the people of each month and the answers' times."""
    return metrics.monthly(list(subject_ids), data.months, data.unit, data)
