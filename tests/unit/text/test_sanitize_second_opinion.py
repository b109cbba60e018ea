"""A second sanitizer (bleach, html5lib-based) reviews nh3's output under the same allowlist.

Two independent HTML parsers disagreeing about a fragment is exactly where
mutation XSS hides, so the test asserts that bleach finds nothing to remove
from what we store, and nothing dangerous in it either.
"""

from __future__ import annotations

from html.parser import HTMLParser

import bleach
import pytest

from forum.text import render, sanitize
from forum.text.sanitize import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_CLASSES,
    ALLOWED_TAGS,
    ALLOWED_URL_SCHEMES,
)
from tests.unit.text.conftest import FakeResolver
from tests.unit.text.xss_corpus import SAFE_SOURCES, XSS_SOURCES, html_problems

Event = tuple[str, str, tuple[tuple[str, str | None], ...]]


def bleach_attribute_allowed(tag: str, name: str, value: str) -> bool:
    """The allowlist in bleach's terms. bleach cannot filter single classes, so a class
    attribute passes only if every class in it is allowed; "rel" is the one nh3 adds."""
    if name == "class":
        return set(value.split()) <= ALLOWED_CLASSES.get(tag, frozenset())
    if name == "rel":
        return tag == "a"
    return name in ALLOWED_ATTRIBUTES.get(tag, frozenset())


def bleach_clean(html: str) -> str:
    return bleach.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=bleach_attribute_allowed,
        protocols=ALLOWED_URL_SCHEMES,
        strip=True,
        strip_comments=True,
    )


class _Events(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[Event] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag, tuple(sorted(attrs))))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag, ()))

    def handle_data(self, data: str) -> None:
        self.events.append(("text", data, ()))


def events(html: str) -> list[Event]:
    """The fragment as parse events, so serialization details (quotes, attribute order,
    entity spelling) do not count as disagreement."""
    parser = _Events()
    parser.feed(html)
    parser.close()
    return parser.events


def stored_versions(source: str) -> list[str]:
    """What could end up in the database for ``source``: rendered with and without a
    resolver, and the raw text pushed straight through the sanitizer."""
    return [render(source).html, render(source, FakeResolver()).html, sanitize(source)]


@pytest.mark.parametrize("source", XSS_SOURCES)
def test_bleach_finds_nothing_dangerous_in_nh3_output(source: str) -> None:
    for html in stored_versions(source):
        reviewed = bleach_clean(html)
        # html_problems checks every attribute against the allowlist, so on* handlers,
        # style, and script URLs are all reported.
        assert html_problems(reviewed) == []


@pytest.mark.parametrize("source", XSS_SOURCES + SAFE_SOURCES)
def test_bleach_would_not_remove_anything_nh3_kept(source: str) -> None:
    for html in stored_versions(source):
        assert events(bleach_clean(html)) == events(html)


@pytest.mark.parametrize("source", XSS_SOURCES)
def test_both_sanitizers_neutralise_raw_attacks(source: str) -> None:
    assert html_problems(bleach_clean(source)) == []
    assert html_problems(sanitize(source)) == []


@pytest.mark.parametrize("source", SAFE_SOURCES)
def test_safe_markdown_survives_both(source: str) -> None:
    html = render(source).html
    assert html.strip(), "safe input must not render to nothing"
    assert html_problems(html) == []
    assert events(bleach_clean(html)) == events(html)


def test_policy_constants_are_consistent() -> None:
    assert set(ALLOWED_ATTRIBUTES) <= ALLOWED_TAGS
    assert set(ALLOWED_CLASSES) <= ALLOWED_TAGS
    assert "img" not in ALLOWED_TAGS and "h1" not in ALLOWED_TAGS
    assert all(
        "class" not in names and "style" not in names for names in ALLOWED_ATTRIBUTES.values()
    )
    assert {"http", "https", "mailto"} == ALLOWED_URL_SCHEMES
