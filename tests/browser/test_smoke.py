"""A demo user logs in, sees the home page, and switches the language to English and back."""

from __future__ import annotations

from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page


def demo_email(live_server, username: str) -> str:
    from forum.demo.content.users import USERS

    return next(u["email"] for u in USERS if u["username"] == username)


def test_login_home_and_language_switch(chromium, live_server):
    page = new_page(chromium, live_server.url)
    log_in(page, demo_email(live_server, "admin"), DEMO_PASSWORD)
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.get_by_role("navigation", name="Huvudmeny").is_visible()
    page.get_by_role("button", name="English").click()
    page.wait_for_selector("html[lang=en]")
    assert page.get_by_role("link", name="People").is_visible()
    page.get_by_role("button", name="Svenska").click()
    page.wait_for_selector("html[lang=sv]")
    assert page.get_by_role("link", name="Personer").is_visible()


def test_skip_link_and_narrow_screen(chromium, live_server):
    page = new_page(chromium, live_server.url)
    page.set_viewport_size({"width": 320, "height": 640})
    log_in(page, demo_email(live_server, "admin"), DEMO_PASSWORD)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"page scrolls sideways at 320 px ({width})"


def test_wrong_password_in_the_browser(chromium, live_server):
    page = new_page(chromium, live_server.url)
    log_in_attempt = page.goto("/login")
    assert log_in_attempt.ok
    page.locator("#f-email").fill(demo_email(live_server, "admin"))
    page.locator("#f-password").fill("not the password")
    page.locator("main form button[type=submit]").click()
    assert page.get_by_role("alert").is_visible()
