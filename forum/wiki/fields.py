"""Field cleaning shared by the knowledge base's actions: every message lands next to its field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from forum.db import parse_id
from forum.text.fields import form_text
from forum.text.i18n import _l
from forum.text.markdown_rules import normalize_title

LOCAL_ZONE = ZoneInfo("Europe/Stockholm")

MAX_TITLE = 200
MAX_BODY = 100_000  # characters of Markdown on one page
MAX_SUMMARY = 300
MAX_TOPIC = 60


def local_today(now: datetime) -> date:
    """Review dates are calendar days in Sweden, whatever the server's zone."""
    return now.astimezone(LOCAL_ZONE).date()


def title_key(title: str) -> str:
    """How titles compare: whitespace collapsed, case folded, NFC."""
    return unicodedata.normalize("NFC", normalize_title(title)).casefold()


def body_text(form: Mapping, name: str, errors: dict[str, str], *,
              required: str | None = None) -> str:
    """A page body: the size limit is stated with the actual size, so the writer knows how
    much to cut."""
    value = form.get(name) or ""
    if isinstance(value, str) and len(value) > MAX_BODY:
        errors[name] = str(_l("The page is too long: %(size)s characters, the limit is "
                              "%(max)s. Split it into several pages.",
                              size=f"{len(value):,}".replace(",", " "),
                              max=f"{MAX_BODY:,}".replace(",", " ")))
        return ""
    return form_text(form, name, errors, max_len=MAX_BODY, multiline=True, required=required)


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def future_date(form: Mapping, name: str, errors: dict[str, str], today: date,
                default: date | None = None) -> date | None:
    """A review date: today or later (a date in the past is refused, not stored)."""
    raw = (form.get(name) or "").strip() if isinstance(form.get(name), str) else ""
    if not raw:
        if default is None:
            errors[name] = str(_l("Choose a review date."))
        return default
    try:
        if not _DATE_RE.match(raw):
            raise ValueError(raw)
        value = date.fromisoformat(raw)
    except ValueError:
        errors[name] = str(_l("Write the date as YYYY-MM-DD."))
        return None
    if value < today:
        errors[name] = str(_l("The review date cannot be in the past."))
        return None
    if value.year > today.year + 10:
        errors[name] = str(_l("Choose a review date within ten years."))
        return None
    return value


def integer(value: object) -> int | None:
    return parse_id(value.strip() if isinstance(value, str) else value)
