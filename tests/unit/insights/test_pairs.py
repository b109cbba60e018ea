"""The response matrix's medians (forum.insights.pairs: PostgreSQL's percentile_disc, SQLite's
times sorted in Python) equal the nearest-rank percentile (forum.insights.metrics.percentile)
on both databases: odd and even counts, ties, one time, pairs in both directions, an answer's
time and a month outside the period left out; and the matrix's people per pair."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert

from forum.extensions import db
from forum.insights import pairs
from forum.insights.data import PeriodData
from forum.insights.matrix import response_matrix
from forum.insights.metrics import percentile
from forum.insights.units import UNITS
from forum.rollups.models import InsightFirst, InsightPerson
from tests.conftest import postgres_app_fixture
from tests.factories import ForumFactory

pg_app = postgres_app_fixture("forum_insight_pairs")

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)
# (from, to) by letter -> the hours of its first replies in January and February
HOURS = {("a", "b"): [5.0, 1.0, 3.0, 2.0],  # even: rank 2 of 4, the lower middle (2.0)
         ("b", "a"): [7.5, 0.25, 30.0],  # odd: 7.5
         ("a", "c"): [4.0, 4.0, 1.0, 9.0, 4.0, 0.5],  # ties: 4.0
         ("c", "b"): [12.0]}  # one time
LATE = 1000.0  # March, outside the period: would move every median it joined


def _fixture() -> dict[str, int]:
    forum = ForumFactory()
    orgs = {k: forum.org(f"Org {k}", handle=f"org{k}").id for k in "abc"}
    space = forum.space("pairs")
    author = forum.user(forum.org("Org d", handle="orgd"), username="starter")
    rows, thread = [], 0
    for (a, b), hours in HOURS.items():
        for n, value in enumerate([*hours, LATE]):
            thread = forum.thread(space, author, f"T {a}{b}{n}", "Start.").id
            month = MAR if value == LATE else (JAN, FEB)[n % 2]
            start = datetime(month.year, month.month, 2, tzinfo=UTC)
            rows.append({"thread_id": thread, "kind": "reply", "from_org_id": orgs[a],
                         "to_org_id": orgs[b], "month": month, "started_at": start,
                         "ended_at": start + timedelta(hours=value), "hours": value,
                         "workdays": value / 8})
    # an answer is no reply
    rows.append({**rows[0], "kind": "answer", "hours": 99.0, "workdays": 12.0})
    db.session.execute(insert(InsightFirst), rows)
    users = [forum.user(forum.org(f"Home {n}", handle=f"home{n}")).id for n in range(3)]
    marks = [(users[0], "a", JAN, "b"), (users[0], "a", FEB, "b"), (users[1], "a", FEB, "b"),
             (users[2], "a", MAR, "b"), (users[1], "a", JAN, "c"), (users[2], "c", JAN, "b"),
             (users[0], "a", JAN, "active")]
    db.session.execute(insert(InsightPerson), [
        {"user_id": u, "organization_id": orgs[o], "month": m,
         "kind": k if k == "active" else f"to:{orgs[k]}"} for u, o, m, k in marks])
    db.session.commit()
    return orgs


def _medians(months: list[date]) -> dict:
    return pairs.reply_medians(PeriodData(months, UNITS["hours"]))


def _check(sql: bool) -> None:
    orgs = _fixture()
    assert PeriodData([JAN], UNITS["hours"]).sql_medians is sql
    medians = _medians([JAN, FEB])
    expected = {(orgs[a], orgs[b]): percentile(hours, 0.5) for (a, b), hours in HOURS.items()}
    assert medians == expected
    assert [medians[(orgs[a], orgs[b])] for a, b in HOURS] == [2.0, 7.5, 4.0, 12.0]
    assert _medians([JAN]) == {  # the times of the odd ranks only
        (orgs[a], orgs[b]): percentile(hours[::2], 0.5) for (a, b), hours in HOURS.items()}
    assert _medians([date(2025, 6, 1)]) == {}
    data = PeriodData([JAN, FEB], UNITS["hours"])  # the people, read as the report reads them
    assert data.people_of([orgs["a"]]) == {"active": 1}
    assert {kind: len(users) for kind, users in data.people[orgs["a"]].items()} == {
        "active": 1, f"to:{orgs['b']}": 2, f"to:{orgs['c']}": 1}
    cells = response_matrix(list(orgs.values()), [JAN, FEB], UNITS["hours"])
    assert {pair: (cell.median.value, cell.median.people) for pair, cell in cells.items()
            if cell.median.people} == {
        (orgs["a"], orgs["b"]): (2.0, 2), (orgs["a"], orgs["c"]): (4.0, 1),
        (orgs["c"], orgs["b"]): (12.0, 1)}


@pytest.mark.usefixtures("app")
def test_medians_and_people_on_sqlite():
    _check(sql=False)


def test_medians_in_sql_and_people_on_postgres(pg_app):
    _check(sql=True)
