"""From dialogue to knowledge in a real browser: an answered question is documented as a
statement on the answering organization's boundary page, and both sides link to each other."""

from __future__ import annotations

from playwright.sync_api import expect

from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page
from tests.polling import wait_until

QUESTION = "Vem på Arbetsförmedlingen tar emot när någon lämnar sjukförsäkringen?"


def test_answer_document_statement_and_both_links(chromium, live_server):
    page = new_page(chromium, live_server.url)
    log_in(page, "mikael.astrom@af.example", DEMO_PASSWORD)  # an editor of the answering org
    page.goto("/s/rehabiliteringskedjan")
    page.get_by_role("link", name=QUESTION).click()
    page.get_by_role("link", name="Dokumentera detta").click()
    expect(page.get_by_role("heading", name="Dokumentera tråden")).to_be_visible()
    expect(page.locator(".distil-posts input[type=checkbox]:checked")).to_have_count(1)
    page.locator("input[name=target][value^='page:']").first.check()
    page.get_by_role("button", name="Öppna redigeraren").click()
    expect(page.locator("#distil-note")).to_be_visible()
    # The new statement is the filled row numbered after every existing one (blank rows for
    # more statements come after it).
    rows = page.locator("textarea[name^='st-'][name$='-text']")
    filled = [(int(rows.nth(i).get_attribute("name").split("-")[1]), i)
              for i in range(rows.count()) if rows.nth(i).input_value().strip()]
    statement = rows.nth(max(filled)[1])
    text = statement.input_value()
    assert len(text) > 40, "the chosen post's text is in the new statement"
    # The editor shapes the answer into a statement before saving.
    statement.fill("Vi tar emot den som lämnar sjukförsäkringen via en namngiven kontakt "
                   "på det lokala kontoret. " + text[:200])
    page.get_by_role("button", name="Spara").click()
    origin = page.locator(".statement-origin").filter(has_text="Kom från frågan").first
    expect(origin).to_be_visible()
    expect(origin.get_by_role("link", name=QUESTION)).to_be_visible()
    origin.get_by_role("link", name=QUESTION).click()
    documented = page.locator(".documented-in")
    expect(documented).to_contain_text("Dokumenterad i")
    documented.get_by_role("link").first.click()
    page.wait_for_url("**/wiki/*#s-*")
    fragment = page.url.split("#", 1)[1]
    expect(page.locator(f"[id='{fragment}']")).to_contain_text("namngiven kontakt")


def test_a_new_question_meets_the_answer_documented_before(chromium, live_server):
    # Document the question first, then ask it again in other words.
    test_answer_document_statement_and_both_links(chromium, live_server)
    page = new_page(chromium, live_server.url)
    log_in(page, "sara.malmberg@fk.example", DEMO_PASSWORD)
    title = "Vem tar emot den som lämnar sjukförsäkringen?"

    def indexed() -> bool:
        # The statement reaches the search index through the indexer child, which on a busy
        # machine takes seconds: the hint is what is tested here, not the indexer's speed.
        found = page.request.get("/api/v1/similar", params={"title": title})
        return found.ok and any(item["documented"] for item in found.json()["items"])

    assert wait_until(indexed, 90), "the documented statement never reached the search index"
    page.goto("/s/rehabiliteringskedjan/new")
    page.locator("#f-title").fill(title)
    hint = page.locator("#similar-questions")
    expect(hint).to_be_visible()
    expect(hint.locator("li").first).to_contain_text("Dokumenterat svar")
