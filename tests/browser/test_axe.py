"""axe-core finds nothing, of any impact, on any kind of page of the demo: logged out and as a
member, a coordinator, a tutor, an observer and the admin, in Swedish and in English.

axe-core comes from node_modules (package.json pins it; `make install` runs `npm ci`). The
walk (tests/browser/axe_walk.py) follows links, so a new page type is checked as soon as a
page links to it; pages only reached some other way are seeds here."""

from __future__ import annotations

from urllib.parse import urlsplit

from forum.demo.content.users import USERS
from forum.demo.loader import DEMO_PASSWORD
from tests.browser.axe_walk import AXE, Violation, kind_of, prepare, walk
from tests.browser.conftest import log_in

# The admin first: the admin reaches the most kinds of page (forms, admin pages); the others
# then see their own versions of the pages every role sees (tests/browser/axe_walk.py) and
# what only they reach (the tutor's PBL session, the 403 page on /admin/).
ROLES = [("admin", "admin"), ("coordinator", "helena.sjoberg"), ("tutor", "eva.nordin"),
         ("member", "maja.karlsson"), ("observer", "fiona.macleary")]
PUBLIC = ["/login", "/password/forgot", "/invitation/no-such-token",
          "/password/reset/no-such-token", "/no-such-page"]


def email_of(username: str) -> str:
    return next(u["email"] for u in USERS if u["username"] == username)


def links_to(page, address: str, selector: str) -> list[str]:
    """The first link ``selector`` finds on ``address``, if any (what a role sees differs)."""
    page.goto(address)
    found = page.locator(selector)
    return [found.first.get_attribute("href")] if found.count() else []


def use_language(page, language: str) -> None:
    """Pick the language with the header's switch unless the page is in it already."""
    if page.locator("html").get_attribute("lang") != language:
        page.get_by_role("button", name={"sv": "Svenska", "en": "English"}[language]).click()
        page.wait_for_selector(f"html[lang={language}]")


def test_no_axe_violation_on_any_page(chromium, live_server):
    assert AXE.is_file(), "node_modules/axe-core is missing: run `make install`"
    violations: list[Violation] = []
    visited: dict[tuple[str, str], list[str]] = {}
    shared: dict[str, set[str]] = {"sv": set(), "en": set()}

    for language, locale in (("sv", "sv-SE"), ("en", "en-GB")):
        context = chromium.new_context(base_url=live_server.url, locale=locale)
        context.set_default_timeout(10_000)
        page = context.new_page()
        prepare(page)
        page.goto("/login")
        use_language(page, language)
        found, addresses = walk(page, live_server.url, PUBLIC, "logged out", language,
                                shared[language])
        violations += found
        visited["logged out", language] = addresses
        context.close()

    for role, username in ROLES:
        context = chromium.new_context(base_url=live_server.url, locale="sv-SE")
        context.set_default_timeout(10_000)
        page = context.new_page()
        prepare(page)
        log_in(page, email_of(username), DEMO_PASSWORD)
        # Pages no link of their kind leads to first: a question, a boundary page, results,
        # a page that is not there and (for most) one that is not theirs.
        seeds = ["/", "/search?q=arbetsf%C3%B6rm%C3%A5ga", "/search?q=zzzqqq", "/t/999999",
                 "/admin/", "/notifications", "/settings", "/pbl/",
                 *links_to(page, "/questions", "main a[href^='/t/']"),
                 *links_to(page, "/wiki", ".boundary-tiles a")]
        for language in ("sv", "en"):
            page.goto("/settings")
            use_language(page, language)
            if language == "en":  # in English: what this role reached that no one checked
                seeds = [a for a in visited[role, "sv"]
                         if kind_of(urlsplit(a).path) not in shared["en"]]
            found, addresses = walk(page, live_server.url, seeds, role, language,
                                    shared[language])
            violations += found
            visited[role, language] = addresses
        context.close()

    for who, addresses in visited.items():
        print(who, len(addresses), "pages")
    kinds = shared["sv"] | shared["en"]
    # The walk reached every kind of page the issue names (a guard against a walk that
    # silently stops at the home page).
    missing = [kind for kind in (
        "/t/N", "/s/X", "/s/X/new", "/search", "/wiki/N", "/glossary", "/wiki/matrix", "/laws",
        "/wiki/reviews", "/pbl/g/N", "/pbl/s/N", "/notifications", "/people", "/people/N",
        "/settings", "/admin/", "/admin/users", "/login", "/moderation") if kind not in kinds]
    report = "\n".join(str(v) for v in violations)
    assert not violations and not missing, (
        f"{len(violations)} axe violations:\n{report}\nkinds never reached: {missing}")
