"""Every metric against figures worked out by hand (tests/unit/insights/fixture.py)."""

from __future__ import annotations

from datetime import date

import pytest

from forum.insights import metrics
from forum.insights.data import PeriodData
from forum.insights.matrix import response_matrix
from forum.insights.units import UNITS
from tests.factories import ForumFactory
from tests.unit.insights import fixture

HOURS = UNITS["hours"]
JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


@pytest.fixture
def world(app):
    return fixture.build(ForumFactory())


def values(figures: dict) -> dict:
    return {key: ("hidden" if f.hidden else f.value) for key, f in figures.items()}


def test_the_answering_organization_in_january(world):
    af = values(metrics.figures([world["orgs"]["af"].id], [JAN], HOURS))
    assert af == {
        "active": 3, "posts": 3, "threads": 0, "questions_asked": 0,
        "questions_received": 4, "answered_share": 0.75, "answer_median": 4.0,
        "answer_p90": 30.0, "cross_share": 1.0, "boundary_reads": 3, "page_edits": 0,
        "page_reviews": 0, "pbl_attendance": "hidden"}  # af1 alone attended


def test_the_asking_organization_in_january(world):
    fk = values(metrics.figures([world["orgs"]["fk"].id], [JAN], HOURS))
    assert fk == {
        "active": 3, "posts": 6, "threads": 5, "questions_asked": 4,
        "questions_received": 0, "answered_share": None, "answer_median": None,
        "answer_p90": None,
        "cross_share": "hidden",  # fk2's one reply: one person
        "boundary_reads": 0,
        "page_edits": 0,  # the boundary page was written today, not in January
        "page_reviews": 0, "pbl_attendance": "hidden"}


def test_the_association_month_by_month(world):
    everyone = [o.id for o in world["orgs"].values()]
    by_month = {m: values(f) for m, f in metrics.monthly(everyone, [JAN, FEB, MAR],
                                                         HOURS).items()}
    jan = by_month[JAN]
    assert jan["active"] == 6  # fk1-3, af1-3 (the editor only edited; soc1 only attended)
    assert jan["posts"] == 9 and jan["threads"] == 5
    assert jan["questions_received"] == 4 and jan["answered_share"] == 0.75
    assert jan["answer_median"] == 4.0 and jan["answer_p90"] == 30.0
    assert jan["cross_share"] == 0.75  # 3 of 4 replies
    assert jan["pbl_attendance"] == 3
    # February: soc1's one reply and af1's one read: one person each, never shown.
    assert by_month[FEB]["posts"] == "hidden" and by_month[FEB]["active"] == "hidden"
    # March: no activity at all is zero, not missing.
    assert by_month[MAR]["posts"] == 0 and by_month[MAR]["active"] == 0
    assert by_month[MAR]["answered_share"] is None


def test_the_whole_period_counts_people_once(world):
    everyone = [o.id for o in world["orgs"].values()]
    total = values(metrics.figures(everyone, [JAN, FEB, MAR], HOURS))
    assert total["active"] == 7  # soc1 posted in February
    assert total["posts"] == 10 and total["cross_share"] == 0.8  # 4 of 5 replies


def test_the_response_matrix(world):
    orgs = world["orgs"]
    cells = response_matrix([o.id for o in orgs.values()], [JAN, FEB], HOURS)
    af_to_fk = cells[(orgs["af"].id, orgs["fk"].id)]
    assert (af_to_fk.replies.value, af_to_fk.median.value) == (3, 4.0)
    assert not af_to_fk.replies.hidden
    assert cells[(orgs["fk"].id, orgs["af"].id)].replies.value == 0
    soc_to_fk = cells[(orgs["soc"].id, orgs["fk"].id)]
    assert soc_to_fk.replies.hidden and soc_to_fk.median.hidden  # soc1 alone


def test_working_days_are_a_unit_too(world):
    af = metrics.figures([world["orgs"]["af"].id], [JAN], UNITS["workdays"])
    # 2, 4 and 30 hours from Monday 5, Tuesday 6 and Wednesday 7 January 08:00; 6 January is
    # Epiphany, a Swedish holiday: the 4 hours on it count for nothing.
    assert af["answer_median"].value == pytest.approx(2 / 24)
    assert af["answer_p90"].value == pytest.approx(30 / 24)


def test_percentiles_are_nearest_rank():
    assert metrics.percentile([5, 1, 3, 2], 0.5) == 2
    assert metrics.percentile([5, 1, 3, 2], 0.9) == 5
    assert metrics.percentile([], 0.5) is None


def test_per_organization_equals_one_organization_at_a_time(world):
    ids = [o.id for o in world["orgs"].values()]
    together = metrics.per_organization(ids, [JAN, FEB, MAR], HOURS)
    for org_id in ids:
        assert together[org_id] == metrics.figures([org_id], [JAN, FEB, MAR], HOURS)


def test_monthly_people_of_every_organization_without_the_filter(world):
    """PeriodData told every organization counts the association unfiltered, a subset as
    before."""
    ids = [o.id for o in world["orgs"].values()]
    months = [JAN, FEB, MAR]
    told, untold = PeriodData(months, HOURS, everyone=ids), PeriodData(months, HOURS)
    assert told.monthly_people(ids) == untold.monthly_people(ids)
    assert told.monthly_people(ids)[JAN]["active"] == 6
    one = [world["orgs"]["af"].id]
    assert told.monthly_people(one) == untold.monthly_people(one)
    assert told.monthly_people(one)[JAN]["active"] == 3
