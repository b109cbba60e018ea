"""The unit of waiting times, chosen when they are shown: hours (the default) or working days
(forum.accounts.workdays). Setting: INSIGHTS_TIME_UNIT."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from flask import current_app

from forum.accounts.workdays import working_days_between
from forum.text.i18n import _l


@dataclass(frozen=True)
class Unit:
    key: str
    label: object  # a lazy text
    measure: Callable[[datetime, datetime], float]
    stored: bool = False  # the value is kept in insight_firsts.hours: read it, not the times


def _hours(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


UNITS = {
    "hours": Unit("hours", _l("hours"), _hours, stored=True),
    "workdays": Unit("workdays", _l("working days"), working_days_between),
}


def current_unit() -> Unit:
    return UNITS.get(current_app.config.get("INSIGHTS_TIME_UNIT", "hours"), UNITS["hours"])
