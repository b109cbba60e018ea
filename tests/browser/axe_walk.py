"""Walk the demo's pages in a browser and run axe-core on each (tests/browser/test_axe.py).

The walk follows the links on every page it visits, one page per kind of address (numbers
and slugs in the path count as the same kind), so a new page type is checked as soon as
something links to it. A few pages only a form or a query reaches are named as seeds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

# Addresses that are no page to check: downloads, the JSON API, static files.
SKIP = re.compile(r"^/(static|api)/|\.(ics|csv|zip|json|md|txt|pdf)$|/export|/healthz$|/logout$")

RUN_AXE = """async () => {
  const result = await window.axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.slice(0, 5).map(n => n.target.join(" "))}));
}"""


@dataclass(frozen=True)
class Violation:
    page: str
    role: str
    language: str
    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        return (f"{self.rule} ({self.impact}) on {self.page} as {self.role} [{self.language}]: "
                f"{self.help} — {', '.join(self.targets)}")


def kind_of(path: str) -> str:
    """One key per kind of page: /t/12 and /t/40 are the same kind, so are /s/a and /s/b."""
    path = re.sub(r"/\d+(?=/|$)", "/N", path)
    path = re.sub(r"^/(s|laws|glossary)/(?!new$)[^/]+", r"/\1/X", path)
    return path


def prepare(page: Page) -> None:
    """Load axe-core into every document the page opens. As an init script it runs before the
    page's own scripts and the CSP (script-src 'self') stays as it is: an added <script> tag
    would be refused."""
    page.context.add_init_script(path=str(AXE))


def check(page: Page, role: str, language: str) -> list[Violation]:
    found = page.evaluate(RUN_AXE)
    where = urlsplit(page.url)
    address = where.path + (f"?{where.query}" if where.query else "")
    return [Violation(address, role, language, v["id"], v["impact"], v["help"],
                      tuple(v["targets"])) for v in found]


def links_on(page: Page, origin: str) -> list[str]:
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    found = []
    for href in hrefs:
        parts = urlsplit(href)
        if f"{parts.scheme}://{parts.netloc}" != origin or SKIP.search(parts.path):
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


# Kinds of page every role sees in Swedish (what a role may do changes them); any other kind,
# and every kind in English, is checked once per language by the first role that reaches it.
EVERY_ROLE = {"/", "/t/N", "/wiki/N", "/pbl/g/N", "/pbl/s/N", "/admin/"}


def walk(page: Page, origin: str, seeds: list[str], role: str, language: str,
         shared: set[str]) -> tuple[list[Violation], list[str]]:
    """Visit each seed and every kind of page linked from what is visited, and return what
    axe found and the addresses visited. ``shared`` holds the kinds already checked in this
    language by another role."""
    mine: set[str] = set()
    queue = list(seeds)
    forced = set(seeds)
    violations: list[Violation] = []
    addresses: list[str] = []

    def due(kind: str) -> bool:
        return kind not in mine and ((language == "sv" and kind in EVERY_ROLE)
                                     or kind not in shared)

    while queue:
        address = queue.pop(0)
        kind = kind_of(urlsplit(address).path)
        if address in forced:
            forced.discard(address)
            if address in shared and not due(kind):
                continue  # a seed is checked once per language, unless every role sees it
        elif not due(kind):
            continue
        mine.add(kind)
        shared.update((kind, address))
        try:
            response = page.goto(address)
        except PlaywrightError as exc:
            if "Download is starting" in str(exc):
                continue  # a file, not a page
            raise
        if response is None or "text/html" not in (response.headers.get("content-type") or ""):
            continue
        addresses.append(address)
        page.wait_for_load_state("load")
        violations += check(page, role, language)
        queue += [link for link in links_on(page, origin) if due(kind_of(urlsplit(link).path))]
    return violations, addresses
