"""markdown-it extensions: @mentions, [[wikilinks]] and small output adjustments.

Mentions and wikilinks are inline rules, so markdown-it's own tokenizer decides
what is code, what is a link and what is escaped; nothing here touches HTML
with regular expressions. Parsing only records *what* is referenced. The
renderer rules read the resolved targets from the render ``env``, which lets
render.py resolve every reference in one batch between parsing and rendering.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from forum.text.citations import Citation, StatuteRegister
from forum.text.types import MentionTarget, PageTarget

MENTION = "mention"
WIKILINK = "wikilink"
CITATION = "citation"

# Keys of the render env, filled in by render.py after resolving.
ENV_MENTIONS = "forum_mention_targets"
ENV_PAGES = "forum_page_targets"
ENV_MISSING_HINT = "forum_missing_page_hint"
# Set by render.py before parsing: the statute register, and where the citations found go.
ENV_STATUTES = "forum_statute_register"
ENV_CITATIONS = "forum_citations"

_HANDLE_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}", re.IGNORECASE)
_HANDLE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
# A mention must not be glued to what precedes it: "anna@example.se" is an
# e-mail address and "example.se/@anna" a URL path. "_" and "*" stay allowed
# so that "_@anna_" (emphasis around a mention) still works.
_GLUE_BEFORE = frozenset(".%+-/@&=:\\")

MAX_TITLE_LENGTH = 200
# [[Title]], [[Title|shown text]], [[Title#s-42]] and [[Title#s-42|shown text]].
# Titles cannot hold "#" or "|", so anything else after "#" is not a wikilink.
_WIKILINK_RE = re.compile(
    r"\[\[(?P<title>[^\[\]\n|#]+)(?:#s-(?P<statement>\d{1,12}))?(?:\|(?P<label>[^\[\]\n]+))?\]\]"
)
_SPACES_RE = re.compile(r"\s+")


def normalize_title(title: str) -> str:
    """Collapse whitespace, so "[[Dag  90 ]]" and "[[Dag 90]]" mean the same page."""
    return _SPACES_RE.sub(" ", title).strip()


def _is_glued(char: str) -> bool:
    return char.isalnum() or char in _GLUE_BEFORE


def mention_rule(state: StateInline, silent: bool) -> bool:
    """Tokenize ``@handle``; code spans never reach here, backticks consume them first."""
    pos = state.pos
    src = state.src
    # Inside link text a mention would nest one <a> in another.
    if src[pos] != "@" or state.linkLevel > 0:
        return False
    if pos > 0 and _is_glued(src[pos - 1]):
        return False
    match = _HANDLE_RE.match(src, pos + 1, state.posMax)
    if match is None:
        return False
    after = match.end()
    # Longer than 40 characters, or the start of "a@b" style e-mail: not a handle.
    if after < state.posMax and (src[after] in _HANDLE_CHARS or src[after] == "@"):
        return False
    # Sentence punctuation and closing emphasis are not part of the handle:
    # "Tack @anna." mentions "anna", and "_@anna_" is emphasis around "@anna".
    handle = match.group().rstrip("._-")
    if len(handle) < 2:
        return False
    end = pos + 1 + len(handle)
    if not silent:
        token = state.push(MENTION, "", 0)
        token.content = src[pos:end]
        token.meta = {"handle": handle.lower()}
    state.pos = end
    return True


def wikilink_rule(state: StateInline, silent: bool) -> bool:
    """Tokenize ``[[Title#s-1|label]]``; runs before the link rule, which also starts at "["."""
    pos = state.pos
    if not state.src.startswith("[[", pos) or state.linkLevel > 0:
        return False
    match = _WIKILINK_RE.match(state.src, pos, state.posMax)
    if match is None:
        return False
    title = normalize_title(match["title"])
    if not title or len(title) > MAX_TITLE_LENGTH:
        return False
    if not silent:
        statement = match["statement"]
        label = normalize_title(match["label"] or "")
        token = state.push(WIKILINK, "", 0)
        token.content = match.group()
        token.meta = {
            "title": title,
            "label": label or title,
            "statement_id": int(statement) if statement else None,
        }
    state.pos = match.end()
    return True


def adjust_blocks(state: StateCore) -> None:
    """Shift headings down one level, use <del> for strikethrough, classes for alignment."""
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            # "#" becomes <h2>: the template's title is the page's only <h1>.
            token.tag = f"h{min(int(token.tag[1]) + 1, 6)}"
        elif token.type in ("th_open", "td_open"):
            _align_to_class(token)
        elif token.type == "inline" and token.children:
            for child in token.children:
                if child.type in ("s_open", "s_close"):
                    # <del> is what the allowlist and the diff view speak.
                    child.tag = "del"


def link_citations(state: StateCore) -> None:
    """Split text outside links and code into text and citation tokens ("27 kap. 2 § SFB").

    A core rule rather than an inline one: a citation spans words, spaces and punctuation
    that other inline rules stop at, and only whole text runs show it. Text inside a link
    (a Markdown link, a linkified URL) is left alone, so no <a> ends up inside another.
    """
    register: StatuteRegister | None = state.env.get(ENV_STATUTES)
    found: list[Citation] = state.env.setdefault(ENV_CITATIONS, [])
    if register is None or not register.statutes:
        return
    for token in state.tokens:
        if token.type == "inline" and token.children:
            token.children = list(_split_citations(token.children, register, found))


def _split_citations(children: list[Token], register: StatuteRegister,
                     found: list[Citation]) -> Iterator[Token]:
    depth = 0
    for child in children:
        if child.type == "link_open":
            depth += 1
        elif child.type == "link_close":
            depth -= 1
        if child.type != "text" or depth > 0 or not child.content:
            yield child
            continue
        text, at = child.content, 0
        for citation in register.find(text):
            if citation.start > at:
                yield _text_token(text[at:citation.start])
            token = Token(CITATION, "", 0)
            token.content = citation.text
            token.meta = {"citation": citation}
            yield token
            found.append(citation)
            at = citation.end
        yield child if at == 0 else _text_token(text[at:])


def _text_token(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _render_citation(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: Any, _env: dict[str, Any]
) -> str:
    return citation_link(tokens[idx].meta["citation"])


CITATION_USES_LABEL = "Var lagen citeras i forumet"


def citation_link(citation: Citation, uses_label: str = CITATION_USES_LABEL) -> str:
    """The link a citation becomes: the official text, the statute's name on hover and focus;
    then a small link to the forum's page for that law (where else it is cited)."""
    number = escapeHtml(citation.number)
    return (
        f'<a class="citation" href="{escapeHtml(citation.url)}"'
        f' title="{escapeHtml(citation.title)}" data-statute="{number}">'
        f"{escapeHtml(citation.text)}</a>"
        f'<a class="citation-uses" href="/laws/{number}" data-statute="{number}">'
        f'<span class="visually-hidden">{escapeHtml(uses_label)} </span>§</a>'
    )


def _align_to_class(token: Token) -> None:
    style = token.attrs.pop("style", None)
    if isinstance(style, str) and style.startswith("text-align:"):
        token.attrs["class"] = "align-" + style.removeprefix("text-align:")


def _render_mention(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: Any, env: dict[str, Any]
) -> str:
    token = tokens[idx]
    target: MentionTarget | None = env.get(ENV_MENTIONS, {}).get(token.meta["handle"])
    if target is None:
        return escapeHtml(token.content)
    handle = escapeHtml(target.handle)
    return (
        f'<a class="mention mention-{escapeHtml(target.kind)}" href="{escapeHtml(target.url)}"'
        f' data-mention="{handle}">@{handle}</a>'
    )


def _render_wikilink(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: Any, env: dict[str, Any]
) -> str:
    token = tokens[idx]
    target: PageTarget | None = env.get(ENV_PAGES, {}).get(token.meta["title"])
    if target is None:
        # Unresolved: keep the markup visible, as the author typed it.
        return escapeHtml(token.content)
    url = target.url
    if token.meta["statement_id"] is not None:
        url = f"{url}#s-{token.meta['statement_id']}"
    text = escapeHtml(token.meta["label"])
    if target.exists:
        return f'<a class="wikilink" href="{escapeHtml(url)}">{text}</a>'
    hint = escapeHtml(env.get(ENV_MISSING_HINT, ""))
    return (
        f'<a class="wikilink wikilink-missing" href="{escapeHtml(url)}" title="{hint}">{text}</a>'
    )


def use_forum_rules(md: MarkdownIt) -> None:
    """markdown-it plugin entry point: ``md.use(use_forum_rules)``."""
    md.inline.ruler.before("link", WIKILINK, wikilink_rule)
    md.inline.ruler.before("link", MENTION, mention_rule)
    md.core.ruler.push("forum_adjust_blocks", adjust_blocks)
    md.core.ruler.push("forum_citations", link_citations)
    md.add_render_rule(MENTION, _render_mention)
    md.add_render_rule(WIKILINK, _render_wikilink)
    md.add_render_rule(CITATION, _render_citation)
