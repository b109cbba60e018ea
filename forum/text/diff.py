"""Word-level differences between two versions of a text, as escaped HTML.

difflib.SequenceMatcher alone is quadratic on word tokens: the space token and
words like "och" and "att" occur hundreds of times, and two 20 KB texts took
about four seconds. So the sequences are first split on anchors the way
patience diff does (tokens that occur exactly once on each side, kept in
order), and SequenceMatcher only ever sees the small gaps between anchors. A
gap that is still too large is reported as replaced wholesale, which is what
a reader wants to see for an unrelated rewrite anyway.
"""

from __future__ import annotations

import difflib
import html
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

# Words, runs of whitespace (newlines kept verbatim), and single punctuation marks.
_TOKEN_RE = re.compile(r"\w+|\s+|[^\w\s]")
# Above this many token pairs a gap skips SequenceMatcher (see module docstring).
_MAX_GAP_PAIRS = 40_000

Opcode = tuple[str, int, int, int, int]  # same shape as SequenceMatcher.get_opcodes()


def word_diff(old: str, new: str) -> str:
    """``new`` as escaped HTML, with removed text in <del> and added text in <ins>.

    Whitespace and newlines are kept as they are, so the result belongs in an
    element styled ``white-space: pre-wrap``; the wrapping
    ``<div class="word-diff">`` is the hook for that rule.
    """
    a, b = _tokens(old), _tokens(new)
    parts: list[str] = []
    for segment in _fold_whitespace(_segments(a, b)):
        if not segment.changed:
            parts.append(html.escape(segment.new, quote=False))
            continue
        if segment.old:
            parts.append(f"<del>{html.escape(segment.old, quote=False)}</del>")
        if segment.new:
            parts.append(f"<ins>{html.escape(segment.new, quote=False)}</ins>")
    return '<div class="word-diff">' + "".join(parts) + "</div>"


def diff_stats(old: str, new: str) -> tuple[int, int]:
    """(added_words, removed_words); whitespace and punctuation do not count as words."""
    a, b = _tokens(old), _tokens(new)
    added = removed = 0
    for tag, i1, i2, j1, j2 in _opcodes(a, b):
        if tag in ("insert", "replace"):
            added += _count_words(b[j1:j2])
        if tag in ("delete", "replace"):
            removed += _count_words(a[i1:i2])
    return added, removed


def _tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def _count_words(tokens: list[str]) -> int:
    return sum(1 for token in tokens if token[0].isalnum() or token[0] == "_")


def _opcodes(a: list[str], b: list[str]) -> list[Opcode]:
    """Opcodes covering both sequences in order, without recursion (long texts nest deep)."""
    out: list[Opcode] = []
    # A stack of ranges still to compare; "=" entries are anchors already matched.
    stack: list[tuple[str, int, int, int, int]] = [("?", 0, len(a), 0, len(b))]
    while stack:
        kind, alo, ahi, blo, bhi = stack.pop()
        if kind != "?":
            out.append(("equal" if kind == "=" else kind, alo, ahi, blo, bhi))
            continue
        # Common prefix and suffix are cheap and cover most edits on their own.
        start = 0
        while alo + start < ahi and blo + start < bhi and a[alo + start] == b[blo + start]:
            start += 1
        end = 0
        while (
            ahi - end > alo + start
            and bhi - end > blo + start
            and a[ahi - end - 1] == b[bhi - end - 1]
        ):
            end += 1
        tail = ("=", ahi - end, ahi, bhi - end, bhi) if end else None
        if tail:
            stack.append(tail)
        stack.extend(
            reversed(list(_split_gap(a, alo + start, ahi - end, b, blo + start, bhi - end)))
        )
        if start:
            stack.append(("=", alo, alo + start, blo, blo + start))
    return _merge(out)


def _split_gap(
    a: list[str], alo: int, ahi: int, b: list[str], blo: int, bhi: int
) -> Iterator[tuple[str, int, int, int, int]]:
    """Yield sub-ranges to compare ("?"), anchors ("="), or final opcodes for small gaps."""
    if alo == ahi and blo == bhi:
        return
    if alo == ahi or blo == bhi:
        yield ("insert" if alo == ahi else "delete", alo, ahi, blo, bhi)
        return
    anchors = _anchors(a, alo, ahi, b, blo, bhi)
    if not anchors:
        yield from _small_gap(a, alo, ahi, b, blo, bhi)
        return
    i, j = alo, blo
    for ai, bj in anchors:
        yield ("?", i, ai, j, bj)
        yield ("=", ai, ai + 1, bj, bj + 1)
        i, j = ai + 1, bj + 1
    yield ("?", i, ahi, j, bhi)


def _anchors(
    a: list[str], alo: int, ahi: int, b: list[str], blo: int, bhi: int
) -> list[tuple[int, int]]:
    """Tokens unique on both sides, as (a index, b index), longest run increasing in both."""
    count_a = Counter(a[alo:ahi])
    count_b = Counter(b[blo:bhi])
    where_b = {b[j]: j for j in range(blo, bhi) if count_b[b[j]] == 1}
    pairs = [(i, where_b[a[i]]) for i in range(alo, ahi) if count_a[a[i]] == 1 and a[i] in where_b]
    return _longest_increasing(pairs)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Patience sorting: the longest subsequence of ``pairs`` increasing in the b index."""
    tails: list[int] = []  # b index ending the best run of each length
    tail_at: list[int] = []  # index into pairs of that run's last pair
    previous: list[int] = [-1] * len(pairs)
    for n, (_, bj) in enumerate(pairs):
        k = bisect_left(tails, bj)
        if k == len(tails):
            tails.append(bj)
            tail_at.append(n)
        else:
            tails[k] = bj
            tail_at[k] = n
        previous[n] = tail_at[k - 1] if k else -1
    run: list[tuple[int, int]] = []
    n = tail_at[-1] if tail_at else -1
    while n != -1:
        run.append(pairs[n])
        n = previous[n]
    return run[::-1]


def _small_gap(
    a: list[str], alo: int, ahi: int, b: list[str], blo: int, bhi: int
) -> Iterator[tuple[str, int, int, int, int]]:
    if (ahi - alo) * (bhi - blo) > _MAX_GAP_PAIRS:
        yield ("replace", alo, ahi, blo, bhi)
        return
    matcher = difflib.SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        yield (tag, alo + i1, alo + i2, blo + j1, blo + j2)


def _merge(ops: list[Opcode]) -> list[Opcode]:
    """Join neighbouring opcodes; a delete next to an insert becomes one replace."""
    merged: list[Opcode] = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if merged:
            tag, i1, _, j1, _ = merged[-1]
            if tag == op[0] == "equal" or (tag != "equal" and op[0] != "equal"):
                new_tag = "equal" if tag == "equal" else _change_tag(i1, op[2], j1, op[4])
                merged[-1] = (new_tag, i1, op[2], j1, op[4])
                continue
        merged.append(op)
    return merged


def _change_tag(i1: int, i2: int, j1: int, j2: int) -> str:
    if i1 == i2:
        return "insert"
    return "delete" if j1 == j2 else "replace"


@dataclass(slots=True)
class _Segment:
    old: str
    new: str
    changed: bool


def _segments(a: list[str], b: list[str]) -> list[_Segment]:
    return [
        _Segment("".join(a[i1:i2]), "".join(b[j1:j2]), tag != "equal")
        for tag, i1, i2, j1, j2 in _opcodes(a, b)
    ]


def _fold_whitespace(segments: list[_Segment]) -> list[_Segment]:
    """Absorb a lone unchanged space between two changes.

    "<del>a b</del>" reads better than "<del>a</del> <del>b</del>".
    """
    out: list[_Segment] = []
    for n, segment in enumerate(segments):
        between_changes = (
            not segment.changed
            and segment.new.isspace()
            and 0 < n < len(segments) - 1
            and segments[n + 1].changed
            and out[-1].changed
        )
        if between_changes or (segment.changed and out and out[-1].changed):
            out[-1].old += segment.old
            out[-1].new += segment.new
            continue
        out.append(_Segment(segment.old, segment.new, segment.changed))
    return out
