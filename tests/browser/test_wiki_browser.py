"""The knowledge base in a real browser: comparing boundary pages, and glossary explanations
read by hovering with the mouse and by moving focus with the keyboard."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from forum.demo.content.users import USERS
from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page


def email(username: str) -> str:
    return next(u["email"] for u in USERS if u["username"] == username)


def signed_in(chromium, live_server) -> Page:
    page = new_page(chromium, live_server.url)
    log_in(page, email("maja.karlsson"), DEMO_PASSWORD)
    return page


def test_compare_two_organizations_side_by_side(chromium, live_server):
    page = signed_in(chromium, live_server)
    page.goto("/wiki/compare")
    boxes = page.locator(".compare-form input[type=checkbox]")
    expect(boxes.first).to_be_visible()
    assert boxes.count() >= 5  # every demo organization with a boundary page
    names = [page.locator(".compare-form label").nth(i).inner_text().strip() for i in range(2)]
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_role("button", name="Jämför").click()
    page.wait_for_url("**/wiki/compare?org=*&org=*")
    table = page.locator("#compare")
    expect(table).to_have_attribute("data-columns", "2")
    mandate = page.locator("section[aria-labelledby=cmp-mandate] .compare-cell")
    expect(mandate).to_have_count(2)
    for i, name in enumerate(names):
        expect(mandate.nth(i).locator("h3")).to_have_text(name)
    # Each organization's "we must" statements are listed, with the basis of each one.
    must = page.locator("section[aria-labelledby=cmp-must] .compare-cell")
    for i in range(2):
        expect(must.nth(i).locator(".statement").first).to_be_visible()
    # A statement links precisely to its place on the organization's own page.
    anchor = must.nth(0).locator(".statement-meta a").first
    anchor.click()
    page.wait_for_url("**/wiki/*#s-*")
    fragment = page.url.split("#", 1)[1]
    expect(page.locator(f"[id='{fragment}']")).to_be_visible()


def first_glossary_link(page: Page):
    """A page of the demo knowledge base where the glossary recognized a term."""
    page.goto("/wiki")
    hrefs = page.locator("main a[href^='/wiki/']").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))")
    for href in hrefs:
        if not href.split("/wiki/", 1)[1].split("#")[0].isdigit():
            continue
        page.goto(href)
        links = page.locator("main a.glossary-term")
        if links.count():
            return links.first
    raise AssertionError("no demo page mentions a glossary term")


def expect_explanation(page: Page, term) -> None:
    tip = page.locator("#glossary-tip")
    expect(tip).to_be_visible()
    expect(tip).to_have_attribute("role", "tooltip")
    expect(term).to_have_attribute("aria-describedby", "glossary-tip")
    expect(tip.locator(".glossary-tip-loading")).to_have_count(0)  # the definitions arrived
    expect(tip.locator("dt").first).to_be_visible()  # one definition per organization
    expect(tip.locator(".glossary-tip-more")).to_contain_text("ordlisteposten")


def test_glossary_explanation_on_hover_and_on_keyboard_focus(chromium, live_server):
    page = signed_in(chromium, live_server)
    term = first_glossary_link(page)
    tip = page.locator("#glossary-tip")

    term.hover()
    expect_explanation(page, term)
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    page.mouse.move(0, 0)

    # Keyboard only: Tab through the page from the top until the term has focus.
    page.locator("body").focus()
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('main a.glossary-term')"):
            break
    else:
        raise AssertionError("Tab never reached a glossary term")
    focused = page.locator("main a.glossary-term:focus")
    expect_explanation(page, focused)
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    expect(focused).to_be_focused()  # focus never moves into the explanation
