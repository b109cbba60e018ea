"""The organization inbox: its settings page, the answer-time line, and the reminder and
escalation counted in working days with Swedish and Norwegian public holidays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask_babel import force_locale
from sqlalchemy import select

from forum.accounts import workdays
from forum.accounts.models import OrgType, Role
from forum.email.models import MailMessage
from forum.extensions import db
from forum.inbox import reminders, timing
from forum.inbox.models import InboxFollowup, OrganizationInbox
from tests.factories import ForumFactory

# Tuesday 12 May 2026: Ascension Day (Thursday 14 May) is a holiday in both countries; Norway
# also keeps 17 May (a Sunday that year) and Whit Monday 25 May, Sweden keeps neither Monday.
TUESDAY = datetime(2026, 5, 12, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(app):
    forum = ForumFactory()
    af = forum.org("Arbetsförmedlingen", type=OrgType.EMPLOYMENT_SERVICE, handle="af",
                   contact_email="kontakt@af.example")
    fk = forum.org("Försäkringskassan", handle="fk")
    people = {
        "editor": forum.user(af, roles=(Role.MEMBER, Role.ORG_EDITOR), username="af.editor",
                             email="editor@af.example"),
        "responder": forum.user(af, username="af.svar", email="svar@af.example"),
        "other_af": forum.user(af, username="af.other"),
        "asker": forum.user(fk, username="fk.asker"),
        "fk_editor": forum.user(fk, roles=(Role.MEMBER, Role.ORG_EDITOR), username="fk.ed"),
        "coordinator": forum.user(fk, roles=(Role.COORDINATOR,), username="coord",
                                  email="samordnare@forbund.example"),
        "admin": forum.admin(fk, username="admin"),
    }
    space = forum.space("allmant", "all")
    closed = forum.space("fk-intern", "org", org=fk)
    return {"forum": forum, "af": af, "fk": fk, "people": people, "space": space,
            "closed": closed}


def keep_inbox(world, days=2, country="SE", address="samverkan@af.example"):
    inbox = OrganizationInbox(organization_id=world["af"].id, response_days=days,
                              country=country, functional_address=address)
    db.session.add(inbox)
    db.session.flush()
    from forum.inbox.models import InboxResponder
    inbox.responders = [InboxResponder(organization_id=world["af"].id,
                                       user_id=world["people"]["responder"].id)]
    db.session.commit()
    return inbox


def ask(world, when: datetime, title="Hur räknar ni deltid?"):
    thread = world["forum"].thread(world["space"], world["people"]["asker"], title,
                                   "Fråga till er.", question_org=world["af"])
    thread.created_at = when
    db.session.commit()
    return thread


def mails(kind: str) -> list[tuple[str, str]]:
    return sorted((m.to_address, m.subject) for m in db.session.scalars(
        select(MailMessage).where(MailMessage.kind == kind)))


# -- working days --------------------------------------------------------------------------

def test_working_days_skip_weekends_and_each_countrys_holidays():
    assert workdays.add_working_days(TUESDAY, 2, "SE") == datetime(2026, 5, 15, 9, 0,
                                                                    tzinfo=UTC)
    friday = datetime(2026, 5, 22, 9, 0, tzinfo=UTC)  # before Whit Monday
    assert workdays.add_working_days(friday, 1, "SE").date().isoformat() == "2026-05-25"
    assert workdays.add_working_days(friday, 1, "NO").date().isoformat() == "2026-05-26"
    assert workdays.working_days_between(friday, friday + timedelta(days=4), "NO") == 1.0
    # Swedish agencies are closed on Christmas Eve (lag 1930:173); Norway's NAV is open.
    wednesday = datetime(2026, 12, 23, 9, 0, tzinfo=UTC)
    assert workdays.add_working_days(wednesday, 1, "SE").date().isoformat() == "2026-12-28"
    assert workdays.add_working_days(wednesday, 1, "NO").date().isoformat() == "2026-12-24"
    assert not workdays.is_working_day(datetime(2026, 6, 19).date(), "SE")  # Midsummer Eve


# -- the settings page ---------------------------------------------------------------------

def test_an_editor_sets_the_inbox_and_others_get_404(world, client):
    people = world["people"]
    url = f"/organizations/{world['af'].id}/inbox"
    for outsider in (people["other_af"], people["fk_editor"], people["asker"]):
        client.login(outsider)
        assert client.get(url).status_code == 404
        assert client.post_form(url, {"response_days": "2", "country": "SE",
                                      "responders": str(people["responder"].id)},
                                token_page="/").status_code == 404
        client.post_form("/logout", token_page="/")
    assert db.session.get(OrganizationInbox, world["af"].id) is None
    client.login(people["editor"])
    page = client.get(url)
    assert page.status_code == 200 and "Funktionsbrevlåda" in page.get_data(as_text=True)
    saved = client.post_form(url, {"response_days": "3", "country": "SE",
                                   "functional_address": "samverkan@af.example",
                                   "responders": str(people["responder"].id)}, token_page=url)
    assert saved.status_code == 302
    inbox = db.session.get(OrganizationInbox, world["af"].id)
    assert (inbox.response_days, inbox.country, inbox.functional_address) == \
        (3, "SE", "samverkan@af.example")
    assert [r.user_id for r in inbox.responders] == [people["responder"].id]


@pytest.mark.parametrize(("form", "field", "message"), [
    ({"response_days": "0"}, "response_days", "Ange ett helt antal arbetsdagar"),
    ({"response_days": "31"}, "response_days", "Ange ett helt antal arbetsdagar"),
    ({"response_days": "två"}, "response_days", "Ange ett helt antal arbetsdagar"),
    ({"country": "DK"}, "country", "Välj Sverige eller Norge."),
    ({"functional_address": "samverkan af.example"}, "functional_address", "Ange en e-post"),
    ({"functional_address": "a@b.se\r\nBcc: x@y.se"}, "functional_address", "Ange en e-post"),
    ({"responders": "fk"}, "responders", "aktiva medlemmar"),
    ({"responders": "", "functional_address": ""}, "responders", "minst en"),
])
def test_bad_inbox_input_is_refused_and_nothing_stored(world, client, form, field, message):
    people = world["people"]
    if form.get("responders") == "fk":
        form = {**form, "responders": str(people["asker"].id)}  # not an AF member
    url = f"/organizations/{world['af'].id}/inbox"
    client.login(people["editor"])
    data = {"response_days": "2", "country": "SE", "functional_address": "",
            "responders": str(people["responder"].id)} | form
    if not data["responders"]:
        data.pop("responders")
    answer = client.post_form(url, data, token_page=url)
    assert answer.status_code == 400
    assert message in answer.get_data(as_text=True)
    assert db.session.get(OrganizationInbox, world["af"].id) is None


# -- the thread's answer-time line ---------------------------------------------------------

def test_the_thread_says_how_long_in_working_days_or_hours(world, client, app):
    thread = ask(world, TUESDAY)
    with app.test_request_context(), force_locale("sv"):
        line = timing.answer_time(thread, TUESDAY + timedelta(hours=2, minutes=10))
        assert line.text == "Väntar på Arbetsförmedlingen sedan 2 tim 10 min"
    keep_inbox(world)
    monday = datetime(2026, 5, 18, 9, 0, tzinfo=UTC)
    with app.test_request_context(), force_locale("sv"):
        line = timing.answer_time(thread, monday)
        # Wed, Fri and the Monday morning's zero: Tuesday 9:00 -> Monday 9:00 is 3 working
        # days (Ascension Thursday and the weekend do not count).
        assert line.text == ("Väntar på Arbetsförmedlingen sedan 3 arbetsdagar – utlovat "
                             "2 arbetsdagar") and line.overdue
    world["forum"].post(thread, world["people"]["responder"], "Vi räknar på arbetstiden.")
    thread.first_answer_at = TUESDAY + timedelta(days=1)
    db.session.commit()
    with app.test_request_context(), force_locale("sv"):
        assert timing.answer_time(thread, monday).text == \
            "Besvarad av Arbetsförmedlingen efter 1 arbetsdag"
    client.login(world["people"]["asker"])
    page = client.get(f"/t/{thread.id}").get_data(as_text=True)
    assert "Besvarad av Arbetsförmedlingen efter 1 arbetsdag" in page


# -- reminder and escalation ---------------------------------------------------------------

def test_reminder_then_escalation_in_working_days_once_each(world, app):
    keep_inbox(world)
    thread = ask(world, TUESDAY)
    people = world["people"]
    with app.test_request_context():
        assert reminders.follow_up(TUESDAY + timedelta(minutes=1)) == 1  # the new question
        assert mails("inbox_new") == [("samverkan@af.example",
                                       "En fråga till Arbetsförmedlingen")]
        # Promised 2 working days: Wednesday and Friday (Ascension Thursday): due Friday 9:00.
        assert reminders.follow_up(datetime(2026, 5, 15, 8, 59, tzinfo=UTC)) == 0
        assert reminders.follow_up(datetime(2026, 5, 15, 9, 0, tzinfo=UTC)) == 1
        assert [to for to, _ in mails("inbox_reminder")] == ["samverkan@af.example",
                                                             "svar@af.example"]
        assert reminders.follow_up(datetime(2026, 5, 15, 12, 0, tzinfo=UTC)) == 0
        # One working day later: Monday 18 May, 9:00 (the weekend does not count).
        assert reminders.follow_up(datetime(2026, 5, 17, 23, 0, tzinfo=UTC)) == 0
        assert reminders.follow_up(datetime(2026, 5, 18, 9, 0, tzinfo=UTC)) == 1
        assert [to for to, _ in mails("inbox_escalation")] == ["kontakt@af.example",
                                                               "samordnare@forbund.example"]
        assert reminders.follow_up(datetime(2026, 5, 20, 9, 0, tzinfo=UTC)) == 0
    steps = {f.step for f in db.session.scalars(select(InboxFollowup).where(
        InboxFollowup.thread_id == thread.id))}
    assert steps == {"new", "reminder", "escalation"}
    assert people["coordinator"].email in [to for to, _ in mails("inbox_escalation")]


def test_norwegian_holidays_move_the_reminder(world, app):
    keep_inbox(world, days=1, country="NO", address="")
    friday = datetime(2026, 5, 22, 9, 0, tzinfo=UTC)
    ask(world, friday)
    with app.test_request_context():
        # Whit Monday is a holiday in Norway: one working day after Friday is Tuesday.
        assert reminders.follow_up(datetime(2026, 5, 25, 10, 0, tzinfo=UTC)) == 0
        assert reminders.follow_up(datetime(2026, 5, 26, 9, 0, tzinfo=UTC)) == 1
    assert [to for to, _ in mails("inbox_reminder")] == ["svar@af.example"]


def test_an_answered_question_gets_no_reminder(world, app):
    keep_inbox(world, address="")
    thread = ask(world, TUESDAY)
    world["forum"].post(thread, world["people"]["responder"], "Svar direkt.")
    with app.test_request_context():
        assert reminders.follow_up(datetime(2026, 5, 20, 9, 0, tzinfo=UTC)) == 0
    assert mails("inbox_reminder") == []


def test_a_question_in_a_closed_space_names_no_title_to_outside_mailboxes(world, app):
    keep_inbox(world)
    people = world["people"]
    thread = world["forum"].thread(world["closed"], people["asker"], "Internt ärende",
                                   "Fråga.", question_org=world["af"])
    thread.created_at = TUESDAY
    db.session.commit()
    with app.test_request_context():
        reminders.follow_up(datetime(2026, 5, 18, 9, 0, tzinfo=UTC))
    sent = list(db.session.scalars(select(MailMessage).where(
        MailMessage.kind.like("inbox_%"))))
    mailboxes = [m for m in sent if m.user_id is None]  # functional and contact addresses
    assert {m.to_address for m in mailboxes} == {"samverkan@af.example", "kontakt@af.example"}
    assert all("Internt ärende" not in m.text_body for m in mailboxes)
    # The coordinator (FK) may read it and is told what it is.
    assert any("Internt ärende" in m.text_body for m in sent
               if m.to_address == people["coordinator"].email)
    # The responder (AF) may not read an FK-only space: nothing goes to them at all.
    assert "svar@af.example" not in {m.to_address for m in sent}


# -- the boundary page's "Ask us" ----------------------------------------------------------

def ask_us(client, page) -> str:
    """The "Ask us" part of the boundary page, as the logged-in reader gets it."""
    response = client.get(f"/wiki/{page.id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    return html[html.index('id="ask-h"'):]


def boundary_page(world):
    from tests.unit.wiki.helpers import make_boundary

    return make_boundary(world["people"]["editor"], world["af"])


def test_the_boundary_page_says_the_promise_who_answers_and_where_to_ask(world, client):
    people, af = world["people"], world["af"]
    responder = people["responder"]
    responder.display_name = "Rut Svarsson"
    page = boundary_page(world)
    inbox = keep_inbox(world, days=3)
    client.login(people["asker"])
    html = ask_us(client, page)
    assert ("Arbetsförmedlingen lovar att svara på frågor till organisationen i forumet "
            "inom 3 arbetsdagar.") in html
    assert "Helger och röda dagar i Sverige räknas inte." in html
    assert f'<a href="/people/{responder.id}">Rut Svarsson</a>' in html
    assert '<a href="mailto:samverkan@af.example">samverkan@af.example</a>' in html
    ask = f"/s/allmant/new?question_org_id={af.id}"
    assert f'href="{ask}">Ställ en fråga till Arbetsförmedlingen</a>' in html
    form = client.get(ask).get_data(as_text=True)
    assert f'<option value="{af.id}" selected>' in form  # the new thread asks AF
    assert " selected>" not in client.get("/s/allmant/new?question_org_id=x").get_data(
        as_text=True)  # nonsense presets nothing
    # One working day, Norway's holidays, a responder who left: said as it now is.
    inbox.response_days, inbox.country = 1, "NO"
    responder.active = False
    people["asker"].language = "en"
    db.session.commit()
    html = ask_us(client, page)
    assert ("Arbetsförmedlingen promises to answer questions addressed to it in the forum "
            "within 1 working day.") in html
    assert "Weekends and public holidays in Norway are not counted." in html
    assert "Rut Svarsson" not in html and "Who answers:" in html
    assert "samverkan@af.example" in html


def test_without_an_inbox_the_boundary_page_promises_nothing(world, client):
    page = boundary_page(world)
    client.login(world["people"]["asker"])
    html = ask_us(client, page)
    for promised in ("arbetsdag", "lovar", "Vem svarar", "mailto:", "Helger"):
        assert promised not in html
    assert f"/s/allmant/new?question_org_id={world['af'].id}" in html  # asking still works
    # Someone who may not start a thread is not offered a link to a form they cannot use.
    observer = world["forum"].user(world["fk"], roles=(Role.OBSERVER,), username="obs")
    keep_inbox(world)
    client.post_form("/logout", token_page="/")
    client.login(observer)
    html = ask_us(client, page)
    assert "inom 2 arbetsdagar" in html and "question_org_id" not in html
