"""Logging out leaves no drafts or unsent posts in the browser, and asks first when posts
written offline would be lost (a shared computer at an office is the case in mind)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page
from tests.realtime.helpers import demo_email

pytestmark = pytest.mark.browser
STORED = "() => Object.keys(localStorage).filter(k => k.startsWith('forum:')).sort()"
UNSENT_QUESTION = ("Du har inlägg som inte har skickats än. "
                   "Vill du logga ut ändå och kasta dem?")


def test_logout_asks_about_unsent_posts_then_clears_drafts(chromium: Browser, live_server):
    page = new_page(chromium, live_server.url)
    log_in(page, demo_email("erik.wallin"), DEMO_PASSWORD)
    page.goto("/s/allmant/new")
    page.locator("#f-title").fill("Utkast och utloggning")
    page.locator("#f-body").fill("Första inlägget.")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/t/\d+"))
    thread_url = page.url
    status = page.locator("#connection-status")
    expect(status).to_have_text("Ansluten")

    # One post written while disconnected waits as pending; the next one stays a draft.
    page.evaluate("window.forumSocket.disconnect()")
    expect(status).to_have_text(re.compile("^Frånkopplad"))
    composer = page.locator("#composer-body")
    composer.fill("Skrivet utan anslutning.")
    composer.press("Enter")
    expect(page.locator("#pending-posts > li")).to_have_count(1)
    composer.fill("Ett utkast som inte ska finnas kvar.")
    page.wait_for_function(f"() => ({STORED})().length === 2")
    stored = page.evaluate(STORED)
    assert [key.split(":")[1] for key in stored] == ["draft", "pending"]

    # Cancelling the question keeps the person logged in with everything in place.
    questions: list[str] = []

    def dismiss(dialog) -> None:
        questions.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", dismiss)
    page.locator("header form.logout-form button").click()
    expect(page.locator("#pending-posts > li")).to_have_count(1)
    assert questions == [UNSENT_QUESTION]
    assert page.url == thread_url
    assert page.evaluate(STORED) == stored

    # Confirming logs out, and nothing is left for the next person at this browser.
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("header form.logout-form button").click()
    page.wait_for_url(re.compile(r"/login"))
    assert page.evaluate(STORED) == []

    log_in(page, demo_email("erik.wallin"), DEMO_PASSWORD)
    page.goto(thread_url)
    expect(status).to_have_text("Ansluten")
    expect(composer).to_have_value("")
    expect(page.locator("#pending-posts > li")).to_have_count(0)
    expect(page.locator("#posts > li.post")).to_have_count(1)  # the unsent post never went
    page.context.close()
