"""Posts that arrive live carry the same controls as after a reload: a moderator can delete
and edit others' posts and restore a deleted one, the asker of a question can mark an answer,
and marking it moves the buttons live for everyone who may mark."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page
from tests.realtime.helpers import demo_email

pytestmark = pytest.mark.browser
ASKER = "erik.wallin"     # a member: may mark the answer of his own question
MODERATOR = "oskar.blom"  # moderator


@pytest.fixture
def pages(chromium: Browser, live_server) -> Iterator[tuple[Page, Page]]:
    opened = []
    for username in (ASKER, MODERATOR):
        page = new_page(chromium, live_server.url)
        log_in(page, demo_email(username), DEMO_PASSWORD)
        opened.append(page)
    yield opened[0], opened[1]
    for page in opened:
        page.context.close()


def connected(page: Page) -> None:
    expect(page.locator("#connection-status")).to_have_text("Ansluten")
    # Connected is not yet in the thread's room: that is when the join is answered.
    expect(page.locator("#thread[data-joined='1']")).to_have_count(1)


def post(page: Page, seq: int):
    return page.locator(f"#posts > li.post[data-seq='{seq}']")


def send(page: Page, text: str) -> None:
    page.locator("#composer-body").fill(text)
    page.locator("#composer-body").press("Enter")
    expect(page.locator("#posts > li.post").filter(has_text=text)).to_have_count(1)


def controls(item) -> list[str]:
    return [t.strip() for t in item.locator(".post-actions button:not(.reaction), "
                                            ".post-actions a").all_inner_texts()]


def test_live_posts_get_the_readers_controls(pages):
    asker, moderator = pages
    asker.goto("/s/allmant/new")
    asker.locator("#f-title").fill("Vem ansvarar för arbetsträningen?")
    asker.locator("#f-body").fill("Frågan gäller en deltagare i steg 2.")
    asker.locator("#f-question_org_id").select_option(index=1)
    asker.locator("main form button[type=submit]").click()
    asker.wait_for_url(re.compile(r"/t/\d+"))
    connected(asker)
    moderator.goto(asker.url)
    connected(moderator)

    # The asker's reply reaches the moderator with edit and delete; its author can mark it.
    send(asker, "Jag lägger till: hon är sjukskriven på halvtid.")
    expect(post(moderator, 2)).to_be_visible()
    assert controls(post(moderator, 2)) == ["Citera", "Redigera", "Ta bort", "Flagga",
                                            "Markera som svaret"]
    assert controls(post(asker, 2)) == ["Citera", "Redigera", "Ta bort", "Flagga",
                                        "Markera som svaret"]

    # The moderator's answer reaches the asker without edit or delete, but to be marked.
    send(moderator, "Det ligger på Arbetsförmedlingen enligt överenskommelsen.")
    expect(post(asker, 3)).to_be_visible()
    assert controls(post(asker, 3)) == ["Citera", "Flagga", "Markera som svaret"]

    # Marking it: the button goes from that post on the moderator's page, live.
    post(asker, 3).get_by_role("button", name="Markera som svaret").click()
    asker.wait_for_url(re.compile(r"/t/\d+"))
    expect(post(moderator, 3).locator(".tag.ok")).to_be_visible()
    expect(post(moderator, 3).get_by_role("button", name="Markera som svaret")).to_have_count(0)
    expect(post(moderator, 2).get_by_role("button", name="Markera som svaret")).to_have_count(1)

    # The asker deletes his reply: the moderator sees a tombstone with Restore, live.
    connected(asker)
    post(asker, 2).get_by_role("button", name="Ta bort").click()
    expect(post(moderator, 2).locator(".tombstone")).to_be_visible()
    assert controls(post(moderator, 2)) == ["Återställ"]
    expect(post(asker, 2).locator(".tombstone")).to_be_visible()
    assert controls(post(asker, 2)) == []

    # The delete was a form post: the asker's page loaded again and must be back in the room
    # before the restore, or it learns of it only on its next load (a change to an old post
    # is not part of the catch-up by sequence number).
    connected(asker)
    post(moderator, 2).get_by_role("button", name="Återställ").click()
    expect(post(asker, 2)).to_contain_text("sjukskriven på halvtid")
    expect(post(moderator, 2)).to_contain_text("sjukskriven på halvtid")
