"""The unit of waiting times, chosen when they are shown: hours (the default) or working days
(forum.accounts.workdays). Setting: INSIGHTS_TIME_UNIT. Each waiting time's value in both is
kept on its row (`insight_firsts.hours`, `.workdays`, written by forum.rollups.track)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from forum.text.i18n import _l


@dataclass(frozen=True)
class Unit:
    key: str  # also the insight_firsts column holding the value in this unit
    label: object  # a lazy text


UNITS = {
    "hours": Unit("hours", _l("hours")),
    "workdays": Unit("workdays", _l("working days")),
}


def current_unit() -> Unit:
    return UNITS.get(current_app.config.get("INSIGHTS_TIME_UNIT", "hours"), UNITS["hours"])
