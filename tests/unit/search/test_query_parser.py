"""parse_user_query: terms, filters, warnings, and that it never raises."""

from __future__ import annotations

import re

import pytest

from forum.search.query import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    MAX_WORD_CHARS,
    W_INVALID_CHARS,
    W_OPERATORS_IGNORED,
    W_PREFIX_TOO_SHORT,
    W_TERM_TOO_LONG,
    W_TOO_MANY_TERMS,
    W_TRUNCATED,
    QueryTerm,
    parse_user_query,
)
from tests.unit.search.bad_inputs import BAD_QUERIES, random_garbage


def terms(raw: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(t.kind, t.words) for t in parse_user_query(raw).terms]


def test_words_are_anded_terms() -> None:
    assert terms("sjukskrivning Arbetsförmåga") == [
        ("word", ("sjukskrivning",)),
        ("word", ("Arbetsförmåga",)),
    ]


def test_quoted_phrase() -> None:
    assert terms('"aktivitetsersättning för unga" rehab') == [
        ("phrase", ("aktivitetsersättning", "för", "unga")),
        ("word", ("rehab",)),
    ]


def test_quoted_single_word_is_a_word() -> None:
    assert terms('"rehab"') == [("word", ("rehab",))]


def test_internal_punctuation_makes_a_phrase() -> None:
    assert terms("e-post covid-19") == [("phrase", ("e", "post")), ("phrase", ("covid", "19"))]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("rehab*", [("prefix", ("rehab",))]),
        ("rehab**", [("prefix", ("rehab",))]),
        ("re*", [("prefix", ("re",))]),
        ("*rehab", [("word", ("rehab",))]),
        ("*", []),
        ("r*", []),
    ],
)
def test_prefixes(raw: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert terms(raw) == expected


def test_short_prefix_warns() -> None:
    assert W_PREFIX_TOO_SHORT in parse_user_query("r* rehab").warnings


def test_field_filters_are_extracted() -> None:
    parsed = parse_user_query('org:fk In:"Team Syd" author:anna kind:post kind:page sjukskrivning')
    assert parsed.filters == {
        "org": ["fk"],
        "in": ["Team Syd"],
        "author": ["anna"],
        "kind": ["post", "page"],
    }
    assert terms('org:fk In:"Team Syd" sjukskrivning') == [("word", ("sjukskrivning",))]


def test_unknown_field_is_plain_words() -> None:
    parsed = parse_user_query("title:rehab foo:bar")
    assert parsed.filters == {}
    assert [t.words for t in parsed.terms] == [("title",), ("rehab",), ("foo",), ("bar",)]


def test_empty_filter_is_ignored() -> None:
    parsed = parse_user_query("org: rehab")
    assert parsed.filters == {}
    assert terms("org: rehab") == [("word", ("rehab",))]


def test_unterminated_quotes_and_parentheses_are_neutralised() -> None:
    assert terms('"sjukskrivning (arbete') == [
        ("word", ("sjukskrivning",)),
        ("word", ("arbete",)),
    ]
    assert terms("((a) OR b)") == [("word", ("a",)), ("word", ("b",))]


def test_operators_are_dropped_with_warning() -> None:
    parsed = parse_user_query("rehab AND NOT arbete OR x")
    assert [t.words[0] for t in parsed.terms] == ["rehab", "arbete", "x"]
    assert W_OPERATORS_IGNORED in parsed.warnings
    # lower-case "and"/"not" are ordinary English words
    assert terms("not and") == [("word", ("not",)), ("word", ("and",))]


def test_duplicates_are_removed_case_insensitively() -> None:
    assert terms("Rehab rehab REHAB") == [("word", ("Rehab",))]


def test_long_query_is_truncated_with_warning() -> None:
    parsed = parse_user_query("a " * 5_000)
    assert W_TRUNCATED in parsed.warnings


def test_query_longer_than_limit_but_few_terms() -> None:
    parsed = parse_user_query(" " * 10 + "x" * 30 + " " * (MAX_QUERY_CHARS * 2) + "tail")
    assert W_TRUNCATED in parsed.warnings
    assert [(t.kind, t.words) for t in parsed.terms] == [("word", ("x" * 30,))]


def test_too_many_terms_are_capped() -> None:
    parsed = parse_user_query(" ".join(f"ord{i}" for i in range(500)))
    assert len(parsed.terms) == MAX_TERMS
    assert W_TOO_MANY_TERMS in parsed.warnings


def test_phrase_words_count_against_the_budget() -> None:
    parsed = parse_user_query('"' + " ".join(f"w{i}" for i in range(40)) + '" extra')
    assert sum(len(t.words) for t in parsed.terms) == MAX_TERMS
    assert W_TOO_MANY_TERMS in parsed.warnings


def test_overlong_word_is_dropped() -> None:
    parsed = parse_user_query("x" * (MAX_WORD_CHARS + 1) + " rehab")
    assert [t.words for t in parsed.terms] == [("rehab",)]
    assert W_TERM_TOO_LONG in parsed.warnings


def test_control_characters_are_removed() -> None:
    parsed = parse_user_query("sjuk\x00skrivning\u200b arbete\x07")
    assert [t.words for t in parsed.terms] == [("sjukskrivning",), ("arbete",)]
    assert W_INVALID_CHARS in parsed.warnings


def test_decomposed_swedish_letters_are_composed() -> None:
    # "å" typed as a + combining ring must stay one word character
    assert terms("a\u030arsrapport") == [("word", ("årsrapport",))]


def test_emoji_only_is_empty() -> None:
    parsed = parse_user_query("🙂 👍🏽")
    assert parsed.is_empty
    assert parsed.warnings == []


def test_render_keeps_filters_and_swaps_terms() -> None:
    parsed = parse_user_query('org:"Team Syd" sjukskrivnig "för unga" rehab*')
    corrected = [QueryTerm("word", ("sjukskrivning",)), *parsed.terms[1:]]
    assert parsed.render(corrected) == 'org:"Team Syd" sjukskrivning "för unga" rehab*'
    assert parse_user_query(parsed.render()).terms == parsed.terms


def test_non_string_input_is_empty() -> None:
    assert parse_user_query(None).is_empty  # type: ignore[arg-type]


_WORD = re.compile(r"^\w+$")


@pytest.mark.parametrize("raw", BAD_QUERIES + random_garbage())
def test_never_raises_and_output_is_clean(raw: str) -> None:
    parsed = parse_user_query(raw)
    assert sum(len(t.words) for t in parsed.terms) <= MAX_TERMS
    for term in parsed.terms:
        assert term.kind in ("word", "phrase", "prefix")
        for word in term.words:
            assert _WORD.match(word), word
            assert len(word) <= MAX_WORD_CHARS
            assert "\x00" not in word
    for values in parsed.filters.values():
        assert all(value and "\x00" not in value for value in values)
    assert all(isinstance(w, str) for w in parsed.warnings)
