"""Normalisation helpers, HTML helpers and value-object validation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from forum.search.analysis import analyze
from forum.search.documents import SearchDoc, SearchQuery
from forum.search.snippets import (
    expand_to_words,
    parse_sentinels,
    plain_snippet,
    render_marked,
    widen_to_edges,
)
from forum.search.text import (
    clean_doc_text,
    edit_distance,
    fold_accents,
    prepare_english,
    prepare_swedish,
    swedish_definite_word,
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Café crème", "Cafe creme"),
        ("Müller Ñandú façade", "Muller Nandu facade"),
        ("Årsmöte i Växjö", "Årsmöte i Växjö"),
        ("Ærø Søndergård", "Ärö Söndergård"),
        ("ﬁnal", "ﬁnal"),  # ligature: not a 1:1 fold, left alone
    ],
)
def test_fold_accents(raw: str, folded: str) -> None:
    assert fold_accents(raw) == folded


@pytest.mark.parametrize(
    ("word", "rewritten"),
    [
        ("arbetsförmågan", "arbetsförmåga"),
        ("arbetsförmågans", "arbetsförmågas"),
        ("FÖRSÄKRINGSKASSAN", "FÖRSÄKRINGSKASSA"),
        ("sedan", "sedan"),  # too short to be a definite form
        ("sjukskrivningen", "sjukskrivningen"),
    ],
)
def test_swedish_definite_rewrite(word: str, rewritten: str) -> None:
    assert swedish_definite_word(word) == rewritten


def test_swedish_stems_meet_after_rewrite() -> None:
    assert analyze("sv", "arbetsförmåga arbetsförmågan arbetsförmågor") == ["arbetsförmåg"] * 3


def test_pg_preparation_is_length_preserving() -> None:
    text = "<b>Arbetsförmågan</b> & kassans café: a@b.se / x  Försäkringskassans"
    for prepared in (prepare_swedish(text), prepare_english(text)):
        assert len(prepared) == len(text)
        assert "<" not in prepared and "&" not in prepared and "@" not in prepared


def test_clean_doc_text() -> None:
    assert clean_doc_text("a\x00b\ud800c\ue000d\te\nf") == "abcd\te\nf"
    assert clean_doc_text("a\u030a") == "å"


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("hemligrod", "hemligord", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("åäö", "åäö", 0)],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance


def test_render_marked_escapes_everything() -> None:
    html = render_marked('<i>"x" & y</i>', [(3, 6)])
    assert html == "&lt;i&gt;<mark>&quot;x&quot;</mark> &amp; y&lt;/i&gt;"


def test_parse_sentinels_tolerates_nesting_and_imbalance() -> None:
    text, flags = parse_sentinels("[[ab]] c]d[e", "[", "]")
    assert text == "ab cde"
    assert flags == [True, True, False, False, False, True]


def test_word_and_edge_widening() -> None:
    assert expand_to_words("arbetsförmågan x", [(0, 13)]) == [(0, 14)]
    assert widen_to_edges("<x>!", 1, 2) == (0, 4)
    assert widen_to_edges("a <b>x</b> c", 5, 6) == (5, 6)


def test_plain_snippet_cuts_at_a_word() -> None:
    snippet = plain_snippet("ord " * 100 + "<slut>")
    assert snippet.endswith("ord…")
    assert len(snippet) <= 201
    assert plain_snippet("kort <text>") == "kort &lt;text&gt;"


def _doc(created_at: datetime) -> SearchDoc:
    return SearchDoc("post:1", "post", "t", "b", "/p/1", "all", None, None, None, None, created_at)


def test_doc_requires_aware_datetime_and_normalises_to_utc() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        _doc(datetime(2024, 1, 1))  # the naive value is the point
    stockholm = timezone(timedelta(hours=2))
    doc = _doc(datetime(2024, 6, 1, 12, tzinfo=stockholm))
    assert doc.created_at == datetime(2024, 6, 1, 10, tzinfo=UTC)
    assert doc.created_at.tzinfo is UTC


def test_query_clamps_paging_and_checks_sort() -> None:
    query = SearchQuery("x", page=0, per_page=10_000)
    assert (query.page, query.per_page) == (1, 100)
    assert SearchQuery("x", page=10**9).page == 500
    with pytest.raises(ValueError, match="sort"):
        SearchQuery("x", sort="popular")  # type: ignore[arg-type]
