"""Every date and time a reader sees, in their language and their organization's time zone.

Swedish: "6 dec. 2026 23:28"; English: "6 Dec 2026, 23:28" (CLDR's British English: day
first and 24 hours, never the US "12/6/26, 11:28 PM"). The browser renders the same forms for
posts that arrive live (static/js/lib/time.js, Intl.DateTimeFormat with `dateStyle: "medium",
timeStyle: "short"` in the zone <html data-time-zone> names), and relative times ("för 5
minuter sedan", "5 minutes ago") as Babel's format_timedelta picks its unit.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache

from babel.dates import format_date, format_time, format_timedelta, get_datetime_format
from babel.dates import get_timezone as babel_zone
from flask_babel import get_locale, get_timezone
from markupsafe import Markup

#: The Babel locale each UI language formats dates with.
DATE_LOCALES = {"sv": "sv", "en": "en_GB"}


def _reader() -> tuple[str, str]:
    return str(get_locale() or "sv"), str(get_timezone() or "Europe/Stockholm")


def format_when(value: datetime | None, language: str | None = None,
                zone: str | None = None) -> str:
    """A moment as a date with the month's name and a 24-hour time, in the reader's zone."""
    if not value:
        return ""
    if language is None or zone is None:
        reader_language, reader_zone = _reader()
        language, zone = language or reader_language, zone or reader_zone
    return _when(_aware(value), language, zone)


def format_day(value: date | datetime | None, language: str | None = None) -> str:
    """A calendar date ("6 dec. 2026", "6 Dec 2026")."""
    if not value:
        return ""
    reader_language, reader_zone = _reader()
    if isinstance(value, datetime):
        value = _aware(value).astimezone(babel_zone(reader_zone)).date()
    return format_date(value, "medium", locale=DATE_LOCALES.get(language or reader_language,
                                                                 "sv"))


def format_ago(value: datetime, now: datetime, language: str | None = None) -> str:
    """How long ago (or how far ahead) a moment is, as Babel words it."""
    return format_timedelta(_aware(value) - _aware(now), add_direction=True,
                            locale=DATE_LOCALES.get(language or _reader()[0], "sv"))


def relative_time(value: datetime | None, now: datetime, last_post: bool = False) -> Markup:
    """<time> showing how long ago, with the exact time on hover (title) and on focus
    (tabindex and the tooltip in forum.css); static/js/lib/time.js keeps it current.
    `last_post` marks a thread list's time, which static/js/live.js moves on."""
    if not value:
        return Markup("")
    return Markup('<time datetime="{iso}" title="{exact}" data-relative{extra} tabindex="0">'
                  '{ago}</time>').format(iso=_aware(value).isoformat(),
                                         exact=format_when(value), ago=format_ago(value, now),
                                         extra=Markup(" data-last-post") if last_post else "")


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@lru_cache(maxsize=8192)
def _when(value: datetime, language: str, zone: str) -> str:
    """Babel's formatting is slow and a thread page formats the same times on every view;
    the result depends only on these three arguments."""
    locale = DATE_LOCALES.get(language, "sv")
    tzinfo = babel_zone(zone)
    return (get_datetime_format("medium", locale=locale).replace("'", "")
            .replace("{1}", format_date(value.astimezone(tzinfo), "medium", locale=locale))
            .replace("{0}", format_time(value, "short", tzinfo=tzinfo, locale=locale)))
