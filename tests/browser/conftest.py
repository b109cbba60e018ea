"""Playwright driving Debian's Chromium (no browser download is needed or possible here)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.conftest import service_url

# The CI machine is shared (2 cores): a live update can take longer than Playwright's 5 s
# default there without anything being wrong. Assertions still fail if it never comes.
expect.set_options(timeout=15_000)

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic", "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    path = service_url("FORUM_TEST_CHROMIUM", "Chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS,
                                             headless=True)
        yield browser
        browser.close()


def new_page(browser: Browser, base_url: str, locale: str = "sv-SE") -> Page:
    context = browser.new_context(base_url=base_url, locale=locale)
    context.set_default_timeout(10_000)
    return context.new_page()


def log_in(page: Page, email: str, password: str) -> None:
    page.goto("/login")
    page.locator("#f-email").fill(email)
    page.locator("#f-password").fill(password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/login" not in url)
