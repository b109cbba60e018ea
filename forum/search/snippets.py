"""Safe HTML for snippets and titles, shared by both backends.

Rule: document text only ever reaches the output through ``html.escape``;
the only markup we add ourselves is ``<mark>`` and ``</mark>``.
"""

from __future__ import annotations

import html
import re

SNIPPET_CHARS = 200
ELLIPSIS = "…"
MARK_OPEN = "<mark>"
MARK_CLOSE = "</mark>"
_WORD_RE = re.compile(r"\w")


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def render_marked(text: str, spans: list[tuple[int, int]]) -> str:
    """Escape ``text`` and wrap each (start, end) span in <mark>."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos or end <= start:
            continue  # overlapping or empty span: already covered
        out.append(escape(text[pos:start]))
        out.append(MARK_OPEN + escape(text[start:end]) + MARK_CLOSE)
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def parse_sentinels(marked: str, open_char: str, close_char: str) -> tuple[str, list[bool]]:
    """Strip highlight sentinels; return the text and a per-character flag.

    Tolerates nested and unbalanced sentinels, which two chained ts_headline
    calls can produce (a word marked by both configurations, or an opening
    sentinel that the second call dropped together with leading blanks).
    """
    chars: list[str] = []
    flags: list[bool] = []
    depth = 0
    for char in marked:
        if char == open_char:
            depth += 1
        elif char == close_char:
            depth = max(0, depth - 1)
        else:
            chars.append(char)
            flags.append(depth > 0)
    return "".join(chars), flags


def flags_to_spans(flags: list[bool], offset: int = 0) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            spans.append((start + offset, index + offset))
            start = None
    return spans


def expand_to_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Grow spans to whole words of ``text`` (a mark must not stop mid-word,
    e.g. when a pre-processing step hid the last letter from the database)."""
    grown = []
    for start, end in spans:
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        grown.append((start, end))
    return grown


def widen_to_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Fragmenters cut at word boundaries; if only punctuation lies between a
    fragment and the start/end of the text, include it (e.g. a leading "<")."""
    if not _WORD_RE.search(text, 0, start):
        start = 0
    if not _WORD_RE.search(text, end):
        end = len(text)
    return start, end


def with_ellipses(fragment_html: str, text: str, start: int, end: int) -> str:
    """Add "…" on the sides where ``text[start:end]`` leaves out words."""
    before = ELLIPSIS if _WORD_RE.search(text, 0, start) else ""
    after = ELLIPSIS if _WORD_RE.search(text, end) else ""
    return before + fragment_html.strip() + after


def plain_snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """Escaped start of ``text``, cut at a word boundary — used when nothing in
    the body matched (e.g. a title-only match or a filter-only listing)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return escape(text)
    cut = text.rfind(" ", 0, limit)
    if cut < limit // 2:
        cut = limit
    return escape(text[:cut].rstrip()) + ELLIPSIS
