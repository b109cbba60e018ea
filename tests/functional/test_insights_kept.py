"""Kept reports (forum.insights.kept): computed once, shown while exact or young enough, kept
by the worker for the standard periods, and each viewer still sees only their part."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest

from forum.db import utcnow
from forum.extensions import db
from forum.insights import kept
from forum.insights.data import PeriodData
from forum.insights.figures import Figures
from forum.insights.units import UNITS
from forum.pbl import sessions
from forum.pbl.models import PblSession
from forum.rollups import actions as insight_actions
from forum.rollups.models import InsightReport
from tests.conftest import FormClient, postgres_app_fixture
from tests.factories import ForumFactory
from tests.unit.insights import fixture

PERIOD = {"from": "2026-01", "to": "2026-03"}


@pytest.fixture
def world(app):
    return fixture.build(ForumFactory())


@pytest.fixture
def computed(monkeypatch):
    """How many times the figures were computed (not read from a kept report)."""
    calls = []
    original = kept.compute

    def counting(*args, **kwargs):
        calls.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(kept, "compute", counting)
    return calls


def _page(client, **args):
    """The dashboard as a server answers it: the response closed after it went out, which
    is when a computed report is kept. The CSRF token left out: it carries the second it was
    signed in, so two pages compare equal only without it."""
    response = client.get("/insights", query_string={**PERIOD, **args})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    response.close()
    return re.sub(r'(name="csrf[-_]token" (?:content|value)=)"[^"]*"', r'\1""', html)


def _answer_once_more(world):
    """One more reply across lines in January (the association's posts go from 9 to 10)."""
    p = world["people"]
    fixture._post(p["soc1"], world["threads"][1], fixture.at(10))


def test_a_computed_report_is_kept_and_shown_while_nothing_changes(client, world, computed):
    client.login(world["people"]["coordinator"])
    first = _page(client)
    assert len(computed) == 1
    assert db.session.scalar(db.select(db.func.count()).select_from(InsightReport)) == 1
    second = _page(client)
    assert len(computed) == 1  # read from the kept row
    assert second == first  # the same page, and no "as of": it is exact
    assert "insight-as-of" not in second


def test_a_filtered_view_keeps_only_its_series_beside_the_association(client, world,
                                                                      computed):
    """Filtering on an organization reads the association's kept figures and computes only
    the organization's monthly series, kept in a row of its own."""
    client.login(world["people"]["coordinator"])
    _page(client)
    af = world["orgs"]["af"]
    filtered = _page(client, org=af.id)
    assert len(computed) == 1  # the association's figures were not computed again
    rows = {r.key: r.figures for r in db.session.scalars(db.select(InsightReport))}
    assert set(rows) == {"2026-01:2026-03:hours:all", f"2026-01:2026-03:hours:org:{af.id}"}
    assert set(rows[f"2026-01:2026-03:hours:org:{af.id}"]) == {"series"}
    assert _page(client, org=af.id) == filtered  # both rows read back, nothing computed
    assert len(computed) == 1
    assert "Trender: Arbetsförmedlingen" in filtered


def test_a_kept_series_is_no_way_around_the_filters_access_check(app, client, world):
    """A coordinator's view of AF keeps AF's series; an FK editor asking for AF still gets
    the 404 of an organization that does not exist, on the page and in the exports."""
    af = world["orgs"]["af"]
    client.login(world["people"]["coordinator"])
    _page(client, org=af.id)
    assert db.session.get(InsightReport, f"2026-01:2026-03:hours:org:{af.id}") is not None
    editor = FormClient(app.test_client())
    editor.login(world["people"]["fk_editor"])
    for url in ("/insights", "/insights/export.csv", "/insights/export.xlsx"):
        response = editor.get(url, query_string={**PERIOD, "org": af.id, "table": "summary"})
        assert response.status_code == 404, url


def test_a_change_is_shown_at_once_when_no_age_is_allowed(client, world, computed):
    """The tests' setting (0 seconds): any change to the rollups computes again."""
    client.login(world["people"]["coordinator"])
    before = _summary_table(_page(client))
    _answer_once_more(world)
    after = _summary_table(_page(client))
    assert len(computed) == 2 and after != before


@pytest.mark.parametrize("app_overrides", [{"INSIGHTS_REPORT_MAX_AGE": 600}])
def test_a_young_report_is_shown_with_its_time_until_it_is_too_old(client, world, computed,
                                                                  app_overrides):
    client.login(world["people"]["coordinator"])
    before = _page(client)
    _answer_once_more(world)
    stale = _page(client)
    assert len(computed) == 1
    assert _summary_table(stale) == _summary_table(before)
    assert "insight-as-of" in stale and "Siffrorna är från" in stale
    row = db.session.scalars(db.select(InsightReport)).one()
    row.built_at = utcnow() - timedelta(seconds=601)
    db.session.commit()
    fresh = _page(client)
    assert len(computed) == 2
    assert _summary_table(fresh) != _summary_table(before)
    assert "insight-as-of" not in fresh


@pytest.mark.parametrize("app_overrides", [{"INSIGHTS_REPORT_MAX_AGE": 600}])
def test_a_kept_report_shows_each_viewer_only_their_part(app, client, world, computed,
                                                         app_overrides):
    """The coordinator's view is kept; an editor and a member are then served from the same
    row and still see only what their role shows. The row holds numbers and ids only."""
    p = world["people"]
    client.login(p["coordinator"])
    _page(client)
    editor_client, member_client = FormClient(app.test_client()), FormClient(app.test_client())
    raw = json.dumps(db.session.scalars(db.select(InsightReport)).one().figures)
    for text in ("Fråga 1", "Obesvarad", "PBL Norr", "fk1", "Försäkringskassan"):
        assert text not in raw
    editor_client.login(p["fk_editor"])
    editor = _page(editor_client)
    assert '<th scope="row">Försäkringskassan</th>' in _summary_table(editor)
    assert '<th scope="row">Arbetsförmedlingen</th>' not in _summary_table(editor)
    assert "Per organisationstyp" not in editor
    member_client.login(p["fk1"])
    member = _page(member_client)
    assert '<th scope="row">Försäkringskassan</th>' not in _summary_table(member)
    assert len(computed) == 1  # all three from the one kept report
    response = editor_client.get("/insights",
                                 query_string={**PERIOD, "org": world["orgs"]["af"].id})
    assert response.status_code == 404  # a filter is checked before anything kept is read


def _summary_table(html: str) -> str:
    start = html.index('id="t-summary"')
    return html[start:html.index("</table>", start)]


def test_the_signature_changes_with_every_kind_of_change(world):
    p, orgs = world["people"], list(world["orgs"].values())
    seen = {kept.signature(orgs)}

    def changed():
        db.session.commit()
        now = kept.signature(orgs)
        assert now not in seen
        seen.add(now)

    _answer_once_more(world)  # a post, counted by the worker's job
    changed()
    insight_actions.do_record_boundary_read(p["soc1"], world["boundary"], fixture.at(40))
    changed()
    session = db.session.scalars(db.select(PblSession).where(
        PblSession.group_id == world["group"].id)).one()
    tutor = p["tutor"]
    sessions.do_record_attendance(session, sessions.check_attendance(
        tutor, session, [p["fk1"].id, p["af1"].id]))  # soc1 no longer present
    changed()
    sessions.do_record_attendance(session, sessions.check_attendance(
        tutor, session, [p["fk1"].id, p["af1"].id, p["soc1"].id]))  # back: the same sums
    changed()
    world["orgs"]["soc"].type = world["orgs"]["af"].type  # a type table's members change
    changed()


def test_figures_survive_being_kept(world):
    orgs = list(world["orgs"].values())
    months = [d.date() for d in (fixture.at(0), fixture.at(30), fixture.at(60))]
    months = [m.replace(day=1) for m in months]
    figures = kept.compute(PeriodData(months, UNITS["hours"], [o.id for o in orgs]), orgs,
                           utcnow())
    again = kept.decode(json.loads(json.dumps(kept.encode(figures))), figures.built_at, True)
    assert again == figures
    assert isinstance(again, Figures)
    new_org = max(o.id for o in orgs) + 1  # an organization made after the report
    assert again.of_org(new_org)["posts"].value == 0
    assert again.cell(new_org, orgs[0].id).replies.value == 0


def test_the_worker_keeps_the_standard_periods_ready(world, computed):
    now = utcnow()
    assert kept.refresh(now) == 4  # the last 3, 6, 12 and 24 months
    assert kept.refresh(now) == 0  # nothing changed
    keys = set(db.session.scalars(db.select(InsightReport.key)))
    assert len(keys) == 4 and all(k.endswith(":hours:all") for k in keys)
    db.session.add(InsightReport(key="2020-01:2020-12:hours:all", signature="old",
                                 built_at=now - timedelta(days=3), figures={}))
    db.session.commit()
    _answer_once_more(world)
    assert kept.refresh(now) == 4  # changed, and no age allowed in the tests
    assert set(db.session.scalars(db.select(InsightReport.key))) == keys  # the unusable went


def test_a_rebuild_forgets_the_kept_reports(world):
    from forum.insights.rebuild import rebuild

    kept.refresh(utcnow())
    rebuild()
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count()).select_from(InsightReport)) == 0


pg_app = postgres_app_fixture("forum_kept")


def test_kept_reports_on_postgres(pg_app):
    """The upsert and the JSON column on PostgreSQL: kept, read back equal, replaced."""
    world = fixture.build(ForumFactory())
    now = utcnow()
    assert kept.refresh(now) == 4
    key = db.session.scalars(db.select(InsightReport.key)).first()
    row = db.session.get(InsightReport, key)
    organizations = list(world["orgs"].values())
    months = _months_of(key)
    fresh = kept.compute(PeriodData(months, UNITS["hours"], [o.id for o in organizations]),
                         organizations, row.built_at)
    assert kept.decode(row.figures, row.built_at, True) == fresh
    _answer_once_more(world)
    assert kept.refresh(now) == 4  # replaced in place
    assert db.session.scalar(db.select(db.func.count()).select_from(InsightReport)) == 4


def _months_of(key: str):
    from datetime import date

    from forum.rollups.months import months_between

    first, last = key.split(":")[:2]
    return months_between(date.fromisoformat(first + "-01"), date.fromisoformat(last + "-01"))
