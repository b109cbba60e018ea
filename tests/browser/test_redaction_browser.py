"""Redacting a post's history in a real browser: select the text in an earlier version, the
form fills in, the history and the thread show it masked (issue 20)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page
from tests.realtime.helpers import demo_email

WRITER = "sara.malmberg"
READER = "maja.karlsson"
SECRET = "Kvarnsjöberg"


def test_select_text_in_an_earlier_version_and_redact_it(chromium, live_server):
    page = new_page(chromium, live_server.url)
    log_in(page, demo_email(WRITER), DEMO_PASSWORD)
    page.goto("/s/allmant/new")
    page.locator("#f-title").fill("Redigeringshistorik i webbläsaren")
    page.locator("#f-body").fill(f"Mötet hålls hos {SECRET} på tisdag.")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/t/\d+"))
    thread_url = page.url
    edit_url = page.locator('a[href$="/edit"]').first.get_attribute("href")
    post_id = int(re.search(r"/p/(\d+)/edit", edit_url).group(1))
    page.goto(edit_url)
    page.locator("#f-body").fill(f"Mötet hålls hos {SECRET} på onsdag.")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/t/\d+"))

    page.goto(f"/p/{post_id}/history")
    page.get_by_role("link", name="Maskera text i den här versionen").first.click()
    page.wait_for_url(re.compile(rf"/p/{post_id}/versions/\d+/redact"))
    field = page.get_by_label("Text att maskera")
    expect(field).to_have_value("")
    # Select the word in the version shown, as a mouse drag would, then let go of the button.
    page.evaluate("""secret => {
        const box = document.getElementById("redact-source");
        const node = box.firstChild;
        const start = node.textContent.indexOf(secret);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + secret.length);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        box.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
    }""", SECRET)
    expect(field).to_have_value(SECRET)
    everywhere = page.get_by_label("Även i alla andra versioner av inlägget där den finns")
    expect(everywhere).to_be_checked()
    page.get_by_role("button", name="Maskera").click()
    page.wait_for_url(f"**/p/{post_id}/history")
    expect(page.locator("main")).not_to_contain_text(SECRET)
    expect(page.locator("main")).to_contain_text("████████████ på")

    reader = new_page(chromium, live_server.url)
    log_in(reader, demo_email(READER), DEMO_PASSWORD)
    reader.goto(thread_url)
    expect(reader.locator("#post-1")).to_contain_text("████████████ på onsdag")
    expect(reader.locator("main")).not_to_contain_text(SECRET)
    reader.goto(f"/p/{post_id}/history")
    expect(reader.locator("main")).not_to_contain_text(SECRET)
    expect(reader.get_by_role("link", name="Maskera text i den här versionen")).to_have_count(0)
    page.context.close()
    reader.context.close()
