"""Live threads in a real browser: two people in two browser contexts against `forum serve`.

Posts arrive without reloading; a reader who was offline gets every post exactly once and in
order through join_thread's catch-up; one's own posts written offline wait as "pending" (also
across a reload) and are sent exactly once; Enter sends and Shift+Enter makes a new line; the
privacy check stops a personal identity number until the writer confirms; screen readers hear
about new posts; the notification badge follows mentions live.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from playwright.sync_api import Browser, Page, expect

from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page
from tests.realtime.helpers import demo_email

WRITER = "sara.malmberg"   # Sara Malmberg, FK Älvdalen
READER = "maja.karlsson"   # Maja Karlsson, VC Norrköp
TIMEOUT = 5000             # ms; every wait in this module is at most this
LIVE = 1000                # ms; "the other one sees it within a second"
_counter = itertools.count(1)
pytestmark = pytest.mark.browser


@dataclass
class Person:
    page: Page
    name: str

    @property
    def posts(self):
        return self.page.locator("#posts > li.post")

    @property
    def composer(self):
        return self.page.locator("#composer-body")

    @property
    def pending(self):
        return self.page.locator("#pending-posts > li")

    def open(self, path: str) -> None:
        self.page.goto(path)
        if path.startswith("/t/"):
            self.wait_connected()

    def wait_connected(self) -> None:
        expect(self.page.locator("#connection-status")).to_have_text("Ansluten",
                                                                      timeout=TIMEOUT)

    def send(self, text: str) -> None:
        """Type and press Enter; returns once the server has acknowledged the post."""
        self.composer.fill(text)
        self.composer.press("Enter")
        expect(self.posts.filter(has_text=text)).to_have_count(1, timeout=TIMEOUT)
        expect(self.pending).to_have_count(0, timeout=TIMEOUT)

    def go_offline(self) -> None:
        self.page.context.set_offline(True)
        # The browser may not notice at once that the WebSocket is gone; close it as a dropped
        # network would, so the client's own reconnect logic takes over.
        self.page.evaluate("window.forumSocket.connected && window.forumSocket.io.engine.close()")
        expect(self.page.locator("#connection-status")).to_have_text(
            re.compile("^Frånkopplad"), timeout=TIMEOUT)

    def go_online(self) -> None:
        self.page.context.set_offline(False)
        self.wait_connected()

    def server_posts(self, thread_id: int) -> list[dict]:
        response = self.page.request.get(f"/api/v1/threads/{thread_id}/posts?after=0")
        assert response.ok, response.text()
        return response.json()["posts"]


@pytest.fixture(scope="module")
def people(chromium: Browser, live_server) -> Iterator[tuple[Person, Person]]:
    pages = []
    for username in (WRITER, READER):
        page = new_page(chromium, live_server.url)
        log_in(page, demo_email(username), DEMO_PASSWORD)
        pages.append(page)
    writer = Person(pages[0], "Sara Malmberg")
    reader = Person(pages[1], "Maja Karlsson")
    yield writer, reader
    for page in pages:
        page.context.close()


@pytest.fixture
def pair(people) -> Iterator[tuple[Person, Person]]:
    yield people
    for person in people:
        person.page.context.set_offline(False)


def start_thread(person: Person, body: str = "Första inlägget.") -> int:
    """A fresh thread in Allmänt (readable by everyone), through the ordinary form."""
    page = person.page
    page.goto("/s/allmant/new")
    page.locator("#f-title").fill(f"Live-test {next(_counter)}")
    page.locator("#f-body").fill(body)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/t/\d+"))
    person.wait_connected()
    return int(re.search(r"/t/(\d+)", page.url).group(1))


def shown_seqs(person: Person) -> list[int]:
    return [int(s) for s in person.posts.evaluate_all("els => els.map(e => e.dataset.seq)")]


def identity_number() -> str:
    """A valid personnummer (Luhn check digit over the ten-digit form), 12-digit style."""
    digits = "850709" + "123"
    total = 0
    for index, char in enumerate(digits):
        product = int(char) * (2 - index % 2)
        total += product // 10 + product % 10
    return f"19{digits[:6]}-{digits[6:]}{-total % 10}"


def test_two_people_live_then_offline_catch_up(pair):
    writer, reader = pair
    thread_id = start_thread(writer)
    reader.open(f"/t/{thread_id}")

    # Live: the reader sees the writer's post within a second, without reloading.
    writer.send("Hej, syns det här direkt?")
    expect(reader.posts.filter(has_text="Hej, syns det här direkt?")).to_be_visible(timeout=LIVE)
    expect(reader.page.locator("#presence")).to_contain_text("Sara Malmberg")

    # Record which posts reach the reader live, and what it asks for when it comes back.
    reader.page.evaluate("""() => {
        window.liveSeqs = [];
        window.joins = [];
        window.forumSocket.onAny((event, data) => {
            if (event === "post_created") { window.liveSeqs.push(data.post.seq); }
        });
        window.forumSocket.onAnyOutgoing((event, data) => {
            if (event === "join_thread" || event === "catch_up") {
                window.joins.push([event, data.after_seq]);
            }
        });
    }""")

    reader.go_offline()
    offline_texts = [f"Medan du var borta, del {n}" for n in (1, 2, 3)]
    for text in offline_texts:
        writer.send(text)

    # The reader writes while offline: the post waits, visibly, and is not in the thread.
    own = "Jag skrev det här utan nät."
    reader.composer.fill(own)
    reader.composer.press("Enter")
    expect(reader.pending).to_have_count(1)
    expect(reader.pending.first).to_contain_text("Väntar…")
    expect(reader.pending.first).to_contain_text(own)
    expect(reader.composer).to_have_value("")
    expect(reader.posts.filter(has_text=own)).to_have_count(0)
    expect(reader.posts.filter(has_text=offline_texts[0])).to_have_count(0)

    reader.go_online()
    expected = ["Första inlägget.", "Hej, syns det här direkt?", *offline_texts, own]
    expect(reader.posts).to_have_count(len(expected), timeout=TIMEOUT)
    expect(reader.pending).to_have_count(0)
    for index, text in enumerate(expected):
        expect(reader.posts.nth(index)).to_contain_text(text)
    assert shown_seqs(reader) == list(range(1, len(expected) + 1))

    # The offline posts came in the answer to join_thread on reconnect: not as live events,
    # and not through a later gap-filling catch_up.
    assert reader.page.evaluate("window.joins") == [["join_thread", 2]]
    assert not set(reader.page.evaluate("window.liveSeqs")) & {3, 4, 5}

    # The writer gets the reader's post live, once; the server stored it once.
    expect(writer.posts.filter(has_text=own)).to_have_count(1, timeout=LIVE)
    assert shown_seqs(writer) == list(range(1, len(expected) + 1))
    stored = [p for p in writer.server_posts(thread_id) if own in p["html"]]
    assert len(stored) == 1


def test_pending_posts_survive_a_reload_and_are_sent_once(pair):
    writer, reader = pair
    thread_id = start_thread(writer)
    reader.open(f"/t/{thread_id}")

    writer.page.evaluate("window.forumSocket.disconnect()")
    expect(writer.page.locator("#connection-status")).to_have_text(re.compile("^Frånkopplad"))
    text = "Skrivet utan anslutning, skickat efter omladdning."
    writer.composer.fill(text)
    writer.composer.press("Enter")
    expect(writer.pending).to_have_count(1)
    saved = writer.page.evaluate("Object.keys(localStorage).filter(k => k.startsWith("
                                 "'forum:pending:'))")
    assert len(saved) == 1

    writer.page.reload()
    expect(writer.posts.filter(has_text=text)).to_have_count(1, timeout=TIMEOUT)
    expect(writer.pending).to_have_count(0)
    expect(reader.posts.filter(has_text=text)).to_have_count(1, timeout=TIMEOUT)
    assert writer.page.evaluate(f"localStorage.getItem('{saved[0]}')") is None

    # A retry of a post the server already has (its answer was lost) is not stored again.
    client_id = "retry-after-lost-ack-1"
    token = writer.page.locator("meta[name=csrf-token]").get_attribute("content")
    first = writer.page.request.post(f"/api/v1/threads/{thread_id}/posts",
                                     data={"body": "Svaret kom aldrig fram.",
                                           "client_id": client_id},
                                     headers={"X-CSRFToken": token})
    assert first.status == 201, first.text()
    writer.page.evaluate("""([key, clientId]) => localStorage.setItem(key, JSON.stringify([
        {client_id: clientId, body: "Svaret kom aldrig fram.", confirm_privacy: false}]))""",
                         [saved[0], client_id])
    writer.page.reload()
    writer.wait_connected()
    expect(writer.pending).to_have_count(0, timeout=TIMEOUT)
    expect(writer.posts.filter(has_text="Svaret kom aldrig fram.")).to_have_count(1)
    assert len(set(shown_seqs(writer))) == len(shown_seqs(writer)) == 3
    assert [p["client_id"] for p in writer.server_posts(thread_id)].count(client_id) == 1


def test_enter_sends_and_shift_enter_makes_a_new_line(pair):
    writer, reader = pair
    thread_id = start_thread(writer)
    reader.open(f"/t/{thread_id}")

    writer.composer.click()
    writer.composer.press_sequentially("Rad ett")
    writer.composer.press("Shift+Enter")
    writer.composer.press_sequentially("Rad två")
    expect(writer.composer).to_have_value("Rad ett\nRad två")
    expect(writer.posts).to_have_count(1)

    writer.composer.press("Enter")
    post = writer.posts.filter(has_text="Rad två")
    expect(post).to_have_count(1)
    expect(writer.composer).to_have_value("")
    # One post with a line break in it (Markdown keeps it as a soft break).
    assert "Rad ett\nRad två" in post.locator(".post-body").inner_html()
    assert post.locator("textarea.post-source").input_value() == "Rad ett\nRad två"
    expect(reader.posts.filter(has_text="Rad två")).to_be_visible(timeout=LIVE)
    expect(writer.posts).to_have_count(2)
    # The post drawn from the live template links to itself, not to a placeholder post.
    post_id = post.get_attribute("data-post-id")
    assert post_id and post_id != "0"
    expect(post.locator("a", has_text="Redigera")).to_have_attribute("href", f"/p/{post_id}/edit")
    assert post.locator("form.inline-form").first.get_attribute("action") == \
        f"/p/{post_id}/reactions"
    assert writer.page.locator("[href*='/p/0/'], form[action*='/p/0/']").count() == 0


def test_personal_identity_number_needs_confirmation(pair):
    writer, reader = pair
    thread_id = start_thread(writer)
    reader.open(f"/t/{thread_id}")
    number = identity_number()
    text = f"Gäller {number}, hur gör vi?"

    writer.composer.fill(text)
    writer.composer.press("Enter")
    warning = writer.page.locator("#composer #privacy-warning")
    expect(warning).to_be_visible()
    expect(warning).to_have_attribute("role", "alert")
    expect(warning).to_contain_text(number[:8] + "-****")
    expect(warning).not_to_contain_text(number)  # the number itself is never echoed
    expect(writer.composer).to_have_value(text)
    expect(writer.pending).to_have_count(0)
    expect(writer.posts).to_have_count(1)
    expect(reader.posts).to_have_count(1)
    assert len(writer.server_posts(thread_id)) == 1

    warning.locator("input[name=confirm_privacy]").check()
    writer.composer.press("Enter")
    expect(writer.posts.filter(has_text=number)).to_have_count(1, timeout=TIMEOUT)
    expect(warning).to_have_count(0)
    expect(reader.posts.filter(has_text=number)).to_be_visible(timeout=LIVE)
    assert len(writer.server_posts(thread_id)) == 2


def test_live_region_announces_a_new_post(pair):
    writer, reader = pair
    thread_id = start_thread(writer)
    reader.open(f"/t/{thread_id}")
    announcer = reader.page.locator("#live-announcer")
    expect(announcer).to_have_attribute("aria-live", "polite")
    focused = reader.page.evaluate("document.activeElement.tagName")

    writer.send("Något nytt att läsa.")
    expect(announcer).to_have_text("Ny post från Sara Malmberg", timeout=TIMEOUT)
    assert reader.page.evaluate("document.activeElement.tagName") == focused
    # One's own posts are not announced to oneself.
    expect(writer.page.locator("#live-announcer")).to_have_text("")


def test_mention_updates_the_notification_badge_live(pair):
    writer, reader = pair
    thread_id = start_thread(reader, "En tråd som Maja startar.")
    writer.open("/")
    badge = writer.page.locator("#notif-badge")
    before = int(badge.get_attribute("data-count"))
    row = writer.page.locator(f"li.thread-row[data-thread-id='{thread_id}']")
    expect(row).to_be_visible()

    reader.send(f"@{WRITER} kan du titta på det här?")
    expect(badge).to_have_text(str(before + 1), timeout=TIMEOUT)
    expect(badge).to_be_visible()
    # Read out once, from the toast's live region (not also from the badge's).
    toasts = writer.page.locator("#toasts[role=status]")
    expect(toasts).to_contain_text("Maja Karlsson nämnde dig")
    expect(writer.page.locator("#notif-live")).to_have_text("")
    # The thread list follows too: the row is first, and both posts are unread.
    expect(row.locator("[data-unread]")).to_have_text("2 nya")
    expect(writer.page.locator("[data-live-list] > li.thread-row").first).to_have_attribute(
        "data-thread-id", str(thread_id))


def test_a_new_thread_is_announced_above_the_list(pair):
    writer, reader = pair
    reader.open("/")
    expect(reader.page.locator("[data-new-threads] a")).to_have_count(0)
    reader.page.wait_for_function("() => window.forumSocket && window.forumSocket.connected",
                                  timeout=TIMEOUT)
    thread_id = start_thread(writer)
    notice = reader.page.locator("[data-new-threads] a")
    expect(notice).to_have_count(1, timeout=TIMEOUT)
    expect(notice).to_have_attribute("href", f"/t/{thread_id}")
    expect(reader.page.locator("[data-new-threads]")).to_have_attribute("aria-live", "polite")
    expect(reader.page.locator("[data-new-threads]")).to_contain_text("Sara Malmberg")
    # A list filtered to another space says nothing about it.
    other = reader.page.locator("#f-space option").evaluate_all(
        "(els, id) => els.map(e => e.value).filter(v => v)", None)
    allmant = reader.page.locator("#f-space option", has_text="Allmänt").get_attribute("value")
    elsewhere = next(v for v in other if v != allmant)
    reader.open(f"/?space={elsewhere}")
    reader.page.wait_for_function("() => window.forumSocket && window.forumSocket.connected",
                                  timeout=TIMEOUT)
    start_thread(writer)
    reader.page.wait_for_timeout(LIVE)
    expect(reader.page.locator("[data-new-threads] a")).to_have_count(0)
