"""The PBL step board in real browsers, as people meet it: a member's page follows the tutor
opening and closing the session without reloading; two people editing one note get the
documented conflict with both texts kept (the second save names the version its edit
started from, not the newest one the page has seen since); a note moved by keyboard is
announced and moves for the others too; a note dragged to another step lands there."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page
from tests.realtime.helpers import demo_email

TUTOR, FIRST, SECOND = "eva.nordin", "sara.malmberg", "leila.haddad"
pytestmark = pytest.mark.browser


def step(page: Page, key: str):
    return page.locator(f'.pbl-step[data-step="{key}"]')


def note(page: Page, key: str, text: str):
    return step(page, key).locator(".pbl-item").filter(has_text=text)


def add(page: Page, key: str, text: str) -> None:
    field = step(page, key).locator("form.pbl-add input[name=text]")
    field.fill(text)
    field.press("Enter")
    expect(note(page, key, text)).to_have_count(1)


@pytest.fixture(scope="module")
def pages(chromium: Browser, live_server) -> Iterator[tuple[Page, Page, Page]]:
    made = []
    for username in (TUTOR, FIRST, SECOND):
        page = new_page(chromium, live_server.url)
        log_in(page, demo_email(username), DEMO_PASSWORD)
        made.append(page)
    yield tuple(made)
    for page in made:
        page.context.close()


def not_reloaded(page: Page) -> bool:
    return page.evaluate("window.pblMarker === 1")


def test_the_board_live(pages):
    tutor, first, second = pages
    tutor.goto("/pbl/")
    tutor.locator(".pbl-sessions a[href^='/pbl/s/']").first.click()
    tutor.wait_for_url(re.compile(r"/pbl/s/\d+$"))
    room = tutor.url

    # A member waits on the planned session's page; the tutor opens it: the board appears
    # on the member's page without a reload, and the change is announced.
    first.goto(room)
    expect(first.locator('#pbl-session[data-joined="1"]')).to_have_count(1)
    expect(first.locator(".pbl-board")).to_have_count(0)
    first.evaluate("window.pblMarker = 1")
    tutor.locator("#pbl-open").click()
    tutor.wait_for_url(room)
    expect(first.locator('#pbl-session[data-status="open"]')).to_have_count(1)
    expect(first.locator("#pbl-status-live")).to_have_text(
        "Handledaren öppnade sessionsrummet. Stegtavlan visas.")
    expect(first.locator('#pbl-session[data-joined="1"]')).to_have_count(1)
    assert not_reloaded(first)
    # The add-note fields have visible labels.
    expect(step(first, "clarify").locator("form.pbl-add label")).to_be_visible()
    expect(step(first, "clarify").locator("form.pbl-add label")).to_contain_text("Ny lapp")

    second.goto(room)
    expect(second.locator('#pbl-session[data-joined="1"]')).to_have_count(1)
    conflict_keeps_both_texts(first, second)
    move_by_keyboard(first, second)
    drag_to_another_step(first, second)

    # The tutor closes the session: the member's page follows, again without a reload.
    tutor.locator("#f-question_for_next").fill("Vad tar vi med oss?")
    tutor.locator("#pbl-close button[type=submit]").click()
    expect(first.locator("#pbl-next-question")).to_have_text("Vad tar vi med oss?")
    expect(first.locator("#pbl-status-live")).to_have_text("Handledaren stängde sessionen.")
    assert not_reloaded(first)


def conflict_keeps_both_texts(first: Page, second: Page) -> None:
    add(first, "clarify", "Ursprunglig text")
    expect(note(second, "clarify", "Ursprunglig text")).to_have_count(1)
    # Both start editing the same version; the second saves first.
    note(first, "clarify", "Ursprunglig text").locator(".pbl-edit").click()
    mine = step(first, "clarify").locator(".pbl-edit-form input")
    mine.fill("Saras text")
    note(second, "clarify", "Ursprunglig text").locator(".pbl-edit").click()
    theirs = step(second, "clarify").locator(".pbl-edit-form input")
    theirs.fill("Leilas text")
    theirs.press("Enter")
    expect(note(second, "clarify", "Leilas text")).to_have_count(1)
    # The first page has seen that edit arrive (its note's version moved on) while its own
    # edit stays open: saving now must not overwrite Leila's text.
    expect(step(first, "clarify").locator('.pbl-item[data-version="2"]')).to_have_count(1)
    mine.press("Enter")
    expect(first.locator("#pbl-error")).to_contain_text("Någon ändrade lappen")
    expect(step(first, "clarify").locator(".pbl-theirs")).to_contain_text("Leilas text")
    expect(mine).to_have_value("Saras text")
    first.wait_for_timeout(300)  # nothing more arrives: Leila's text is still what is stored
    expect(note(second, "clarify", "Leilas text")).to_have_count(1)
    expect(note(second, "clarify", "Saras text")).to_have_count(0)
    # Saving again, with Leila's text in view, is a decision: now it is stored.
    mine.press("Enter")
    expect(note(second, "clarify", "Saras text")).to_have_count(1)
    expect(note(first, "clarify", "Saras text").locator(".pbl-edit")).to_have_count(1)
    expect(first.locator("#pbl-error")).to_have_text("")


def move_by_keyboard(first: Page, second: Page) -> None:
    add(first, "clarify", "Andra lappen")
    moving = note(first, "clarify", "Andra lappen")
    moving.focus()
    moving.press("Alt+ArrowUp")
    heading = step(first, "clarify").locator("h3").inner_text()
    expect(first.locator("#pbl-status-live")).to_have_text(
        f"Lappen flyttades till {heading}, plats 1 av 2.")
    expect(moving).to_be_focused()
    for page in (first, second):
        expect(step(page, "clarify").locator(".pbl-item .pbl-text")).to_have_text(
            ["Andra lappen", "Saras text"])
    moving.press("Alt+ArrowRight")  # to the next step, last there
    heading = step(first, "problem").locator("h3").inner_text()
    expect(first.locator("#pbl-status-live")).to_have_text(
        f"Lappen flyttades till {heading}, plats 1 av 1.")
    expect(note(second, "problem", "Andra lappen")).to_have_count(1)
    expect(note(first, "problem", "Andra lappen")).to_be_focused()
    note(first, "problem", "Andra lappen").press("Alt+ArrowUp")  # already first there
    expect(first.locator("#pbl-status-live")).to_have_text(
        "Lappen kan inte flyttas längre åt det hållet.")


def drag_to_another_step(first: Page, second: Page) -> None:
    note(first, "clarify", "Saras text").drag_to(step(first, "brainstorm"))
    expect(note(second, "brainstorm", "Saras text")).to_have_count(1)
    expect(note(first, "brainstorm", "Saras text")).to_have_count(1)
