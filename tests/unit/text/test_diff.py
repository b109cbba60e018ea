"""word_diff() and diff_stats()."""

from __future__ import annotations

import html
import random
import re

import pytest

from forum.text import diff_stats, word_diff

WRAP_START, WRAP_END = '<div class="word-diff">', "</div>"


def inner(old: str, new: str) -> str:
    result = word_diff(old, new)
    assert result.startswith(WRAP_START) and result.endswith(WRAP_END)
    return result[len(WRAP_START) : -len(WRAP_END)]


def side(markup: str, keep: str, drop: str) -> str:
    """One version of the text back from the diff: keep one tag's content, drop the other's."""
    markup = re.sub(rf"<{drop}>.*?</{drop}>", "", markup, flags=re.DOTALL)
    return html.unescape(re.sub(rf"</?{keep}>", "", markup))


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("", "", ""),
        ("samma text", "samma text", "samma text"),
        ("", "ny", "<ins>ny</ins>"),
        ("gammal", "", "<del>gammal</del>"),
        ("dag 90", "dag 180", "dag <del>90</del><ins>180</ins>"),
        ("en två tre", "en tre", "en <del>två </del>tre"),
        ("en tre", "en två tre", "en <ins>två </ins>tre"),
        ("Hej Anna, hej", "Hej Bertil, hej", "Hej <del>Anna</del><ins>Bertil</ins>, hej"),
        ("a b c d", "a x y d", "a <del>b c</del><ins>x y</ins> d"),
    ],
)
def test_word_level_changes(old: str, new: str, expected: str) -> None:
    assert inner(old, new) == expected


def test_output_is_escaped() -> None:
    result = inner("<b>fet</b> & x", '<script>alert("x")</script> & y')
    assert set(re.findall(r"</?(\w+)", result)) == {"del", "ins"}
    assert "&lt;" in result and "&amp;" in result
    assert side(result, "ins", "del") == '<script>alert("x")</script> & y'


def test_whitespace_and_newlines_are_kept() -> None:
    old = "Första stycket.\n\nAndra  stycket\tmed tab."
    new = "Första stycket.\n\nAndra  stycket\tmed tabb.\n"
    result = inner(old, new)
    assert result.startswith("Första stycket.\n\nAndra  stycket\tmed ")
    assert "\n" in side(result, "ins", "del")


def test_changed_line_breaks_are_shown() -> None:
    assert inner("ett två", "ett\ntvå") == "ett<del> </del><ins>\n</ins>två"


@pytest.mark.parametrize("seed", range(8))
def test_both_versions_can_be_read_back(seed: int) -> None:
    rng = random.Random(seed)
    words = ["och", "att", "dag", "90", "arbetsförmåga", ",", ".", " ", "\n", "<", "&", "å"]
    old = "".join(rng.choice(words) + rng.choice([" ", "", "\n"]) for _ in range(300))
    tokens = list(old)
    for _ in range(20):
        tokens.insert(rng.randrange(len(tokens) + 1), rng.choice(words))
        del tokens[rng.randrange(len(tokens))]
    new = "".join(tokens)
    result = inner(old, new)
    assert side(result, "ins", "del") == new
    assert side(result, "del", "ins") == old


def test_unrelated_long_texts_are_still_correct() -> None:
    rng = random.Random(1)
    old = " ".join(rng.choice(["och", "att", "i"]) for _ in range(3000))
    new = " ".join(rng.choice(["det", "som", "på"]) for _ in range(3000))
    result = inner(old, new)
    assert side(result, "ins", "del") == new
    assert side(result, "del", "ins") == old


@pytest.mark.parametrize(
    ("old", "new", "stats"),
    [
        ("", "", (0, 0)),
        ("a b c", "a b c", (0, 0)),
        ("", "ett två tre", (3, 0)),
        ("ett två tre", "", (0, 3)),
        ("dag 90", "dag 180", (1, 1)),
        ("en två tre", "en tre fyra fem", (2, 1)),
        ("Hej, du!", "Hej; du?", (0, 0)),  # punctuation is not words
        ("ett två", "ett\n\ntvå", (0, 0)),  # neither is whitespace
    ],
)
def test_diff_stats(old: str, new: str, stats: tuple[int, int]) -> None:
    assert diff_stats(old, new) == stats
