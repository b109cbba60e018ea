"""A resolver double for the rendering tests: a tiny in-memory directory and wiki."""

from __future__ import annotations

import pytest

from forum.text import MentionTarget, PageTarget


class FakeResolver:
    """Knows users anna and bertil.b, the organisation fk, and the page "Dag 90"."""

    def __init__(self) -> None:
        self.mention_calls: list[set[str]] = []
        self.page_calls: list[set[str]] = []
        self.targets = {
            "anna": MentionTarget("user", 1, "anna", "Anna Andersson", "/u/anna"),
            "bertil.b": MentionTarget("user", 2, "bertil.b", "Bertil B", "/u/bertil.b"),
            "fk": MentionTarget("org", 7, "fk", "Försäkringskassan", "/org/fk"),
        }
        self.pages = {"Dag 90": 90}

    def resolve_mentions(self, handles: set[str]) -> dict[str, MentionTarget]:
        self.mention_calls.append(set(handles))
        return {h: self.targets[h] for h in handles if h in self.targets}

    def resolve_pages(self, titles: set[str]) -> dict[str, PageTarget]:
        self.page_calls.append(set(titles))
        result = {}
        for title in titles:
            slug = title.replace(" ", "_")
            if title in self.pages:
                result[title] = PageTarget(self.pages[title], title, f"/wiki/{slug}", True)
            else:
                result[title] = PageTarget(None, title, f"/wiki/new?title={slug}", False)
        return result


@pytest.fixture
def resolver() -> FakeResolver:
    return FakeResolver()
