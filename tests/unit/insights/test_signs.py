"""The signs of anomie fire where they should, stay quiet where they should, and say why."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from flask_babel import refresh

from forum.discussions import actions as discussion_actions
from forum.extensions import db
from forum.insights import signs
from forum.pbl import actions as pbl_actions
from forum.pbl import sessions
from forum.rollups.models import InsightOrgMonth, InsightPairMonth
from tests.factories import ForumFactory
from tests.unit.insights import fixture
from tests.unit.wiki.helpers import edit_form, make_boundary, save


@pytest.fixture
def world(app):
    built = fixture.build(ForumFactory())
    with app.test_request_context():  # the signs' texts in the UI's language (Swedish)
        refresh()  # forget the English chosen outside a request, earlier in this app context
        yield built


def _kinds(found, kind):
    return [s for s in found if s.kind == kind]


def _months(org, values: dict[date, dict]):
    for month, counters in values.items():
        db.session.add(InsightOrgMonth(organization_id=org.id, month=month, **counters))
    db.session.commit()


def test_an_organization_that_goes_quiet(world):
    fk, af = world["orgs"]["fk"], world["orgs"]["af"]
    now = datetime(2026, 11, 15, tzinfo=UTC)
    base = [date(2026, m, 1) for m in range(3, 9)]  # March–August
    recent = [date(2026, 9, 1), date(2026, 10, 1)]
    _months(fk, {**{m: {"posts": 20, "thread_reads": 10} for m in base},
                 **{m: {"posts": 5, "thread_reads": 5} for m in recent}})
    _months(af, {**{m: {"posts": 20} for m in base}, **{m: {"posts": 12} for m in recent}})
    found = signs.quiet_organizations({fk.id: fk.name, af.id: af.name}, now)
    assert [s.title for s in found] == ["Försäkringskassan har tystnat"]
    assert "10.0 inlägg och läsningar i månaden 2026-09–2026-10, mot 30.0" in found[0].evidence
    assert found[0].args == {"org": fk.id}


def test_too_little_to_go_quiet_from(world, app):
    soc = world["orgs"]["soc"]
    _months(soc, {date(2026, m, 1): {"posts": 4} for m in range(3, 9)})
    assert signs.quiet_organizations({soc.id: soc.name},
                                     datetime(2026, 11, 15, tzinfo=UTC)) == []
    app.config["INSIGHTS_QUIET_MIN"] = 2  # the threshold is a setting
    assert len(signs.quiet_organizations({soc.id: soc.name},
                                         datetime(2026, 11, 15, tzinfo=UTC))) == 1


def test_questions_past_the_promised_response_time(world):
    p, af = world["people"], world["orgs"]["af"]
    make_boundary(p["af_editor"], af, asks=[("Inskrivning", "Kundtjänst", "2 arbetsdagar"),
                                             ("Akut", "Jouren", "4 timmar")])
    names = {af.id: af.name}
    asked = world["threads"][3].created_at  # Saturday 10 January 08:00
    assert asked.weekday() == 5
    # Two working days from a Saturday: Monday and Tuesday; due Tuesday 13 January 08:00.
    quiet = signs.overdue_questions(p["coordinator"], names, asked + timedelta(days=3))
    assert quiet == []
    found = signs.overdue_questions(p["coordinator"], names, asked + timedelta(days=3, hours=1))
    assert [s.title for s in found] == [
        "En fråga till Arbetsförmedlingen har passerat den utlovade svarstiden"]
    assert found[0].evidence == ("”Obesvarad fråga”, ställd 2026-01-10; utlovat svar inom 2 "
                                 "arbetsdagar, senast 2026-01-13 08:00.")
    assert found[0].args == {"thread_id": world["threads"][3].id}


def test_without_a_promise_the_default_applies(world, app):
    p, af = world["people"], world["orgs"]["af"]
    asked = world["threads"][3].created_at
    names = {af.id: af.name}
    assert signs.overdue_questions(p["coordinator"], names, asked + timedelta(days=6)) == []
    assert len(signs.overdue_questions(p["coordinator"], names, asked + timedelta(days=8))) == 1


def _questions(actor, space, org, *whens):
    for when in whens:
        discussion_actions.do_create_thread(actor, space, discussion_actions.check_new_thread(
            actor, space, f"Fråga {when:%d/%m %H:%M}", "Hur gör ni?", org.id), when)
    db.session.commit()


def test_only_the_oldest_overdue_questions_are_named(world, app):
    p, af = world["people"], world["orgs"]["af"]
    fk_room = ForumFactory().space("fk-rum", visibility="org", org=world["orgs"]["fk"])
    # Beside the fixture's question of 10 January: three more overdue, one not yet due (5
    # working days from 2 February), two overdue and one not yet due where coord cannot read.
    _questions(p["fk1"], world["space"], af, fixture.at(8), fixture.at(9), fixture.at(10),
               fixture.at(28))
    _questions(p["fk1"], fk_room, af, fixture.at(7), fixture.at(11), fixture.at(29))
    app.config["INSIGHTS_OVERDUE_LISTED"] = 2
    now, names = fixture.at(30), {af.id: af.name}
    found = signs.overdue_questions(p["coordinator"], names, now)
    assert [s.evidence.split(";")[0] for s in found[:2]] == [
        "”Obesvarad fråga”, ställd 2026-01-10", "”Fråga 13/01 08:00”, ställd 2026-01-13"]
    assert found[0].args == {"thread_id": world["threads"][3].id}
    assert [(s.title, s.evidence, s.endpoint) for s in found[2:]] == [
        ("Frågor till Arbetsförmedlingen har passerat den utlovade svarstiden",
         "Ytterligare 2 frågor till Arbetsförmedlingen har passerat den utlovade svarstiden.",
         None),
        ("Frågor till Arbetsförmedlingen har passerat den utlovade svarstiden",
         "2 obesvarade frågor i rum som du inte kan läsa.", None)]
    # fk1 reads FK's room: its two overdue questions are among the ones named or counted.
    own = signs.overdue_questions(p["fk1"], names, now)
    assert [s.evidence for s in own[2:]] == [
        "Ytterligare 4 frågor till Arbetsförmedlingen har passerat den utlovade svarstiden."]
    assert [s.evidence.split(";")[0] for s in own[:2]] == [
        "”Obesvarad fråga”, ställd 2026-01-10", "”Fråga 12/01 08:00”, ställd 2026-01-12"]


def test_a_later_question_may_be_overdue_before_an_earlier_one(world):
    p, af = world["people"], world["orgs"]["af"]
    make_boundary(p["af_editor"], af, asks=[("Inskrivning", "Kundtjänst", "2 arbetsdagar")])
    friday_evening = datetime(2026, 1, 9, 20, tzinfo=UTC)  # due Tuesday 20:00
    midnight = datetime(2026, 1, 10, tzinfo=UTC)  # Saturday: due Tuesday 00:00
    _questions(p["fk1"], world["space"], af, friday_evening, midnight)
    found = signs.overdue_questions(p["coordinator"], {af.id: af.name},
                                    datetime(2026, 1, 13, 10, tzinfo=UTC))
    # Saturday's two (the fixture's at 08:00 is due Tuesday 08:00), not Friday's.
    assert [s.evidence.split(";")[0] for s in found] == [
        "”Fråga 10/01 00:00”, ställd 2026-01-10", "”Obesvarad fråga”, ställd 2026-01-10"]


@pytest.mark.parametrize("text, expected", [
    ("3 arbetsdagar", ("workdays", 3)), ("1 arbetsdag", ("workdays", 1)),
    ("2 working days", ("workdays", 2)), ("24 timmar", ("hours", 24)),
    ("inom 1 vecka", ("days", 7)), ("5 dagar", ("days", 5)), ("snart", None), ("", None),
])
def test_promises_are_read_from_the_ask_us_text(text, expected):
    assert signs.promised(text) == expected


def test_an_organization_nobody_replies_to(world):
    fk, af = world["orgs"]["fk"], world["orgs"]["af"]
    now = datetime(2026, 6, 20, tzinfo=UTC)
    _months(fk, {date(2026, 5, 1): {"threads": 3}, date(2026, 6, 1): {"threads": 1}})
    _months(af, {date(2026, 6, 1): {"threads": 2}})
    db.session.add(InsightPairMonth(from_org_id=fk.id, to_org_id=af.id, month=date(2026, 6, 1),
                                    replies=2))
    db.session.commit()
    found = signs.unreplied_organizations({fk.id: fk.name, af.id: af.name}, now)
    assert [s.title for s in found] == [
        "Ingen från en annan organisation har svarat Försäkringskassan"]
    # The last reply from another organization to FK: soc1, in February (the fixture).
    assert "(senast: 2026-02)" in found[0].evidence
    assert "4 trådar startade sedan 2026-05" in found[0].evidence


def test_an_organization_that_asks_nothing_is_not_unreplied(world):
    soc = world["orgs"]["soc"]
    assert signs.unreplied_organizations({soc.id: soc.name},
                                         datetime(2026, 6, 20, tzinfo=UTC)) == []


def _group(world, name, attendance):
    p = world["people"]
    group = pbl_actions.do_create_group(p["tutor"], pbl_actions.check_new_group(
        p["tutor"], name, "Samtal", [p["fk1"].id, p["af1"].id, p["soc1"].id, p["fk2"].id]),
        fixture.at(0))
    people = [p["fk1"], p["af1"], p["soc1"], p["fk2"]]
    for n, count in enumerate(attendance):
        starts, minutes = sessions.check_plan_session(p["tutor"], group,
                                                      f"2026-03-{n + 2:02d}", "13:00", 120)
        session = sessions.do_plan_session(p["tutor"], group, starts, minutes)
        sessions.do_record_attendance(session, {u.id for u in people[:count]})
    db.session.commit()
    return group


def test_falling_attendance_in_a_pbl_group(world):
    falling = _group(world, "Gruppen som tappar", [4, 4, 4, 2, 2])
    _group(world, "Gruppen som håller", [4, 3, 4, 3, 4])
    tutor = world["people"]["tutor"]
    found = signs.falling_attendance(tutor, datetime(2026, 4, 1, tzinfo=UTC))
    assert [s.title for s in found] == ["Närvaron sjunker i Gruppen som tappar"]
    assert found[0].evidence == "2.0 närvarande vid de två senaste träffarna, mot 4.0 tidigare."
    assert found[0].args == {"group_id": falling.id}
    # Someone who cannot read the group learns that a group falls, not which.
    other = signs.falling_attendance(world["people"]["coordinator"],
                                     datetime(2026, 4, 1, tzinfo=UTC))
    assert [s.title for s in other] == ["Närvaron sjunker i en PBL-grupp som du inte kan läsa"]
    assert other[0].endpoint is None and other[0].args == {}


def test_boundary_pages_overdue_for_review(world):
    p, fk, af = world["people"], world["orgs"]["fk"], world["orgs"]["af"]
    page = world["boundary"]
    save(p["fk_editor"], page, edit_form(page, review_by="2026-02-01"), fixture.at(0))
    make_boundary(p["af_editor"], af)  # reviewed a year ahead
    names = {fk.id: fk.name, af.id: af.name}
    found = signs.overdue_boundaries(p["fk1"], names, datetime(2026, 2, 11, 12, tzinfo=UTC))
    assert [s.title for s in found] == [
        "Gränssidan för Försäkringskassan är försenad för granskning"]
    assert found[0].evidence == "Skulle granskas senast 2026-02-01: för 10 dagar sedan."
    assert signs.overdue_boundaries(p["fk1"], names, datetime(2026, 1, 20, tzinfo=UTC)) == []
