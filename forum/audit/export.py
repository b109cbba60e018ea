"""The audit log as CSV. A cell that a spreadsheet would read as a formula (=, +, -, @, or a
tab or carriage return first) is prefixed with an apostrophe: the log holds text that users
typed (titles, e-mail addresses, reasons), and a CSV opened in Excel must not run it."""

from __future__ import annotations

import csv
import io
import json

from forum.audit import kinds
from forum.audit.models import AuditEntry

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER = ("id", "time_utc", "actor_id", "actor", "organization", "action", "description",
          "target_type", "target_id", "details")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(entries: list[AuditEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for e in entries:
        writer.writerow([safe_cell(v) for v in (
            e.id, e.created_at.isoformat(), e.actor_id,
            e.actor.display_name if e.actor else "",
            e.actor.organization.short_name if e.actor else "",
            e.action, kinds.describe(e.action), e.target_type, e.target_id,
            json.dumps(e.details or {}, ensure_ascii=False, sort_keys=True, default=str))])
    return out.getvalue()
