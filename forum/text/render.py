"""Markdown source → sanitized HTML, plus the mentions and wikilinks it contains.

Pipeline: markdown-it (CommonMark, raw HTML off) tokenizes; the forum rules
mark @mentions and [[wikilinks]]; one batch call to the resolver looks them up;
markdown-it renders; nh3 reduces the result to the allowlist. The sanitizer runs
even though markdown-it already escapes raw HTML, so a bug in a plugin or in the
resolver's URLs cannot turn into stored XSS.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

from forum.text.markdown_rules import (
    ENV_CITATIONS,
    ENV_MENTIONS,
    ENV_MISSING_HINT,
    ENV_PAGES,
    ENV_STATUTES,
    MENTION,
    WIKILINK,
    citation_link,
    use_forum_rules,
)
from forum.text.sanitize import sanitize
from forum.text.types import LinkResolver, Mention, MentionTarget, PageTarget, Rendered, WikiLink

MISSING_PAGE_HINT = "Sidan finns inte ännu – klicka för att skapa den"

def _build_markdown() -> MarkdownIt:
    # linkify (linkify-it-py, a dependency) turns bare URLs into links.
    md = MarkdownIt("commonmark", {"html": False, "linkify": True})
    md.enable(["table", "strikethrough", "linkify"])
    # No images in posts: "![alt](url)" falls back to "!" plus an ordinary link.
    md.disable("image")
    md.use(use_forum_rules)
    return md


_MD = _build_markdown()
# linkify-it keeps per-call match state on the shared instance, so parsing is
# serialized. Rendering and the resolver's queries happen outside the lock.
_PARSE_LOCK = threading.Lock()


def render(
    source: str,
    resolver: LinkResolver | None = None,
    *,
    missing_page_hint: str = MISSING_PAGE_HINT,
) -> Rendered:
    """Render markdown ``source`` to the sanitized HTML that gets stored.

    Without a resolver, mentions and wikilinks stay plain text and are reported
    unresolved (handy for previews and tests). With one, ``mentions`` lists only
    the handles that resolved (they are who gets notified) and ``wikilinks``
    lists every link, missing pages included (they feed backlinks and "wanted pages").
    A resolver with a ``statute_register()`` also turns legal citations into links to the
    official text; ``citations`` lists them (they feed the page per law).
    ``missing_page_hint`` is the hover text on links to missing pages; pass a
    translated string from the web layer.
    """
    env: dict[str, Any] = {}
    # The register is needed while parsing: citations are found in the text runs.
    statutes = getattr(resolver, "statute_register", None)
    if statutes is not None:
        env[ENV_STATUTES] = statutes()
    with _PARSE_LOCK:
        tokens = _MD.parse(source, env)
    references = list(_references(tokens))
    handles = {t.meta["handle"] for t in references if t.type == MENTION}
    titles = {t.meta["title"] for t in references if t.type == WIKILINK}

    mention_targets: dict[str, MentionTarget] = {}
    page_targets: dict[str, PageTarget] = {}
    if resolver is not None:
        # Skip empty lookups: most posts mention nobody, and each call is a query.
        mention_targets = resolver.resolve_mentions(handles) if handles else {}
        page_targets = resolver.resolve_pages(titles) if titles else {}
    env[ENV_MENTIONS] = mention_targets
    env[ENV_PAGES] = page_targets
    env[ENV_MISSING_HINT] = missing_page_hint

    html = _MD.renderer.render(tokens, _MD.options, env)
    return Rendered(
        html=sanitize(html),
        mentions=_mentions(references, mention_targets, resolved_only=resolver is not None),
        wikilinks=_wikilinks(references, page_targets),
        citations=list(env.get(ENV_CITATIONS, ())),
    )


def render_citations(text: str, resolver: LinkResolver | None) -> Rendered:
    """A plain one-line text (a statement's source: "FINSAM (2003:1210) 5 §") as escaped HTML
    whose legal citations are links; no Markdown. Stored on write like any rendered text."""
    statutes = getattr(resolver, "statute_register", None)
    citations = statutes().find(text) if statutes is not None else []
    parts, at = [], 0
    for citation in citations:
        parts.append(escapeHtml(text[at:citation.start]))
        parts.append(citation_link(citation))
        at = citation.end
    parts.append(escapeHtml(text[at:]))
    return Rendered(html=sanitize("".join(parts)), citations=citations)


def _references(tokens: list[Token]) -> Iterator[Token]:
    """Mention and wikilink tokens in document order (they only occur inline)."""
    for token in tokens:
        for child in token.children or ():
            if child.type in (MENTION, WIKILINK):
                yield child


def _mentions(
    references: list[Token], targets: dict[str, MentionTarget], *, resolved_only: bool
) -> list[Mention]:
    found: dict[str, Mention] = {}
    for token in references:
        if token.type != MENTION:
            continue
        handle = token.meta["handle"]
        target = targets.get(handle)
        if handle in found or (target is None and resolved_only):
            continue
        if target is None:
            found[handle] = Mention(handle=handle)
        else:
            found[handle] = Mention(handle=target.handle, kind=target.kind, id=target.id)
    return list(found.values())


def _wikilinks(references: list[Token], targets: dict[str, PageTarget]) -> list[WikiLink]:
    found: dict[tuple[str, int | None], WikiLink] = {}
    for token in references:
        if token.type != WIKILINK:
            continue
        title, statement_id = token.meta["title"], token.meta["statement_id"]
        if (title, statement_id) in found:
            continue
        target = targets.get(title)
        found[(title, statement_id)] = WikiLink(
            title=title,
            page_id=target.id if target else None,
            statement_id=statement_id,
            exists=bool(target and target.exists),
        )
    return list(found.values())
