"""Reports kept ready, as Discourse keeps its admin reports: a report's figures
(forum.insights.figures) are computed once and stored in `insight_reports`, one row per period,
unit and subject, so a page view reads one row instead of a period's rollups (on a history of a
million posts, computing them takes a second or more).

A kept report is shown
- when the rollups have not changed since it was computed (the same `signature`): it is exact;
- or, when they have, while it is younger than INSIGHTS_REPORT_MAX_AGE seconds: the page then
  says when its figures are from. A busy forum changes its rollups every minute, so without
  this allowance nearly every view would compute.
Otherwise the view computes the figures and they are kept after the response has gone out.
The worker's job keeps the association's standard periods (the last 3, 6, 12 and 24 months)
ready, so the dashboard's first page never waits for them.

The signature is the sum of the organization months' `changes` counters (every change to the
rollups adds to one: forum.rollups.models), the organizations with their types, and
`FORMAT`, raised when what a report holds changes. A rebuild deletes every kept report.
Only aggregates are kept, the same for every viewer: forum.insights.report chooses what a
viewer may see of them, and the signs are read live.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta

from flask import Response, current_app
from sqlalchemy import func, select

from forum.accounts.models import Organization
from forum.db import unit_of_work, utcnow
from forum.db.after_response import after_response
from forum.email.worker import periodic
from forum.extensions import db
from forum.insights import access
from forum.insights.data import PeriodData
from forum.insights.figures import Figures, compute, series_of
from forum.insights.matrix import Cell
from forum.insights.memory import paused_gc
from forum.insights.metrics import Figure
from forum.insights.period import CHOICES
from forum.insights.units import Unit, current_unit
from forum.rollups import store
from forum.rollups.models import InsightOrgMonth, InsightReport
from forum.rollups.months import add_months, month_of, months_between

FORMAT = 1
ASSOCIATION = "all"


def subject_key(org_id: int | None, org_type: str | None) -> str:
    if org_id is not None:
        return f"org:{org_id}"
    return f"type:{org_type}" if org_type else ASSOCIATION


def report_key(months: list[date], unit: Unit, subject: str) -> str:
    return f"{months[0]:%Y-%m}:{months[-1]:%Y-%m}:{unit.key}:{subject}"


def signature(organizations: list[Organization]) -> str:
    changes = db.session.scalar(select(func.coalesce(func.sum(InsightOrgMonth.changes), 0)))
    orgs = ",".join(f"{o.id}={o.type.value}" for o in sorted(organizations, key=lambda o: o.id))
    return f"{FORMAT}:{int(changes)}:{hashlib.sha256(orgs.encode()).hexdigest()[:20]}"


def max_age() -> timedelta:
    return timedelta(seconds=current_app.config["INSIGHTS_REPORT_MAX_AGE"])


class Lookup:
    """The figures for one report, kept or computed. The association's figures (every table,
    the matrix, its series) are one kept row per period and unit; a filtered view adds a row
    with its subject's series only, so filtering computes little. `keep(response)` stores
    what was computed once the response has gone out."""

    def __init__(self, months: list[date], unit: Unit, organizations: list[Organization],
                 subject: str, subject_ids: list[int], now: datetime) -> None:
        """`organizations`: every organization (forum.insights.access.all_organizations)."""
        self.organizations = organizations
        self.signature, self.now = signature(organizations), now
        self.months, self.unit = months, unit
        self.computed: list[tuple[str, dict]] = []
        self._data: PeriodData | None = None
        self.figures = self._base()
        if subject != ASSOCIATION:
            self._add_series(report_key(months, unit, subject), subject_ids)

    def _base(self) -> Figures:
        key = report_key(self.months, self.unit, ASSOCIATION)
        row = self._kept(key)
        if row is not None:
            return decode(row.figures, row.built_at, row.signature == self.signature)
        figures = compute(self._period(), self.organizations, self.now)
        self.computed.append((key, encode(figures)))
        return figures

    def _add_series(self, key: str, subject_ids: list[int]) -> None:
        row = self._kept(key)
        if row is None:
            self.figures.series = series_of(self._period(), subject_ids)
            self.computed.append((key, {"series": _series(self.figures.series)}))
            return
        self.figures.series = _from_series(row.figures["series"])
        if row.signature != self.signature:
            self.figures.exact = False
            self.figures.built_at = min(self.figures.built_at, row.built_at)

    def _kept(self, key: str) -> InsightReport | None:
        """The kept row, if it may be shown: exact, or young enough."""
        row = db.session.get(InsightReport, key)
        if row is not None and (row.signature == self.signature
                                or self.now - row.built_at <= max_age()):
            return row
        return None

    def _period(self) -> PeriodData:
        if self._data is None:
            self._data = PeriodData(self.months, self.unit, [o.id for o in self.organizations])
        return self._data

    def keep(self, response: Response) -> None:
        if self.computed:
            keep_after(response, self.computed, self.signature, self.now)


def keep_after(response: Response, rows: list[tuple[str, dict]], sig: str,
               built_at: datetime) -> None:
    """Store the computed figures once the response has gone out (the view does not wait,
    and its GET writes nothing). Two views computing the same report both store it; the
    later one stays."""

    def store_them() -> None:
        for key, figures in rows:
            _put(key, sig, figures, built_at)

    after_response(response, store_them, f"keep the insights report {rows[0][0]}")


def _put(key: str, sig: str, figures: dict, built_at: datetime) -> None:
    store.put(InsightReport, {"key": key, "signature": sig, "built_at": built_at,
                              "figures": figures})


@periodic("insights-reports", every=timedelta(minutes=1))
def refresh(now: datetime | None = None) -> int:
    """Keep the association's standard periods ready: compute each whose kept report is
    missing, or no longer exact and past half its allowed age (so a viewer meets it renewed
    before it expires). Forget the kept reports no view may show any more. The number
    computed."""
    now = now or utcnow()
    unit, computed = current_unit(), 0
    current = month_of(now)
    for n in CHOICES:
        months = months_between(add_months(current, -(n - 1)), current)
        with unit_of_work():
            computed += _refresh_one(months, unit, now)
    with unit_of_work():  # what no view can show any more: changed since, and too old
        db.session.execute(InsightReport.__table__.delete().where(
            InsightReport.signature != signature(access.all_organizations()),
            InsightReport.built_at < now - max_age()))
    return computed


def _refresh_one(months: list[date], unit: Unit, now: datetime) -> int:
    organizations = access.all_organizations()
    key, sig = report_key(months, unit, ASSOCIATION), signature(organizations)
    row = db.session.get(InsightReport, key)
    if row is not None and (row.signature == sig or now - row.built_at < max_age() / 2):
        return 0
    with paused_gc():  # as on a view: tens of thousands of short-lived rows, no cycles
        figures = compute(PeriodData(months, unit, [o.id for o in organizations]),
                          organizations, now)
    _put(key, sig, encode(figures), now)
    return 1


# JSON: a Figure is [value, people]; a Cell is [replies, median]; dates as YYYY-MM-DD.

def encode(figures: Figures) -> dict:
    return {
        "association": _metrics(figures.association),
        "orgs": {str(k): _metrics(v) for k, v in figures.orgs.items()},
        "types": {k: _metrics(v) for k, v in figures.types.items()},
        "series": _series(figures.series),
        "matrix": [[a, b, _figure(c.replies), _figure(c.median)]
                   for (a, b), c in figures.matrix.items()]}


def decode(raw: dict, built_at: datetime, exact: bool) -> Figures:
    return Figures(
        association=_from_metrics(raw["association"]),
        orgs={int(k): _from_metrics(v) for k, v in raw["orgs"].items()},
        types={k: _from_metrics(v) for k, v in raw["types"].items()},
        series=_from_series(raw["series"]),
        matrix={(a, b): Cell(Figure(*r), Figure(*m)) for a, b, r, m in raw["matrix"]},
        built_at=built_at, exact=exact)


def _figure(figure: Figure) -> list:
    return [figure.value, figure.people]


def _metrics(values: dict[str, Figure]) -> dict[str, list]:
    return {k: _figure(v) for k, v in values.items()}


def _from_metrics(raw: dict[str, list]) -> dict[str, Figure]:
    return {k: Figure(*v) for k, v in raw.items()}


def _series(series: dict[date, dict[str, Figure]]) -> dict[str, dict]:
    return {m.isoformat(): _metrics(v) for m, v in series.items()}


def _from_series(raw: dict[str, dict]) -> dict[date, dict[str, Figure]]:
    return {date.fromisoformat(m): _from_metrics(v) for m, v in raw.items()}
