"""By keyboard and by eye: the skip link and the shortcuts reach the reply box and move between
posts, "?" lists the shortcuts, nothing focused hides under the composer (laptop and phone),
a mention shows a toast on any page, and reactions are drawn without an emoji font."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from forum.demo.loader import DEMO_PASSWORD
from tests.browser.axe_walk import check, prepare
from tests.browser.conftest import log_in, new_page
from tests.realtime.helpers import demo_email

WRITER = "sara.malmberg"   # Sara Malmberg, FK Älvdalen
READER = "maja.karlsson"   # Maja Karlsson, VC Norrköp
_counter = itertools.count(1)
EMOJI = re.compile("[\u2190-\u2bff\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]")


@pytest.fixture(scope="module")
def writer(chromium, live_server) -> Iterator[Page]:
    page = new_page(chromium, live_server.url)
    prepare(page)  # axe-core, for the states the page walk (test_axe.py) never opens
    log_in(page, demo_email(WRITER), DEMO_PASSWORD)
    yield page
    page.context.close()


def connected(page: Page) -> None:
    expect(page.locator("#connection-status")).to_have_text("Ansluten")


def thread_with_posts(page: Page, count: int, title: str = "Tangentbordstest") -> int:
    """A new thread in Allmänt with ``count`` posts, the first one included."""
    page.goto("/s/allmant/new")
    page.locator("#f-title").fill(f"{title} {next(_counter)}")
    page.locator("#f-body").fill("Första inlägget.")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/t/\d+"))
    connected(page)
    for n in range(2, count + 1):
        page.locator("#composer-body").fill(f"Inlägg nummer {n}.\n\nOch ett stycke till.")
        page.locator("#composer-body").press("Enter")
        expect(page.locator("#posts > li.post")).to_have_count(n)
    return int(re.search(r"/t/(\d+)", page.url).group(1))


def focused_id(page: Page) -> str:
    return page.evaluate("document.activeElement.id")


def test_skip_link_and_shortcuts_reach_the_reply_box(writer):
    thread_id = thread_with_posts(writer, 5)
    writer.goto(f"/t/{thread_id}")
    connected(writer)
    writer.keyboard.press("Tab")
    expect(writer.locator(":focus")).to_have_text("Hoppa till innehållet")
    writer.keyboard.press("Tab")
    skip = writer.locator(":focus")
    expect(skip).to_have_text("Hoppa till svar")
    writer.keyboard.press("Enter")
    assert focused_id(writer) == "composer-body"  # two Tabs and Enter, whatever the posts hold

    # Shortcuts: never while typing ...
    writer.keyboard.type("rjk/")
    expect(writer.locator("#composer-body")).to_have_value("rjk/")
    writer.locator("#composer-body").fill("")
    writer.locator("h1").click()
    # ... "r" goes to the reply box, "/" to search, j and k from post to post.
    writer.keyboard.press("r")
    assert focused_id(writer) == "composer-body"
    writer.locator("h1").click()
    writer.keyboard.press("/")
    assert focused_id(writer) == "site-search-q"
    writer.locator("h1").click()
    writer.keyboard.press("j")
    assert focused_id(writer) == "post-1"
    writer.keyboard.press("j")
    writer.keyboard.press("j")
    assert focused_id(writer) == "post-3"
    expect(writer.locator("#post-3")).to_be_in_viewport()
    writer.keyboard.press("k")
    assert focused_id(writer) == "post-2"
    writer.keyboard.press("Control+j")  # a modifier: the browser's, not ours
    assert focused_id(writer) == "post-2"

    # "?" lists them in a dialog; Esc closes it and the focus comes back.
    writer.keyboard.press("?")
    dialog = writer.get_by_role("dialog", name="Kortkommandon")
    expect(dialog).to_be_visible()
    expect(dialog.locator("dt")).to_have_text(["/", "r", "j", "k", "?"])
    expect(dialog).to_contain_text("Skriv ett svar (i en tråd)")
    assert check(writer, "member", "sv") == []
    writer.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert focused_id(writer) == "post-2"


def overlap_with_composer(page: Page) -> dict:
    """Where the focused element is against the composer and the window."""
    return page.evaluate("""() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      const c = document.getElementById("composer").getBoundingClientRect();
      return {id: el.id || el.className || el.tagName, top: r.top, bottom: r.bottom,
              composerTop: c.top, composerBottom: c.bottom, height: window.innerHeight,
              inComposer: document.getElementById("composer").contains(el)};
    }""")


@pytest.mark.parametrize("size", [{"width": 1280, "height": 720}, {"width": 390, "height": 844}],
                         ids=["laptop", "phone"])
def test_nothing_focused_hides_under_the_composer(writer, size):
    thread_id = thread_with_posts(writer, 8, "Lång tråd")
    writer.set_viewport_size(size)
    try:
        writer.goto(f"/t/{thread_id}")
        connected(writer)
        composer = writer.locator("#composer")
        box = composer.bounding_box()
        if size["width"] < 500:  # a phone: the composer does not eat the thread
            assert box["height"] < size["height"] * 0.3, box
        writer.locator("#post-1 .post-time").focus()
        checked = 0
        for _ in range(60):
            writer.keyboard.press("Tab")
            where = overlap_with_composer(writer)
            if where["inComposer"]:
                break
            writer.wait_for_timeout(50)  # the correction runs in the next frame
            where = overlap_with_composer(writer)
            covered = where["bottom"] > where["composerTop"] and where["top"] < where[
                "composerBottom"]
            assert not covered, f"focused {where} is under the composer"
            # Within the window; Chromium scrolls a focused element into view to whole pixels,
            # so a box at fractional coordinates may end a fraction of a pixel below.
            assert where["top"] >= -1 and where["bottom"] <= where["height"] + 1, where
            checked += 1
        assert checked > 20, "the walk should pass many controls before the composer"
        if size["width"] < 500:  # once used, it is there in full
            writer.locator("#composer-body").focus()
            expect(writer.locator("#composer-help")).to_be_visible()
    finally:
        writer.set_viewport_size({"width": 1280, "height": 720})


def test_reaction_buttons_need_no_emoji_font(writer):
    thread_id = thread_with_posts(writer, 1, "Reaktioner")
    writer.goto(f"/t/{thread_id}")
    buttons = writer.locator("#post-1 button.reaction")
    expect(buttons).to_have_count(5)
    names = []
    for index in range(5):
        button = buttons.nth(index)
        text = button.evaluate("b => b.textContent")
        assert not EMOJI.search(text), f"an emoji in a reaction button: {text!r}"
        expect(button.locator("svg")).to_have_count(1)
        names.append(button.evaluate("b => b.querySelector('.visually-hidden').textContent"))
        expect(button).to_have_accessible_name(names[-1])
    assert names == ["Håller med", "Uppskattar", "Tack", "Bra idé", "Tittar på det"]


def test_a_mention_shows_a_toast_on_any_page(chromium, live_server, writer):
    thread_id = thread_with_posts(writer, 1, "Toast")
    title = writer.locator("h1").inner_text()
    reader = new_page(chromium, live_server.url)
    prepare(reader)
    try:
        log_in(reader, demo_email(READER), DEMO_PASSWORD)
        reader.goto("/wiki")  # any page, not the thread
        expect(reader.locator("#toasts")).to_have_attribute("role", "status")
        reader.wait_for_function("() => window.forumSocket && window.forumSocket.connected")
        writer.goto(f"/t/{thread_id}")
        connected(writer)
        writer.locator("#composer-body").fill("@maja.karlsson kan du titta på det här?")
        writer.locator("#composer-body").press("Enter")
        toast = reader.locator("#toasts .toast")
        expect(toast).to_have_count(1)
        expect(toast.locator("p").first).to_have_text(f"Sara Malmberg nämnde dig: {title}")
        assert check(reader, "member", "sv") == []
        assert reader.evaluate("document.activeElement === document.body")  # focus stays
        expect(toast.get_by_role("link", name="Öppna")).to_have_attribute(
            "href", re.compile(rf"^/t/{thread_id}#post-2$"))
        close = toast.get_by_role("button", name="Stäng notisen")
        close.focus()  # reachable by keyboard; Enter dismisses
        reader.keyboard.press("Enter")
        expect(toast).to_have_count(0)
    finally:
        reader.context.close()
