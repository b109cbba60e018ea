"""/insights over HTTP: who sees what, privacy in every table and export, bad input."""

from __future__ import annotations

import csv
import io
import re

import pytest
from openpyxl import load_workbook

from forum.accounts.models import OrgType
from forum.extensions import db
from forum.pbl import sessions
from forum.wiki.models import WikiPage
from tests.factories import ForumFactory
from tests.unit.insights import fixture

PERIOD = {"from": "2026-01", "to": "2026-03"}
TABLES = ("summary", "types", "matrix", "signs", "trend-active", "trend-posts",
          "trend-questions_received", "trend-answered_share", "trend-answer_median",
          "trend-cross_share", "trend-boundary_reads", "trend-pbl_attendance")
SECRETS = ("Hemlig fråga om FK", "Hemliga gruppen")


@pytest.fixture
def world(app):
    return fixture.build(ForumFactory())


@pytest.fixture
def secrets(world):
    """A question in AF's own space and a PBL group nobody in the tests' roles belongs to
    (but the tutor): both overdue, both counted, neither named."""
    forum, p, orgs = ForumFactory(), world["people"], world["orgs"]
    hidden_space = forum.space("af-rum", visibility="org", org=orgs["af"])
    fixture._thread(p["af2"], hidden_space, orgs["fk"], SECRETS[0], fixture.at(3))
    from forum.pbl import actions as pbl_actions

    group = pbl_actions.do_create_group(p["tutor"], pbl_actions.check_new_group(
        p["tutor"], SECRETS[1], "Tyst", [p["af1"].id, p["af2"].id, p["af3"].id]),
        fixture.at(0))
    for n, present in enumerate(([1, 2, 3], [1, 2, 3], [1, 2, 3], [1], [1])):
        starts, minutes = sessions.check_plan_session(p["tutor"], group, f"2026-02-{n + 2:02d}",
                                                      "13:00", 120)
        session = sessions.do_plan_session(p["tutor"], group, starts, minutes)
        ids = [p[f"af{i}"].id for i in present]
        sessions.do_record_attendance(session, sessions.check_attendance(p["tutor"], session,
                                                                          ids))
    db.session.commit()
    return world


def _csv(client, table, **args):
    response = client.get("/insights/export.csv", query_string={**PERIOD, "table": table,
                                                                **args})
    assert response.status_code == 200, (table, response.status_code)
    return list(csv.reader(io.StringIO(response.get_data(as_text=True))))


def _xlsx(client, **args):
    response = client.get("/insights/export.xlsx", query_string={**PERIOD, **args})
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.data))
    return {sheet.title: [[c.value for c in row] for row in sheet.iter_rows()]
            for sheet in book.worksheets}


def _row(rows, label):
    return next(r for r in rows if r[0] == label)


def test_a_coordinator_sees_every_organization(client, world):
    client.login(world["people"]["coordinator"])
    response = client.get("/insights", query_string=PERIOD)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Samverkanshälsa" in html and "Tidiga tecken på anomi" in html
    for name in ("Försäkringskassan", "Arbetsförmedlingen", "Socialtjänsten"):
        assert name in html
    assert "färre än 3" in html
    assert "<svg" in html and 'class="chart-table"' in html
    # The unanswered question to AF (asked in an open space) is a sign, with its link.
    assert "Obesvarad fråga" in html
    assert f'href="/t/{world["threads"][3].id}"' in html


def test_the_summary_csv_matches_the_hand_worked_figures(client, world):
    client.login(world["people"]["coordinator"])
    rows = _csv(client, "summary")
    header = rows[0]
    af = dict(zip(header, _row(rows, "Arbetsförmedlingen"), strict=True))
    assert af["Mottagna frågor"] == "4" and af["Besvarade mottagna frågor"] == "75 %"
    assert af["Tid till första svar, median"] == "4,0"
    soc = dict(zip(header, _row(rows, "Socialtjänsten"), strict=True))
    assert soc["Inlägg"] == "färre än 3"  # soc1 alone: never a figure for one person
    assert soc["Aktiva medlemmar"] == "färre än 3"


def test_a_month_without_activity_is_zero(client, world):
    client.login(world["people"]["coordinator"])
    rows = _csv(client, "trend-posts")
    assert _row(rows, "2026-03")[1] == "0"
    html = client.get("/insights", query_string=PERIOD).get_data(as_text=True)
    assert re.search(r'<th scope="row">2026-03</th><td>0</td>', html)


def test_an_org_editor_sees_their_own_organization_beside_the_association(client, world):
    orgs = world["orgs"]
    client.login(world["people"]["fk_editor"])
    rows = _csv(client, "summary")
    assert [r[0] for r in rows[1:]] == ["Förbundet (alla organisationer)", "Försäkringskassan"]
    html = client.get("/insights", query_string=PERIOD).get_data(as_text=True)
    assert "Obesvarad fråga" not in html  # a sign of AF's, not FK's
    assert client.get("/insights", query_string={"org": orgs["fk"].id}).status_code == 200
    other = client.get("/insights", query_string={"org": orgs["af"].id})
    missing = client.get("/insights", query_string={"org": 999999})
    assert other.status_code == missing.status_code == 404
    # The same page (but for the address it echoes in the language switch).
    assert other.get_data(as_text=True).replace(f"org={orgs['af'].id}", "org=X") == (
        missing.get_data(as_text=True).replace("org=999999", "org=X"))
    assert client.get("/insights", query_string={"type": "healthcare"}).status_code == 404
    assert client.get("/insights/export.csv", query_string={
        "org": orgs["af"].id, "table": "summary"}).status_code == 404


def test_a_member_sees_the_overview(client, world):
    orgs = world["orgs"]
    client.login(world["people"]["fk1"])
    html = client.get("/insights", query_string=PERIOD).get_data(as_text=True)
    assert "Svarsmatris" in html and "Förbundet (alla organisationer)" in html
    assert "Tidiga tecken på anomi" not in html
    rows = _csv(client, "summary")
    assert [r[0] for r in rows[1:]] == ["Förbundet (alla organisationer)"]
    assert _csv(client, "signs")[1:] == []
    matrix = _csv(client, "matrix")
    assert "3 (4,0)" in _row(matrix, "Arbetsförmedlingen")
    for asked in ({"org": orgs["fk"].id}, {"type": "social_insurance"}):
        assert client.get("/insights", query_string=asked).status_code == 404


@pytest.mark.parametrize("args, message", [
    ({"from": "2026-05", "to": "2026-01"}, "Sista månaden kommer före den första."),
    ({"from": "", "to": "2026-03"}, "Ange första månaden."),
    ({"from": "2026-01"}, "Ange sista månaden."),
    ({"from": "1990-01", "to": "2040-01"}, "Välj högst 120 månader."),
    ({"from": "2026-13", "to": "2026-14"}, "Ange en månad som ÅÅÅÅ-MM."),
    ({"months": "7"}, "Välj 3, 6, 12 eller 24 månader."),
])
def test_bad_periods_get_a_form_error(client, world, args, message):
    client.login(world["people"]["coordinator"])
    response = client.get("/insights", query_string=args)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert client.get("/insights/export.csv", query_string=args).status_code == 400
    assert client.get("/insights/export.xlsx", query_string=args).status_code == 400


def test_nonsense_organization_ids_are_not_found(client, world):
    client.login(world["people"]["coordinator"])
    for value in ("abc", "-1", "99999999999999999999", "0"):
        assert client.get("/insights", query_string={"org": value}).status_code == 404


@pytest.mark.parametrize("viewer", ["coordinator", "admin", "fk_editor", "af_editor", "fk1"])
def test_nothing_unreadable_is_named_anywhere(client, secrets, viewer):
    client.login(secrets["people"][viewer])
    html = client.get("/insights", query_string=PERIOD).get_data(as_text=True)
    tables = [t for t in TABLES if t != "types" or viewer in ("coordinator", "admin")]
    exported = [str(_csv(client, table)) for table in tables]
    exported.append(str(_xlsx(client)))
    for text in [html, *exported]:
        for secret in SECRETS:
            assert secret not in text


def test_unreadable_activity_still_counts_and_its_signs_say_so(client, secrets):
    client.login(secrets["people"]["coordinator"])
    html = client.get("/insights", query_string=PERIOD).get_data(as_text=True)
    assert "1 obesvarade frågor i rum som du inte kan läsa." in html
    assert "Närvaron sjunker i en PBL-grupp som du inte kan läsa" in html
    rows = _csv(client, "summary")
    af = dict(zip(rows[0], _row(rows, "Arbetsförmedlingen"), strict=True))
    assert af["Inlägg"] == "4"  # three answers and the question in AF's own space


def test_spreadsheet_formulas_are_escaped(client, world):
    forum = ForumFactory()
    forum.org("=HYPERLINK(\"http://evil.example\")", handle="evil", short_name="+SUM(1)",
              type=OrgType.OTHER)
    forum.org("@Kalkyl", handle="at", short_name="-2", type=OrgType.OTHER)
    client.login(world["people"]["coordinator"])
    rows = _csv(client, "summary")
    labels = [r[0] for r in rows]
    assert "'=HYPERLINK(\"http://evil.example\")" in labels and "'@Kalkyl" in labels
    matrix = _csv(client, "matrix")
    assert "'+SUM(1)" in matrix[0] and "'-2" in matrix[0]
    sheets = _xlsx(client)
    cells = [c for sheet in sheets.values() for row in sheet for c in row
             if isinstance(c, str)]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    assert "'=HYPERLINK(\"http://evil.example\")" in cells


def test_the_xlsx_has_a_sheet_per_table_with_numbers(client, world):
    client.login(world["people"]["coordinator"])
    sheets = _xlsx(client)
    assert set(sheets) == set(TABLES)
    header, *rows = sheets["summary"]
    af = dict(zip(header, _row(rows, "Arbetsförmedlingen"), strict=True))
    assert af["Mottagna frågor"] == 4 and af["Besvarade mottagna frågor"] == 0.75


def test_boundary_page_reads_are_counted_after_the_page_view(client, world):
    """The GET writes nothing; the read is recorded once the answer has gone out (when the
    server closes the response), once per reader, page and month."""
    from sqlalchemy import select

    from forum.rollups.models import InsightOrgMonth, InsightSeen

    def seen(user):
        return list(db.session.scalars(select(InsightSeen).where(
            InsightSeen.kind == "boundary", InsightSeen.user_id == user.id)))

    soc1 = world["people"]["soc1"]
    client.login(soc1)
    page = db.session.get(WikiPage, world["boundary"].id)
    response = client.get(f"/wiki/{page.id}")
    assert response.status_code == 200
    assert seen(soc1) == []  # the GET alone
    response.close()  # as a WSGI server does once the answer is sent
    assert len(seen(soc1)) == 1
    again = client.get(f"/wiki/{page.id}")
    assert again.status_code == 200
    again.close()
    assert len(seen(soc1)) == 1  # once per reader, page and month
    month = db.session.get(InsightOrgMonth, (world["orgs"]["soc"].id, seen(soc1)[0].month))
    assert month.boundary_reads == 1


def test_reading_ones_own_organizations_boundary_page_is_not_counted(client, world):
    from sqlalchemy import select

    from forum.rollups.models import InsightSeen

    fk2 = world["people"]["fk2"]
    client.login(fk2)
    response = client.get(f"/wiki/{world['boundary'].id}")
    assert response.status_code == 200
    response.close()
    assert list(db.session.scalars(select(InsightSeen).where(
        InsightSeen.kind == "boundary", InsightSeen.user_id == fk2.id))) == []
