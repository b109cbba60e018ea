"""A PBL session in a real browser: the tutor and two members, each in their own browser
context, run a short session through all seven steps and close it with the question for next
time. Every note, vote, edit and step change shows up for the others without reloading."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from playwright.sync_api import Browser, Page, expect

from forum.demo.loader import DEMO_PASSWORD
from forum.pbl.steps import STEP_KEYS
from tests.browser.conftest import log_in, new_page
from tests.realtime.helpers import demo_email

TUTOR, FIRST, SECOND = "eva.nordin", "sara.malmberg", "leila.haddad"
TIMEOUT = 5000  # ms
pytestmark = pytest.mark.browser


@dataclass
class Person:
    page: Page

    def step(self, key: str):
        return self.page.locator(f'.pbl-step[data-step="{key}"]')

    def note(self, key: str, text: str):
        return self.step(key).locator(".pbl-item").filter(has_text=text)

    def open_room(self, url: str) -> None:
        self.page.goto(url)
        expect(self.page.locator('#pbl-session[data-joined="1"]')).to_have_count(
            1, timeout=TIMEOUT)

    def add(self, key: str, text: str) -> None:
        field = self.step(key).locator("form.pbl-add input[name=text]")
        field.fill(text)
        field.press("Enter")
        expect(self.note(key, text)).to_have_count(1, timeout=TIMEOUT)
        expect(field).to_have_value("", timeout=TIMEOUT)


@pytest.fixture(scope="module")
def people(chromium: Browser, live_server) -> Iterator[list[Person]]:
    made = []
    for username in (TUTOR, FIRST, SECOND):
        page = new_page(chromium, live_server.url)
        log_in(page, demo_email(username), DEMO_PASSWORD)
        made.append(Person(page))
    yield made
    for person in made:
        person.page.context.close()


def test_tutor_and_two_members_run_a_session_through_all_seven_steps(people):
    tutor, first, second = people
    tutor.page.goto("/pbl/")
    tutor.page.locator(".pbl-sessions a[href^='/pbl/s/']").first.click()
    tutor.page.wait_for_url(re.compile(r"/pbl/s/\d+$"))
    room = tutor.page.url
    # The question from the last closed session is on top of the coming one.
    expect(tutor.page.locator("#pbl-previous-question")).to_be_visible()
    first.page.goto("/wiki")  # any page: opening the session shows a toast there
    first.page.wait_for_function("() => window.forumSocket && window.forumSocket.connected")
    tutor.page.locator("#pbl-open").click()
    tutor.page.wait_for_url(room)
    toast = first.page.locator("#toasts .toast")
    expect(toast).to_have_count(1, timeout=TIMEOUT)
    expect(toast.locator("p").first).to_have_text(
        re.compile(r"^Eva Nordin öppnade sessionen: Träff \d+ – chatt$"))
    expect(tutor.page.locator("#toasts .toast")).to_have_count(0)  # not to the one who opened
    expect(tutor.page.locator('#pbl-session[data-joined="1"]')).to_have_count(1,
                                                                              timeout=TIMEOUT)
    first.open_room(room)
    second.open_room(room)
    case_and_attendance_follow_live(tutor, first, room)

    for index, key in enumerate(STEP_KEYS):
        for person in people:  # everyone sees the same current step
            expect(person.step(key)).to_have_attribute("aria-current", "step",
                                                       timeout=TIMEOUT)
        text = f"Anteckning i steg {index + 1}"
        first.add(key, text)
        expect(second.note(key, text)).to_have_count(1, timeout=TIMEOUT)
        expect(tutor.note(key, text)).to_have_count(1, timeout=TIMEOUT)

        reply = f"Svar i steg {index + 1}"
        second.add(key, reply)
        expect(first.note(key, reply)).to_have_count(1, timeout=TIMEOUT)

        second.note(key, text).locator("button.pbl-votes").click()
        for person in people:
            expect(person.note(key, text).locator(".pbl-votes")).to_have_text(
                "1", timeout=TIMEOUT)

        if key == "problem":  # one edit, seen by the others
            first.note(key, text).locator(".pbl-edit").click()
            editor = first.step(key).locator(".pbl-edit-form input")
            editor.fill("Problemet, omformulerat")
            editor.press("Enter")
            expect(first.page.locator("#pbl-error")).to_have_text("")
            for person in people:
                expect(person.note(key, "Problemet, omformulerat")).to_have_count(
                    1, timeout=TIMEOUT)

        if key == "brainstorm":  # a note added by mistake, removed; gone for everyone
            first.add(key, "Fel steg, tas bort")
            expect(second.note(key, "Fel steg, tas bort")).to_have_count(1, timeout=TIMEOUT)
            first.note(key, "Fel steg, tas bort").locator(".pbl-remove").click()
            for person in people:
                expect(person.note(key, "Fel steg, tas bort")).to_have_count(0,
                                                                            timeout=TIMEOUT)

        if index < len(STEP_KEYS) - 1:
            tutor.page.locator("#pbl-next-step").click()

    # Learning objectives from the last session started the report-back step.
    expect(first.step("report").locator(".pbl-item")).to_have_count(3, timeout=TIMEOUT)

    # Closing needs the question for next time; the members' pages follow.
    tutor.page.locator("#f-question_for_next").fill(
        "Hur tar vi med oss arbetssättet tillbaka till våra egna kontor?")
    tutor.page.locator("#f-minutes").fill("Vi gick igenom alla sju steg.")
    tutor.page.locator("#pbl-close button[type=submit]").click()
    for person in people:
        expect(person.page.locator("#pbl-next-question")).to_have_text(
            "Hur tar vi med oss arbetssättet tillbaka till våra egna kontor?",
            timeout=TIMEOUT)
    expect(first.page.locator("#pbl-session")).to_have_attribute("data-status", "closed")


def case_and_attendance_follow_live(tutor: Person, member: Person, room: str) -> None:
    """The tutor chooses another case: a member's page shows it without reloading. Attendance
    saved on one of the tutor's pages shows on another of them (two tutors' case)."""
    select = tutor.page.locator("#f-case_id")
    current = select.input_value()
    options = select.locator("option")
    choice = next(i for i in range(1, options.count())
                  if options.nth(i).get_attribute("value") != current)
    title = options.nth(choice).inner_text()
    select.select_option(index=choice)
    tutor.page.locator("form[action$='/case'] button[type=submit]").click()
    tutor.page.wait_for_url(room)
    expect(member.page.locator("#pbl-case a")).to_have_text(title, timeout=TIMEOUT)
    case_url = tutor.page.locator("#pbl-case a").get_attribute("href")
    expect(member.page.locator("#pbl-case a")).to_have_attribute("href", case_url)

    other = Person(new_page(tutor.page.context.browser, room.split("/pbl/")[0]))
    try:
        log_in(other.page, demo_email(TUTOR), DEMO_PASSWORD)
        other.open_room(room)
        tutor.open_room(room)
        boxes = tutor.page.locator("#pbl-attendance input[name=present]")
        first_box = boxes.first
        was = first_box.is_checked()
        first_box.set_checked(not was)
        tutor.page.locator("#pbl-attendance button[type=submit]").click()
        tutor.page.wait_for_url(room)
        value = first_box.get_attribute("value")
        expect(other.page.locator(f"#pbl-attendance input[value='{value}']")).to_be_checked(
            checked=not was, timeout=TIMEOUT)
    finally:
        other.page.context.close()
