"""Safe HTML for snippets and titles, shared by both backends.

Rule: document text only ever reaches the output through ``html.escape``;
the only markup we add ourselves is ``<mark>`` and ``</mark>``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

SNIPPET_CHARS = 200
ELLIPSIS = "…"
MARK_OPEN = "<mark>"
MARK_CLOSE = "</mark>"
_WORD_RE = re.compile(r"\w")
_TOKEN_RE = re.compile(r"\w+")  # the analyzers' word definition (forum.search.analysis)
#: Context kept before the first and after the last mark of a snippet.
SURROUND_CHARS = SNIPPET_CHARS // 3


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


def mark_words(text: str, is_match: Callable[[str], bool], *, whole: bool) -> str | None:
    """``text`` (all of it, or the best ~SNIPPET_CHARS window) with every word for which
    ``is_match`` holds in <mark>; None if no word matches.

    The best window is the one holding the most matched words, the earliest of equals. One
    C-level regex pass and a cached test per word: Whoosh's highlighter made a Token object
    per word and took most of a search's time at 20 hits a page.
    """
    spans = [m.span() for m in _TOKEN_RE.finditer(text) if is_match(m.group())]
    if not spans:
        return None
    if whole:
        return render_marked(text, spans)
    start, end, inside = _best_window(text, spans)
    start, end = widen_to_edges(text, start, end)
    marked = render_marked(text[start:end], [(a - start, b - start) for a, b in inside])
    return with_ellipses(marked, text, start, end)


def _best_window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int, list]:
    reach = SNIPPET_CHARS - 2 * SURROUND_CHARS
    best, best_count = 0, 0
    for i, (first, _end) in enumerate(spans):
        count = sum(1 for a, b in spans[i:] if b - first <= reach)
        if count > best_count:
            best, best_count = i, count
    inside = [(a, b) for a, b in spans[best:] if b - spans[best][0] <= reach]
    start = _word_start_after(text, max(0, inside[0][0] - SURROUND_CHARS), inside[0][0])
    end = _word_end_before(text, min(len(text), inside[-1][1] + SURROUND_CHARS), inside[-1][1])
    return start, end, inside


def _word_start_after(text: str, position: int, limit: int) -> int:
    """``position`` moved forward out of a word it cuts (never past ``limit``)."""
    while 0 < position < limit and text[position - 1].isalnum():
        position += 1
    return position


def _word_end_before(text: str, position: int, limit: int) -> int:
    """The end of the last whole word at or before ``position`` (never before ``limit``)."""
    if position >= len(text) or not text[position].isalnum():
        return position
    while position > limit and text[position - 1].isalnum():
        position -= 1
    return max(position, limit)
