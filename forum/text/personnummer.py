"""Swedish personal identity numbers (personnummer) and coordination numbers.

Only the validation needed to recognise them in free text: a real calendar date
and a correct Luhn check digit. Requiring both keeps invoice numbers, case
numbers and other ten-digit strings from being reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

IdentityKind = Literal["personnummer", "samordningsnummer"]

# YYMMDD or YYYYMMDD, an optional separator, four digits; not part of a longer
# number. "+" marks people aged 100 or more in the ten-digit form.
CANDIDATE_RE = re.compile(
    r"(?<![\d+-])(?P<date>\d{8}|\d{6})(?P<sep>[-+ ]?)(?P<serial>\d{4})(?![\d-])"
)
COORDINATION_OFFSET = 60


@dataclass(frozen=True, slots=True)
class IdentityNumber:
    kind: IdentityKind
    masked: str


def luhn_ok(digits: str) -> bool:
    """Luhn check over the ten-digit form, as the Swedish Tax Agency specifies."""
    total = 0
    for position, char in enumerate(digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def parse_identity(
    date_part: str, sep: str, serial: str, *, today: date | None = None
) -> IdentityNumber | None:
    """Validate one candidate; None unless both the date and the check digit are right."""
    today = today or date.today()
    if len(date_part) == 8:
        year, rest = int(date_part[:4]), date_part[4:]
        if sep == "+" or not 1800 <= year <= today.year:
            return None
    else:
        year, rest = _infer_year(int(date_part[:2]), sep, today), date_part[2:]
    month, day = int(rest[:2]), int(rest[2:])
    kind: IdentityKind = "personnummer"
    if day > COORDINATION_OFFSET:
        kind, day = "samordningsnummer", day - COORDINATION_OFFSET
    if not _is_date(year, month, day) or not luhn_ok(date_part[-6:] + serial):
        return None
    # The birth date stays readable so the writer can tell which number is meant;
    # the serial and check digits, which make it identifying, never leave here.
    shown_sep = "+" if sep == "+" else "-"
    return IdentityNumber(kind=kind, masked=f"{date_part}{shown_sep}****")


def _infer_year(yy: int, sep: str, today: date) -> int:
    """The Tax Agency's rule: the latest year ending in ``yy`` not in the future, minus a
    century when the separator is "+"."""
    year = today.year - (today.year - yy) % 100
    return year - 100 if sep == "+" else year


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
