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

# What people and word processors put between the groups: every dash Word, Outlook and
# phones produce (hyphen, non-breaking hyphen, figure dash, en and em dash, minus sign,
# full-width forms) and every space (no-break, figure, thin, narrow no-break).
DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
SPACES = " \u00a0\u2007\u2008\u2009\u200a\u202f"

# YYMMDD or YYYYMMDD, the date's groups optionally split by one repeated character
# ("85 07 09", "1985-07-09", "85.07.09"), a separator, four digits; not part of a longer
# number. "+" marks people aged 100 or more in the ten-digit form.
CANDIDATE_RE = re.compile(
    rf"(?<![\d+{DASHES}])(?<!\d[.,/:])"
    rf"(?P<date>\d{{2}}(?:\d{{2}})?(?P<group>[{DASHES}{SPACES}./]?)\d{{2}}(?P=group)\d{{2}})"
    rf"(?P<sep>[{SPACES}]{{0,2}}[{DASHES}+][{SPACES}]{{0,2}}|[{SPACES}]{{1,2}}|[./])?"
    rf"(?P<serial>\d{{4}})(?![\d{DASHES}]|[.,/:]\d)"
)
COORDINATION_OFFSET = 60


@dataclass(frozen=True, slots=True)
class IdentityNumber:
    kind: IdentityKind
    masked: str


def candidate_parts(match: re.Match[str]) -> tuple[str, str, str] | None:
    """The digits of the date, the separator as "-", "+" or "" and the serial of one
    CANDIDATE_RE match; None for layouts that are dates followed by something else.

    A date written in groups ("2024-05-12") followed by a space and four digits is a date
    and a time or a year ("2024-05-12 1030", "2019-03-01 - 2023"), not a number: grouped
    dates count only with a bare dash before the serial, or all in spaced groups.
    """
    group, sep = match["group"], match["sep"] or ""
    bare = sep.strip(SPACES)
    bare_dash = bool(sep) and sep == bare and bare not in (".", "/")
    all_spaced = group in SPACES and bool(sep) and not bare
    if group and not (bare_dash or all_spaced):
        return None
    digits = re.sub(r"\D", "", match["date"])
    return digits, "+" if bare == "+" else ("-" if sep else ""), match["serial"]


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
