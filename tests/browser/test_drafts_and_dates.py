"""In a real browser: a live post's time in the reader's language and organization's zone
(static/js/lib/time.js, the same words as forum/web/dates.py), and the new-thread form's
draft surviving a reload until the thread is started (static/js/form_draft.js)."""

from __future__ import annotations

import itertools
import re
from datetime import datetime

import pytest
from playwright.sync_api import Browser, expect

from forum.demo.loader import DEMO_PASSWORD
from forum.web.dates import format_when
from tests.browser.conftest import log_in, new_page
from tests.realtime.helpers import demo_email

pytestmark = pytest.mark.browser
_counter = itertools.count(1)


def test_a_live_posts_time_in_swedish_and_in_english(chromium: Browser, live_server):
    pages = {}
    for username in ("sara.malmberg", "maja.karlsson", "ingrid.haugen"):
        page = new_page(chromium, live_server.url)
        log_in(page, demo_email(username), DEMO_PASSWORD)
        pages[username] = page
    writer = pages["sara.malmberg"]
    try:
        writer.goto("/s/allmant/new")
        writer.locator("#f-title").fill(f"Tider {next(_counter)}")
        writer.locator("#f-body").fill("Första inlägget.")
        writer.locator("main form button[type=submit]").click()
        writer.wait_for_url(re.compile(r"/t/\d+"))
        thread_url = writer.url
        for reader in (pages["maja.karlsson"], pages["ingrid.haugen"]):
            reader.goto(thread_url)
        expect(pages["maja.karlsson"].locator("#connection-status")).to_have_text("Ansluten")
        expect(pages["ingrid.haugen"].locator("#connection-status")).to_have_text("Connected")
        writer.locator("#composer-body").fill("Ett inlägg som kommer live.")
        writer.locator("#composer-body").press("Enter")
        expect(writer.locator("#posts > li.post").filter(has_text="kommer live")).to_have_count(1)
        expect(writer.locator("#pending-posts > li")).to_have_count(0)

        thread_id = int(thread_url.rstrip("/").rsplit("/", 1)[1])
        posts = writer.request.get(f"/api/v1/threads/{thread_id}/posts?after=0").json()
        created = datetime.fromisoformat(posts["posts"][-1]["created_at"])
        swedish_ago = r"^(nu|för \d+ (sekund|sekunder|minut|minuter) sedan)$"
        english_ago = r"^(now|\d+ (second|minute)s? ago)$"
        for username, language, zone, ago in (
                ("maja.karlsson", "sv", "Europe/Stockholm", swedish_ago),
                ("ingrid.haugen", "en", "Europe/Oslo", english_ago)):
            reader = pages[username]
            assert reader.locator("html").get_attribute("data-time-zone") == zone
            post = reader.locator("#posts > li.post").filter(has_text="kommer live")
            expect(post).to_have_count(1)
            time = post.locator(".post-time time")
            expect(time).to_have_text(re.compile(ago))
            exact = format_when(created, language, zone)
            expect(time).to_have_attribute("title", exact)
            # The server's own rendering of the same post, after a reload, says the same.
            reader.reload()
            reloaded = reader.locator("#posts > li.post").filter(
                has_text="kommer live").locator(".post-time time")
            expect(reloaded).to_have_attribute("title", exact)
            expect(reloaded).to_have_text(re.compile(ago))
        swedish_exact = format_when(created, "sv", "Europe/Stockholm")
        assert re.fullmatch(r"\d{1,2} [a-zé]+\.? \d{4} \d\d:\d\d", swedish_exact)
        assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d",
                            format_when(created, "en", "Europe/Oslo"))
    finally:
        for page in pages.values():
            page.context.close()


def test_the_new_thread_form_keeps_its_draft_until_sent(chromium: Browser, live_server):
    page = new_page(chromium, live_server.url)
    try:
        log_in(page, demo_email("erik.wallin"), DEMO_PASSWORD)
        page.goto("/s/allmant/new")
        title = f"Ett utkast {next(_counter)}"
        page.locator("#f-title").fill(title)
        page.locator("#f-body").fill("Texten jag inte vill förlora.")
        page.locator("#f-question_org_id").select_option(index=1)
        chosen = page.locator("#f-question_org_id").input_value()
        page.wait_for_function("() => Object.keys(localStorage).some("
                               "k => k.startsWith('forum:form:thread:'))")
        page.reload()
        expect(page.locator("#f-title")).to_have_value(title)
        expect(page.locator("#f-body")).to_have_value("Texten jag inte vill förlora.")
        expect(page.locator("#f-question_org_id")).to_have_value(chosen)
        # Another space has its own (empty) form; this one's is still there.
        page.goto("/s/rehabiliteringskedjan/new")
        expect(page.locator("#f-title")).to_have_value("")
        page.goto("/s/allmant/new")
        expect(page.locator("#f-title")).to_have_value(title)
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(re.compile(r"/t/\d+"))
        assert page.evaluate("() => Object.keys(localStorage).filter("
                             "k => k.startsWith('forum:form:'))") == []
        page.goto("/s/allmant/new")
        expect(page.locator("#f-title")).to_have_value("")
        expect(page.locator("#f-body")).to_have_value("")
    finally:
        page.context.close()
