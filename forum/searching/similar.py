"""Questions asked before: what a new question's title resembles, documented answers first.

Shown while someone types a new question's title (and used to put documented answers first in
search), so the same question asked again finds the statement its earlier answer became. The
search backends match every word of a query, which a whole question rarely does; so each
significant word of the title is searched on its own (a handful of searches, each through the
reader's access funnel) and the hits are ranked by how many words they share with the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forum.accounts.models import User
from forum.distil.queries import documented_statements
from forum.searching import service
from forum.wiki.search_docs import StatementFacts

MAX_WORDS = 6
MAX_TITLE = 200
_WORD = re.compile(r"[^\W\d_]{4,}")
# Words that say nothing about the topic (Swedish and English question words and fillers).
_QUIET = frozenset({
    "inte", "eller", "från", "till", "som", "och", "med", "för", "det", "den", "att", "kan",
    "ska", "vill", "hur", "vad", "när", "vem", "vilka", "vilken", "vilket", "finns", "någon",
    "något", "några", "man", "hon", "han", "hen", "vara", "blir", "blev", "har", "hade",
    "gäller", "göra", "gör", "får", "skall", "måste", "också", "efter", "innan", "under", "över",
    "mellan", "utan", "samma", "detta", "dessa", "denna", "sådan", "what", "when", "where",
    "which", "with", "from", "that", "this", "does", "there", "have", "will", "would", "could",
    "should", "about", "into", "your", "their", "them", "they", "than", "then",
})


@dataclass(frozen=True, slots=True)
class Similar:
    kind: str  # "statement" | "thread"
    title_html: str  # the search hit's highlighted title (escaped by the search layer)
    url: str
    documented: bool  # a statement that an answered question became
    shared: int  # how many of the title's words it holds
    facts: StatementFacts | None = None


def significant_words(title: str) -> list[str]:
    words = []
    for word in _WORD.findall((title or "")[:MAX_TITLE].lower()):
        if word not in _QUIET and word not in words:
            words.append(word)
    return sorted(words, key=len, reverse=True)[:MAX_WORDS]


def similar(reader: User, title: str, limit: int = 5) -> list[Similar]:
    """The statements and threads most like ``title`` that the reader may read."""
    found: dict[str, list] = {}
    facts: dict[str, StatementFacts] = {}
    for word in significant_words(title):
        outcome = service.search(reader, word, service.Filters(kinds={"statement", "thread"}),
                                 per_page=10)
        facts.update(outcome.statements)
        for hit in outcome.hits:
            found.setdefault(hit.doc_id, [hit, 0])[1] += 1
    if not found:
        return []
    documented = documented_statements(found)
    ranked = sorted(found.items(), key=lambda item: (
        item[0] not in documented, not item[0].startswith("statement:"), -item[1][1]))
    return [Similar(hit.kind, hit.title_html, hit.url, doc_id in documented, shared,
                    facts.get(doc_id)) for doc_id, (hit, shared) in ranked[:limit]]
