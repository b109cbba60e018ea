"""The header search box shows results as you type, and the results page highlights them."""

from __future__ import annotations

from playwright.sync_api import expect

from forum.demo.content.users import USERS
from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page


def email(username: str) -> str:
    return next(u["email"] for u in USERS if u["username"] == username)


def test_results_as_you_type_and_results_page(chromium, live_server):
    page = new_page(chromium, live_server.url)
    log_in(page, email("maja.karlsson"), DEMO_PASSWORD)
    box = page.locator("#site-search-q")
    suggestions = page.locator("#site-search-results")
    # The indexer may still be building the demo index (it says so): type again until it has.
    for _attempt in range(30):
        box.fill("")
        box.fill("aktivitetsersättning")
        try:
            expect(suggestions.locator("mark").first).to_be_visible(timeout=1_000)
            break
        except AssertionError:
            continue
    expect(suggestions.locator("mark").first).to_be_visible()
    box.press("ArrowDown")
    expect(suggestions.locator("a").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(suggestions).to_be_hidden()
    box.press("Enter")
    page.wait_for_url("**/search?q=*")
    expect(page.locator(".hit").first).to_be_visible()
    expect(page.locator(".hit mark").first).to_be_visible()
