"""The period picker: the last 3/6/12/24 months, or from–to (months, YYYY-MM)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from forum.errors import ValidationError
from forum.rollups.months import add_months, month_of, months_between
from forum.text.i18n import _l

CHOICES = (3, 6, 12, 24)
DEFAULT = 12
LONGEST = 120  # months: ten years of a forum is plenty; fifty is a typo
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    last_n: int | None  # the chosen "last N months", None for from–to

    @property
    def months(self) -> list[date]:
        return months_between(self.first, self.last)

    def query(self) -> dict[str, str]:
        if self.last_n:
            return {"months": str(self.last_n)}
        return {"from": f"{self.first:%Y-%m}", "to": f"{self.last:%Y-%m}"}


def _month(value: str, field: str, errors: dict[str, str]) -> date | None:
    match = _MONTH.match(value.strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1970:
        errors[field] = str(_l("Give a month as YYYY-MM."))
        return None
    return date(int(match.group(1)), int(match.group(2)), 1)


def parse_period(args, now: datetime) -> Period:
    """The period asked for; ValidationError (field messages) for anything else."""
    current = month_of(now)
    start, end = (args.get("from") or "").strip(), (args.get("to") or "").strip()
    if start or end:  # the form sends both fields, empty when the picker is used
        errors: dict[str, str] = {}
        if not start:
            errors["from"] = str(_l("Give the first month."))
        if not end:
            errors["to"] = str(_l("Give the last month."))
        first = _month(start, "from", errors) if start else None
        last = _month(end, "to", errors) if end else None
        if first and last and first > last:
            errors["to"] = str(_l("The last month comes before the first."))
        elif first and last and len(months_between(first, last)) > LONGEST:
            errors["to"] = str(_l("Choose at most %(n)d months.", n=LONGEST))
        if errors:
            raise ValidationError(field_errors=errors)
        return Period(first, last, None)
    raw = args.get("months") or str(DEFAULT)
    if not raw.isdigit() or int(raw) not in CHOICES:
        raise ValidationError(field_errors={"months": str(_l("Choose 3, 6, 12 or 24 months."))})
    n = int(raw)
    return Period(add_months(current, -(n - 1)), current, n)
