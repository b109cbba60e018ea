"""Flag → hidden → review (→ redact) in real browsers against `forum serve`: a member flags
a post for personal data, another member's open page swaps the text for the placeholder at
once (and keeps it after a reload), the author still reads it, and the moderator keeps it (the
text comes back live), redacts words in the history first, or removes it after a second flag
(the post becomes a tombstone)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page
from tests.realtime.helpers import demo_email

pytestmark = pytest.mark.browser
AUTHOR, FLAGGER, OTHER, MODERATOR = "sara.malmberg", "maja.karlsson", "erik.wallin", "oskar.blom"
TEXT = "Rutinen Zebrasson gäller från och med måndag"  # no client name: no privacy stop
PLACEHOLDER = "Dolt i väntan på granskning."


@pytest.fixture(scope="module")
def pages(chromium: Browser, live_server) -> Iterator[dict[str, Page]]:
    made = {}
    for username in (AUTHOR, FLAGGER, OTHER, MODERATOR):
        page = new_page(chromium, live_server.url)
        log_in(page, demo_email(username), DEMO_PASSWORD)
        made[username] = page
    yield made
    for page in made.values():
        page.context.close()


def connected(page: Page) -> None:
    expect(page.locator("#connection-status")).to_have_text("Ansluten")
    expect(page.locator("#thread[data-joined='1']")).to_have_count(1)  # in the room


def post_item(page: Page, text: str):
    return page.locator("#posts > li.post").filter(has_text=text)


def start_thread_with_reply(author: Page) -> tuple[str, int]:
    author.goto("/s/allmant/new")
    author.locator("#f-title").fill("Flaggtest")
    author.locator("#f-body").fill("Första inlägget.")
    author.locator("main form button[type=submit]").click()
    author.wait_for_url(re.compile(r"/t/\d+"))
    connected(author)
    author.locator("#composer-body").fill(TEXT)
    author.locator("#composer-body").press("Enter")
    item = post_item(author, TEXT)
    expect(item).to_have_count(1)
    expect(author.locator("#pending-posts > li")).to_have_count(0)
    return author.url.split("#")[0], int(item.get_attribute("data-post-id"))


def flag(page: Page, thread_url: str, reason: str) -> None:
    page.goto(thread_url)
    post_item(page, TEXT).locator("a.flag-link").click()
    page.locator(f"#f-reason-{reason}").check()
    page.locator("form.flag-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/t/\d+"))


def review(moderator: Page, post_id: int, decision: str, reason: str) -> None:
    moderator.goto("/moderation")
    item = moderator.locator(f"#flag-post-{post_id}")
    expect(item).to_contain_text("Maja Karlsson" if decision == "keep" else "Erik Wallin")
    item.locator("textarea[name=reason]").fill(reason)
    item.locator(f"button[value={decision}]").click()
    moderator.wait_for_url(re.compile(r"/moderation$"))


def test_flag_hides_at_once_then_the_moderator_keeps_and_removes(pages):
    author, flagger, other, moderator = (pages[u] for u in (AUTHOR, FLAGGER, OTHER, MODERATOR))
    thread_url, post_id = start_thread_with_reply(author)
    other.goto(thread_url)
    connected(other)
    expect(post_item(other, TEXT)).to_have_count(1)

    flag(flagger, thread_url, "personal_data")
    # The other reader's open page: the text is replaced live, without a reload.
    live = other.locator(f"#posts > li.post[data-post-id='{post_id}']")
    expect(live).to_contain_text(PLACEHOLDER)
    expect(live).not_to_contain_text("Zebrasson")
    other.reload()
    connected(other)
    expect(live).to_contain_text(PLACEHOLDER)
    expect(other.locator("body")).not_to_contain_text("Zebrasson")
    expect(flagger.locator("body")).not_to_contain_text("Zebrasson")
    author.reload()
    expect(post_item(author, TEXT)).to_have_count(1)  # the author still reads it

    review(moderator, post_id, "keep", "Påhittat namn, inga personuppgifter.")
    expect(live).to_contain_text("Zebrasson")  # back, live

    flag(other, thread_url, "inappropriate")
    review(moderator, post_id, "remove", "Hör inte hemma här.")
    other.goto(thread_url)
    expect(other.locator(f"#posts > li.post[data-post-id='{post_id}']")).to_contain_text(
        "Inlägget har tagits bort.")
    expect(other.locator("body")).not_to_contain_text("Zebrasson")
    author.goto("/notifications")
    expect(author.locator("main")).to_contain_text("Hör inte hemma här.")
    expect(author.locator("main")).to_contain_text("Påhittat namn, inga personuppgifter.")


def test_flag_hide_review_and_redact_in_the_history(pages):
    """The whole path the issue names: a personal-data flag hides the post, the moderator goes
    from the queue to the history, redacts the words, and keeps the post: readers get it back
    with the words masked, in the text and in every version."""
    author, flagger, other, moderator = (pages[u] for u in (AUTHOR, FLAGGER, OTHER, MODERATOR))
    thread_url, post_id = start_thread_with_reply(author)
    flag(flagger, thread_url, "personal_data")
    other.goto(thread_url)
    expect(other.locator(f"#posts > li.post[data-post-id='{post_id}']")).to_contain_text(
        PLACEHOLDER)

    moderator.goto("/moderation")
    item = moderator.locator(f"#flag-post-{post_id}")
    item.get_by_role("link", name="Maskera i historiken").click()
    moderator.get_by_role("link", name="Maskera text i den här versionen").first.click()
    moderator.locator("#f-text").fill("Zebrasson")
    moderator.get_by_role("button", name="Maskera").click()
    expect(moderator.locator("body")).not_to_contain_text("Zebrasson")

    review(moderator, post_id, "keep", "Namnet maskerat; inlägget får stå kvar.")
    other.goto(thread_url)
    kept = other.locator(f"#posts > li.post[data-post-id='{post_id}']")
    expect(kept).to_contain_text("Rutinen")
    expect(kept).to_contain_text("█")
    expect(other.locator("body")).not_to_contain_text("Zebrasson")
    other.goto(f"/p/{post_id}/history")
    expect(other.locator("body")).not_to_contain_text("Zebrasson")
