"""Early signs of anomie, each with the evidence that made it fire and a link.

Thresholds are settings (FORUM_INSIGHTS_*, see the README). "The last 8 weeks" is read from
the monthly rollups as the last two complete months, against the six complete months
before them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from flask import current_app
from sqlalchemy import func, select

from forum.accounts.models import Organization
from forum.accounts.workdays import add_working_days
from forum.discussions import access as discussion_access
from forum.discussions.models import Thread
from forum.extensions import db
from forum.pbl import access as pbl_access
from forum.pbl.models import Attendance, PblGroup, PblSession
from forum.rollups.models import InsightOrgMonth, InsightPairMonth
from forum.rollups.months import add_months, month_of
from forum.text.i18n import _l
from forum.wiki import access as wiki_access
from forum.wiki.fields import local_today
from forum.wiki.models import PageKind, WikiPage, WikiRevision


@dataclass
class Sign:
    kind: str
    title: str
    evidence: str
    endpoint: str | None = None
    args: dict = field(default_factory=dict)


def signs(viewer, org_ids: list[int], now: datetime, *, groups: bool) -> list[Sign]:
    names = dict(db.session.execute(select(Organization.id, Organization.name).where(
        Organization.id.in_(org_ids))).all())
    found = quiet_organizations(names, now) + overdue_questions(viewer, names, now)
    found += unreplied_organizations(names, now) + overdue_boundaries(viewer, names, now)
    if groups:
        found += falling_attendance(viewer, now)
    return found


def _setting(name: str):
    return current_app.config[f"INSIGHTS_{name}"]


def quiet_organizations(names: dict[int, str], now: datetime) -> list[Sign]:
    current = month_of(now)
    recent = [add_months(current, -2), add_months(current, -1)]
    base = [add_months(current, -n) for n in range(8, 2, -1)]
    totals: dict = defaultdict(lambda: [0, 0])
    for org, month, posts, reads in db.session.execute(select(
            InsightOrgMonth.organization_id, InsightOrgMonth.month, InsightOrgMonth.posts,
            InsightOrgMonth.thread_reads).where(
            InsightOrgMonth.organization_id.in_(list(names)),
            InsightOrgMonth.month.in_(recent + base))):
        totals[org][0 if month in recent else 1] += posts + reads
    found = []
    for org, (recent_total, base_total) in totals.items():
        before, lately = base_total / len(base), recent_total / len(recent)
        if before >= _setting("QUIET_MIN") and lately < _setting("QUIET_RATIO") * before:
            found.append(Sign("quiet", str(_l("%(org)s has gone quiet", org=names[org])), str(_l(
                "%(recent).1f posts and reads a month in %(first)s–%(last)s, against "
                "%(before).1f a month in the six months before (below %(ratio)d %%).",
                recent=lately, first=f"{recent[0]:%Y-%m}", last=f"{recent[-1]:%Y-%m}",
                before=before, ratio=round(_setting("QUIET_RATIO") * 100))),
                "insights.dashboard", {"org": org}))
    return found


_PROMISE = re.compile(r"(\d+)\s*(arbetsdag|working day|workday|dag|day|timm|hour|h\b|veck|week)",
                      re.IGNORECASE)


def promised(text: str) -> tuple[str, int] | None:
    """("workdays" | "days" | "hours", n) from a response time such as "3 arbetsdagar"."""
    match = _PROMISE.search(text or "")
    if not match:
        return None
    n, word = int(match.group(1)), match.group(2).lower()
    if word.startswith(("arbetsdag", "working", "workday")):
        return "workdays", n
    if word.startswith(("timm", "hour", "h")):
        return "hours", n
    if word.startswith(("veck", "week")):
        return "days", 7 * n
    return "days", n


def deadline(started: datetime, promise: tuple[str, int]) -> datetime:
    unit, n = promise
    if unit == "workdays":
        return add_working_days(started, n)
    return started + (timedelta(hours=n) if unit == "hours" else timedelta(days=n))


def _promises(org_ids: list[int]) -> dict[int, tuple[str, int]]:
    """The most lenient response time each organization's boundary page promises."""
    found = {}
    rows = db.session.execute(select(WikiPage.boundary_org_id, WikiRevision.content).join(
        WikiRevision, WikiRevision.id == WikiPage.current_revision_id).where(
        WikiPage.boundary_org_id.in_(org_ids)))
    for org, content in rows:
        times = [promised(a.get("response_time", "")) for a in (content or {}).get("ask_us", [])]
        times = [t for t in times if t]
        if times:
            found[org] = max(times, key=lambda t: deadline(datetime(2026, 1, 5), t))
    return found


def overdue_questions(viewer, names: dict[int, str], now: datetime) -> list[Sign]:
    """Per organization: its oldest overdue questions the viewer may read, one sign saying
    how many more there are, and one counting those in spaces the viewer cannot read."""
    promises = _promises(list(names))
    default = ("workdays", _setting("DEFAULT_PROMISE_DAYS"))
    readable = set(discussion_access.readable_space_ids(viewer))
    listed = _setting("OVERDUE_LISTED")
    found = []
    for org, waiting in _unanswered(list(names)).items():
        promise = promises.get(org, default)
        overdue = _past_due(waiting, promise, now)
        shown = [q for q in overdue if q.space_id in readable]
        found += [_overdue_sign(q, names[org], promise) for q in shown[:listed]]
        if len(shown) > listed:
            found.append(Sign("overdue_question", _questions_title(names[org]), str(_l(
                "%(count)d more questions to %(org)s are past their promised response time.",
                count=len(shown) - listed, org=names[org]))))
        if hidden := len(overdue) - len(shown):
            found.append(Sign("overdue_question", _questions_title(names[org]), str(_l(
                "%(count)d unanswered questions in spaces you cannot read.", count=hidden))))
    return found


def _unanswered(org_ids: list[int]) -> dict[int, list]:
    """Each organization's unanswered questions, oldest first: the few columns the signs use
    (a dashboard view may meet thousands of them)."""
    found: dict = defaultdict(list)
    for row in db.session.execute(select(
            Thread.id, Thread.title, Thread.space_id, Thread.question_org_id,
            Thread.created_at).where(
            Thread.question_org_id.in_(org_ids), Thread.first_answer_at.is_(None)
    ).order_by(Thread.question_org_id, Thread.created_at, Thread.id)):
        found[row.question_org_id].append(row)
    return found


def _past_due(waiting: list, promise: tuple[str, int], now: datetime) -> list:
    """The questions in `waiting` (oldest first) whose deadline is before `now`.

    A deadline's date never moves back as the question gets younger, though its time of day
    may: two working days from Friday 20:00 end Tuesday 20:00, from Saturday 00:00 Tuesday
    00:00. So those due before today are a prefix and those due after today a suffix, both
    found by bisection; only the few due today are checked one by one.
    """
    today = now.astimezone(UTC).date()  # deadlines keep the start's zone, UTC from the database

    def due_day(question) -> date:
        return deadline(question.created_at, promise).date()

    before = bisect_left(waiting, today, key=due_day)
    after = bisect_right(waiting, today, lo=before, key=due_day)
    return waiting[:before] + [q for q in waiting[before:after]
                               if deadline(q.created_at, promise) < now]


def _overdue_sign(question, org_name: str, promise: tuple[str, int]) -> Sign:
    due = deadline(question.created_at, promise)
    return Sign("overdue_question", str(_l(
        "A question to %(org)s is past its promised response time", org=org_name)), str(_l(
        "“%(title)s”, asked %(asked)s; promised within %(n)d %(unit)s, due %(due)s.",
        title=question.title, asked=f"{question.created_at:%Y-%m-%d}", n=promise[1],
        unit=_UNIT_WORDS[promise[0]], due=f"{due:%Y-%m-%d %H:%M}")),
        "discussions.thread", {"thread_id": question.id})


def _questions_title(org_name: str) -> str:
    return str(_l("Questions to %(org)s are past their promised response time", org=org_name))


_UNIT_WORDS = {"workdays": _l("working days"), "days": _l("days"), "hours": _l("hours")}


def unreplied_organizations(names: dict[int, str], now: datetime) -> list[Sign]:
    days = _setting("UNANSWERED_DAYS")
    since = now - timedelta(days=days)
    first = month_of(since)
    started = dict(db.session.execute(select(
        InsightOrgMonth.organization_id, func.sum(InsightOrgMonth.threads)).where(
        InsightOrgMonth.organization_id.in_(list(names)), InsightOrgMonth.month >= first)
        .group_by(InsightOrgMonth.organization_id)).all())
    replied = dict(db.session.execute(select(
        InsightPairMonth.to_org_id, func.max(InsightPairMonth.month)).where(
        InsightPairMonth.to_org_id.in_(list(names)), InsightPairMonth.replies > 0)
        .group_by(InsightPairMonth.to_org_id)).all())
    found = []
    for org, threads in started.items():
        last = replied.get(org)
        if threads and (last is None or last < first):
            found.append(Sign("unreplied", str(_l(
                "Nobody from another organization has replied to %(org)s", org=names[org])),
                str(_l("%(threads)d threads started since %(since)s, no reply from another "
                       "organization since then (last: %(last)s).", threads=int(threads),
                       since=f"{first:%Y-%m}", last=f"{last:%Y-%m}" if last else _l("never"))),
                "insights.dashboard", {"org": org}))
    return found


def overdue_boundaries(viewer, names: dict[int, str], now: datetime) -> list[Sign]:
    today = local_today(now)
    pages = db.session.scalars(select(WikiPage).where(
        WikiPage.kind == PageKind.BOUNDARY, WikiPage.boundary_org_id.in_(list(names)),
        WikiPage.review_by < today).order_by(WikiPage.review_by))
    return [Sign("overdue_page", str(_l("%(org)s's boundary page is overdue for review",
                                        org=names[page.boundary_org_id])),
                 str(_l("To be reviewed by %(date)s: %(days)d days ago.",
                        date=f"{page.review_by:%Y-%m-%d}", days=(today - page.review_by).days)),
                 "wiki.page", {"page_id": page.id})
            for page in pages if wiki_access.can_read_page(viewer, page)]


def falling_attendance(viewer, now: datetime) -> list[Sign]:
    counts: dict = defaultdict(list)
    rows = db.session.execute(select(PblSession.group_id, PblSession.starts_at,
                                     func.count(Attendance.id)).join(
        Attendance, Attendance.session_id == PblSession.id).where(
        PblSession.starts_at < now, Attendance.present.is_(True)).group_by(
        PblSession.id, PblSession.group_id, PblSession.starts_at).order_by(PblSession.starts_at))
    for group_id, _starts, n in rows:
        counts[group_id].append(n)
    readable = set(pbl_access.readable_group_ids(viewer))
    found = []
    for group_id, series in counts.items():
        if len(series) < 4:
            continue
        before = sum(series[:-2]) / len(series[:-2])
        lately = sum(series[-2:]) / 2
        if lately < _setting("ATTENDANCE_RATIO") * before:
            name = db.session.get(PblGroup, group_id).name if group_id in readable else None
            found.append(Sign("attendance", str(
                _l("Attendance is falling in %(group)s", group=name) if name
                else _l("Attendance is falling in a PBL group you cannot read")), str(_l(
                    "%(lately).1f present at the last two sessions, against %(before).1f "
                    "before.", lately=lately, before=before)),
                "pbl.group" if name else None, {"group_id": group_id} if name else {}))
    return found
