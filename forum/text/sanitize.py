"""The one HTML allowlist of the application, and the sanitizer that enforces it.

Everything user-written passes through :func:`sanitize` before it is stored, so
this module is the security boundary for posts, comments and wiki pages. The
constants are public so the tests can run a second sanitizer (bleach) with the
very same policy.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import nh3

# Headings start at h2: the page template owns the single <h1> (the post or
# page title), and a valid outline matters to screen-reader users (WCAG 1.3.1,
# which Swedish public-sector sites must meet). The renderer therefore shifts
# markdown "#" down to <h2>, and an <h1> that sneaks in here loses its tag.
ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "code",
        "em",
        "strong",
        "del",
        "a",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
        "br",
        "span",
    }
)
# Deliberately absent: img (no images in posts: they leak readers' IP addresses
# to third parties and invite pasting screenshots of case files), and every
# attribute that can run script or style (on*, style, target, id).

# Attributes other than "class"; ammonia insists classes are filtered through
# ALLOWED_CLASSES only, and "rel" is forced through LINK_REL instead.
ALLOWED_ATTRIBUTES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        # title: hover text on missing wikilinks. data-*: hooks for the front
        # end (mention cards, glossary pop-ups); they never hold markup.
        "a": frozenset({"href", "title", "data-mention", "data-term", "data-statute"}),
        # Numbered lists that start at, say, 3 ("3. Tredje steget").
        "ol": frozenset({"start"}),
    }
)

MENTION_CLASSES: frozenset[str] = frozenset({"mention", "mention-user", "mention-org"})
WIKILINK_CLASSES: frozenset[str] = frozenset({"wikilink", "wikilink-missing"})
GLOSSARY_CLASSES: frozenset[str] = frozenset({"glossary-term"})
CITATION_CLASSES: frozenset[str] = frozenset({"citation", "citation-uses"})
# Table column alignment becomes a class rather than markdown-it's inline
# style="text-align:…", because a strict Content-Security-Policy blocks inline
# styles and "style" would otherwise have to be allowed and parsed.
ALIGN_CLASSES: frozenset[str] = frozenset({"align-left", "align-center", "align-right"})

ALLOWED_CLASSES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "a": MENTION_CLASSES | WIKILINK_CLASSES | GLOSSARY_CLASSES | CITATION_CLASSES,
        # visually-hidden: words for screen readers beside a symbol (a citation's "§" link).
        "span": MENTION_CLASSES | WIKILINK_CLASSES | GLOSSARY_CLASSES | {"visually-hidden"},
        "th": ALIGN_CLASSES,
        "td": ALIGN_CLASSES,
    }
)

ALLOWED_URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

# Added to every <a>, internal ones too: harmless there, and one rule is easier
# to reason about than a list of trusted hosts. No target attribute is allowed,
# so links open in the same tab and cannot reach back through window.opener.
LINK_REL = "nofollow noopener ugc"

# Built once: the Rust side pre-compiles the policy, and the object is immutable,
# so sharing it between threads and greenlets is safe.
_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    allowed_classes={tag: set(names) for tag, names in ALLOWED_CLASSES.items()},
    url_schemes=set(ALLOWED_URL_SCHEMES),
    link_rel=LINK_REL,
    strip_comments=True,
)


def sanitize(html: str) -> str:
    """Reduce ``html`` to the allowlist; the result is stable under a second pass."""
    return _CLEANER.clean(html)
