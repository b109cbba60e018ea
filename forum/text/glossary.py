"""Link the first use of each glossary term in rendered HTML to its explanation.

Runs on HTML that has already been through sanitize(), so the markup here is
well-formed and limited to the allowlist. The stdlib HTML parser walks it: tags
are copied through byte for byte, and only text nodes are searched, so a term
inside an attribute value or a tag name can never be matched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from html.parser import HTMLParser
from urllib.parse import quote

from forum.text.sanitize import LINK_REL

# Inside these, a glossary link would nest links, change code, or clutter headings.
_SKIP_TAGS = frozenset({"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})
# Simple Swedish inflections: arbetsförmåga-n, sjukpenning-en, -ar, -arna, -ens.
MAX_SUFFIX = 4


def annotate_terms(html: str, terms: Mapping[str, str]) -> str:
    """Wrap the first occurrence of each term (term → slug) in a glossary link.

    The output passes sanitize() unchanged: the link carries exactly the
    attributes the allowlist keeps, in the order nh3 writes them, and text is
    escaped the way nh3 escapes it.
    """
    if not terms or not html:
        return html
    pattern, slugs = _compile(tuple(sorted(terms.items())))
    annotator = _Annotator(pattern, slugs)
    annotator.feed(html)
    annotator.close()
    return "".join(annotator.out)


@lru_cache(maxsize=32)
def _compile(items: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation for all terms, longest first so longer terms win where they overlap."""
    slugs = {_key(term): slug for term, slug in items if _key(term)}
    ordered = sorted(slugs, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, key.split(" "))) for key in ordered)
    # \w is Unicode-aware, so å, ä and ö count as letters for the word edges.
    pattern = re.compile(rf"(?<!\w)(?P<term>{body})[^\W\d_]{{0,{MAX_SUFFIX}}}(?!\w)", re.IGNORECASE)
    return pattern, slugs


def _key(term: str) -> str:
    return " ".join(term.split()).lower()


class _Annotator(HTMLParser):
    def __init__(self, pattern: re.Pattern[str], slugs: dict[str, str]) -> None:
        # Character references are decoded so terms match "&amp;"-free text;
        # _escape_text() re-encodes exactly as nh3 does.
        super().__init__(convert_charrefs=True)
        self.pattern = pattern
        self.slugs = slugs
        self.used: set[str] = set()
        self.skip_depth = 0
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        self.out.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.skip_depth or len(self.used) == len(self.slugs):
            self.out.append(_escape_text(data))
            return
        self.out.append(self._link_terms(data))

    def _link_terms(self, text: str) -> str:
        parts: list[str] = []
        last = 0
        for match in self.pattern.finditer(text):
            key = _key(match["term"])
            # A repeated term still consumes its span, so a shorter term inside
            # a longer one ("arbetsförmåga" in "nedsatt arbetsförmåga") is not linked.
            if key in self.used:
                continue
            self.used.add(key)
            parts.append(_escape_text(text[last : match.start()]))
            parts.append(_link(self.slugs[key], match.group()))
            last = match.end()
        parts.append(_escape_text(text[last:]))
        return "".join(parts)


def _link(slug: str, text: str) -> str:
    safe_slug = quote(slug, safe="-_.~")
    return (
        f'<a class="glossary-term" href="/glossary/{safe_slug}" data-term="{safe_slug}"'
        f' rel="{LINK_REL}">{_escape_text(text)}</a>'
    )


def _escape_text(text: str) -> str:
    """Escape a text node like html5ever (nh3's serializer): &, <, > and no-break space."""
    return (
        text.replace("&", "&amp;")
        .replace("\u00a0", "&nbsp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )
