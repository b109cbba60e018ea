"""@mention autocompletion in the composer: keyboard only, and Enter picks, not sends."""

from __future__ import annotations

from playwright.sync_api import expect

from forum.demo.content.users import USERS
from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page


def email(username: str) -> str:
    return next(u["email"] for u in USERS if u["username"] == username)


def test_mention_suggestions_by_keyboard(chromium, live_server):
    page = new_page(chromium, live_server.url)
    log_in(page, email("maja.karlsson"), DEMO_PASSWORD)
    page.goto("/s/allmant")
    page.locator(".thread-title").first.click()
    composer = page.locator("#composer-body")
    posts_before = page.locator("#posts > li").count()
    # The autocompletion is a module script: typing before it has attached would go unseen.
    expect(composer).to_have_attribute("aria-autocomplete", "list")
    composer.click()
    composer.type("Fråga till @leil")
    suggestions = page.locator("#composer-body ~ .mention-list")
    option = suggestions.get_by_role("option").first
    expect(option).to_be_visible()
    expect(option).to_contain_text("@leila.haddad")
    # A textarea may not carry aria-expanded (axe: aria-allowed-attr); the open list is
    # announced through the active option instead.
    expect(composer).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    composer.press("Enter")
    expect(composer).to_have_value("Fråga till @leila.haddad ")
    expect(suggestions).to_be_hidden()
    assert page.locator("#posts > li").count() == posts_before  # Enter chose, did not send
    composer.type("@a")
    expect(suggestions.get_by_role("option").first).to_be_visible()
    composer.press("Escape")
    expect(suggestions).to_be_hidden()
