"""Reading the audit log: filters checked like any form, one query for the page and the
export alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from forum.accounts.models import Organization, User
from forum.accounts.queries import org_and_descendants
from forum.audit import kinds
from forum.audit.models import AuditEntry
from forum.db import parse_id
from forum.errors import ValidationError
from forum.extensions import db
from forum.text.i18n import _l

PER_PAGE = 50
EXPORT_LIMIT = 50_000  # one file; a longer period is exported in parts
LOCAL_ZONE = ZoneInfo("Europe/Stockholm")  # dates in the form are the readers' dates


@dataclass(frozen=True)
class AuditFilters:
    actor_id: int | None = None
    kind: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    organization_id: int | None = None

    def as_args(self) -> dict[str, str]:
        """For links (pages, the export) that keep the same filters."""
        values = {"actor": self.actor_id, "kind": self.kind, "from": self.date_from,
                  "to": self.date_to, "organization": self.organization_id}
        return {key: str(value) for key, value in values.items() if value not in (None, "")}


def check_filters(args) -> AuditFilters:
    """Parse the filter form (query string); ValidationError with field messages."""
    errors: dict[str, str] = {}
    actor = _id(args.get("actor"), "actor", errors, User, _l("No such person."))
    organization = _id(args.get("organization"), "organization", errors, Organization,
                       _l("No such organization."))
    kind = (args.get("kind") or "").strip() or None
    if kind is not None and len(kind) > 60:
        errors["kind"] = str(_l("No such kind of action."))
    date_from = _date(args.get("from"), "from", errors)
    date_to = _date(args.get("to"), "to", errors)
    if date_from and date_to and date_from > date_to:
        errors["to"] = str(_l("The period ends before it starts: swap the dates."))
    if errors:
        raise ValidationError(field_errors=errors)
    return AuditFilters(actor, kind, date_from, date_to, organization)


def _id(value, field: str, errors: dict, model, message) -> int | None:
    if value in (None, ""):
        return None
    parsed = parse_id(value)
    if parsed is None or db.session.get(model, parsed) is None:
        errors[field] = str(message)
    return parsed


def _date(value, field: str, errors: dict) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        errors[field] = str(_l("Write the date as YYYY-MM-DD."))
        return None


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, LOCAL_ZONE).astimezone(ZoneInfo("UTC"))


def filtered(filters: AuditFilters) -> Select[tuple[AuditEntry]]:
    query = select(AuditEntry)
    if filters.actor_id is not None:
        query = query.where(AuditEntry.actor_id == filters.actor_id)
    if filters.kind:
        query = query.where(AuditEntry.action == filters.kind)
    if filters.date_from:
        query = query.where(AuditEntry.created_at >= _start_of(filters.date_from))
    if filters.date_to:  # the whole last day
        query = query.where(AuditEntry.created_at < _start_of(filters.date_to
                                                               + timedelta(days=1)))
    if filters.organization_id is not None:
        # Actions by the organization's people (and its local offices').
        query = query.where(AuditEntry.actor_id.in_(select(User.id).where(
            User.organization_id.in_(org_and_descendants(filters.organization_id)))))
    return query


def page(filters: AuditFilters, number: int) -> tuple[list[AuditEntry], int, int]:
    """One page of entries, newest first; the page's number (kept within range) and the
    number of pages."""
    query = filtered(filters)
    total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    pages = max(1, -(-total // PER_PAGE))
    number = min(max(1, number), pages)
    entries = db.session.scalars(
        query.options(selectinload(AuditEntry.actor))
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
        .limit(PER_PAGE).offset((number - 1) * PER_PAGE))
    return list(entries), number, pages


def for_export(filters: AuditFilters) -> list[AuditEntry]:
    return list(db.session.scalars(
        filtered(filters).options(selectinload(AuditEntry.actor)
                                  .selectinload(User.organization))
        .order_by(AuditEntry.created_at, AuditEntry.id).limit(EXPORT_LIMIT)))


def actor_choices() -> list[tuple[int, str]]:
    """The people who appear in the log (not the whole directory)."""
    rows = db.session.execute(
        select(User.id, User.display_name).where(User.id.in_(
            select(AuditEntry.actor_id).where(AuditEntry.actor_id.is_not(None)).distinct()))
        .order_by(User.display_name))
    return [(uid, name) for uid, name in rows]


def kind_choices() -> list[tuple[str, str]]:
    """Every described code, and any other code that appears in the log."""
    known = dict(kinds.choices())
    seen = db.session.scalars(select(AuditEntry.action).distinct())
    extra = [(code, kinds.describe(code)) for code in seen if code not in known]
    return list(known.items()) + sorted(extra, key=lambda c: c[1])
