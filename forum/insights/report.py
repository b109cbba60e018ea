"""Everything one viewer's dashboard (and its exports) shows, as plain tables.

Each table is a `Table`: a title, column headers and rows of cells; a cell is a Figure (shown
through forum.insights.display) or a plain string (an organization's or a type's name). Only
organization-level aggregates appear; nothing is named after a thread, page or group except
the signs of anomie, which pass each through its feature's access check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from flask import Response

from forum.accounts.labels import ORG_TYPE_LABELS
from forum.accounts.models import Organization, OrgType, User
from forum.insights import access, kept, metrics, signs
from forum.insights.access import Scope
from forum.insights.figures import Figures
from forum.insights.metrics import METRICS, Figure
from forum.insights.period import Period
from forum.insights.units import current_unit
from forum.text.i18n import _l

CHART_METRICS = ("active", "posts", "questions_received", "answered_share", "answer_median",
                 "cross_share", "boundary_reads", "pbl_attendance")


@dataclass
class Table:
    key: str
    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # per column: "label" or a metric kind


@dataclass
class Chart:
    metric: metrics.Metric
    subject: str
    months: list[date]
    values: list[Figure]


@dataclass
class Report:
    scope: Scope
    period: Period
    subject: str
    tables: list[Table]
    charts: list[Chart]
    matrix: Table
    signs: list[signs.Sign]
    unit_label: str
    as_of: datetime | None  # when the figures are from, if the rollups changed since
    keep: Callable[[Response], None]  # the view's: keep computed figures after the response


def build(viewer: User, period: Period, now: datetime, org_id: int | None = None,
          org_type: str | None = None) -> Report:
    """NotFound for an organization or type the viewer may not filter on. The figures are
    the same for every viewer (kept ready by forum.insights.kept); the rows a viewer may see
    are chosen here, and the signs are read for them."""
    scope = access.scope_of(viewer)
    unit = current_unit()
    visible = access.visible_organizations(viewer)
    org = access.organization_for_viewer(viewer, org_id) if org_id is not None else None
    kind = access.type_for_viewer(viewer, org_type) if org_type else None
    organizations = access.all_organizations()
    subject_ids, subject = [o.id for o in organizations], str(_l("The association"))
    if org is not None:
        subject_ids, subject = [org.id], org.name
    elif kind is not None:
        subject_ids = [o.id for o in organizations if o.type == kind]
        subject = str(ORG_TYPE_LABELS[kind])
    lookup = kept.Lookup(period.months, unit, organizations, kept.subject_key(
        org.id if org else None, kind.value if kind else None), subject_ids, now)
    figures = lookup.figures
    summary = Table("summary", str(_l("Per organization")), [str(_l("Organization"))]
                    + [str(m.label) for m in METRICS], kinds=["label"]
                    + [m.kind for m in METRICS])
    summary.rows.append([str(_l("The association (all organizations)")),
                         *_row(figures.association)])
    for item in visible:
        if (org is None or item.id == org.id) and (kind is None or item.type == kind):
            summary.rows.append([item.name, *_row(figures.of_org(item.id))])
    tables = [summary]
    if scope == Scope.ALL:
        tables.append(_types_table(figures, kind))
    charts = [Chart(metrics.METRIC_KEYS[key], subject, period.months,
                    [figures.series[m][key] for m in period.months]) for key in CHART_METRICS]
    found = []
    if scope != Scope.OVERVIEW:
        sign_orgs = [o.id for o in visible] if org is None else [org.id]
        found = signs.signs(viewer, sign_orgs, now, groups=scope == Scope.ALL)
    return Report(scope, period, subject, tables, charts, _matrix_table(organizations, figures),
                  found, str(unit.label), None if figures.exact else figures.built_at,
                  lookup.keep)


def _row(figures: dict[str, Figure]) -> list[Figure]:
    return [figures[m.key] for m in METRICS]


def _types_table(figures: Figures, kind: OrgType | None) -> Table:
    """Per type (the coordinator's view, where every organization is visible)."""
    table = Table("types", str(_l("Per organization type")), [str(_l("Organization type"))]
                  + [str(m.label) for m in METRICS], kinds=["label"] + [m.kind for m in METRICS])
    for org_type in OrgType:
        if (kind is None or org_type == kind) and org_type.value in figures.types:
            table.rows.append([str(ORG_TYPE_LABELS[org_type]),
                               *_row(figures.types[org_type.value])])
    return table


def _matrix_table(organizations: list[Organization], figures: Figures) -> Table:
    orgs = sorted(organizations, key=lambda o: o.name)
    table = Table("matrix", str(_l("Response matrix")),
                  [str(_l("Replied (row) to threads of (column)"))] + [o.short_name or o.name
                                                                      for o in orgs],
                  kinds=["label"] + ["cell"] * len(orgs))
    for a in orgs:
        table.rows.append([a.name] + [figures.cell(a.id, b.id) for b in orgs])
    return table
