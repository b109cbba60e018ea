"""/insights: the dashboard, and its tables as CSV and XLSX. Thin adapters over report.py."""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request
from flask_login import current_user

from forum.db import parse_id, utcnow
from forum.errors import NotFound, ValidationError
from forum.insights import access, export, kept, report, svg
from forum.insights.display import shower
from forum.insights.memory import paused_gc
from forum.insights.period import CHOICES, parse_period

bp = Blueprint("insights", __name__)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filters() -> tuple[int | None, str | None]:
    raw_org, raw_type = request.args.get("org", ""), request.args.get("type", "")
    org_id = parse_id(raw_org) if raw_org else None
    if raw_org and org_id is None:
        raise NotFound()
    return org_id, raw_type or None


def _report():
    org_id, org_type = _filters()
    period = parse_period(request.args, utcnow())
    return report.build(current_user, period, utcnow(), org_id, org_type)


@bp.get("/insights")
@paused_gc()
def dashboard():
    try:
        built = _report()
    except ValidationError as exc:
        return _page(None, exc.field_errors, 400)
    response = _page(built, {}, 200)
    built.keep(response)
    return response


def _page(built, errors: dict, status: int) -> Response:
    scope = access.scope_of(current_user)
    query = {}
    if built is not None:
        query = built.period.query()
        query.update({k: request.args[k] for k in ("org", "type") if request.args.get(k)})
    return Response(render_template(
        "insights/dashboard.html", report=built, errors=errors, choices=CHOICES, show=shower(),
        chart=svg.bar_chart, scope=scope.value, args=request.args, query=query,
        organizations=access.visible_organizations(current_user),
        max_age_minutes=max(1, round(kept.max_age().total_seconds() / 60)),
        org_types=_types() if scope == access.Scope.ALL else []), status)


def _types():
    from forum.accounts.labels import ORG_TYPE_LABELS

    return list(ORG_TYPE_LABELS.items())


@bp.get("/insights/export.csv")
@paused_gc()
def export_csv():
    built = _report()
    key = request.args.get("table", "summary")
    for table in export.tables_of(built):
        if table.key == key:
            response = Response(export.to_csv(table), mimetype="text/csv")
            response.headers["Content-Disposition"] = (
                f"attachment; filename=insights-{key}-{utcnow():%Y%m%d}.csv")
            built.keep(response)
            return response
    raise NotFound()


@bp.get("/insights/export.xlsx")
@paused_gc()
def export_xlsx():
    built = _report()
    response = Response(export.to_xlsx(export.tables_of(built)), mimetype=XLSX)
    response.headers["Content-Disposition"] = (
        f"attachment; filename=insights-{utcnow():%Y%m%d}.xlsx")
    built.keep(response)
    return response
