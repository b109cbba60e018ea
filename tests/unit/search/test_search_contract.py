"""The contract every SearchBackend must meet, run against Whoosh and PostgreSQL."""

from __future__ import annotations

import html
import re
import sys
from datetime import UTC, date, datetime

import pytest

from forum.search.backend import SearchBackend
from forum.search.documents import SearchDoc, SearchQuery, SearchResult
from tests.unit.search.bad_inputs import BAD_QUERIES
from tests.unit.search.conftest import make_doc

ALL = frozenset({"all"})


def search(
    backend: SearchBackend, text: str, scopes: frozenset[str] = ALL, **kw: object
) -> SearchResult:
    return backend.search(SearchQuery(text=text, **kw), scopes)  # type: ignore[arg-type]


def ids(result: SearchResult) -> set[str]:
    return {hit.doc_id for hit in result.hits}


def test_satisfies_protocol(backend: SearchBackend) -> None:
    assert isinstance(backend, SearchBackend)


# ---- language ---------------------------------------------------------------


@pytest.mark.parametrize("query", ["sjukskrivning", "sjukskrivningen", "sjukskrivningar"])
def test_swedish_inflections_find_each_other(backend: SearchBackend, query: str) -> None:
    backend.index([
        make_doc(1, "Om sjukskrivning"),
        make_doc(2, "Inlägg", "Sjukskrivningen började i mars."),
        make_doc(3, "Inlägg", "Två sjukskrivningar per år."),
        make_doc(4, "Annat", "Arbetsträning"),
    ])  # fmt: skip
    result = search(backend, query)
    assert ids(result) == {"post:1", "post:2", "post:3"}
    assert result.total == 3


@pytest.mark.parametrize("query", ["arbetsförmåga", "arbetsförmågan", "Arbetsförmågans"])
def test_swedish_definite_form_of_a_nouns(backend: SearchBackend, query: str) -> None:
    backend.index([
        make_doc(1, "Nedsatt arbetsförmåga"),
        make_doc(2, "Inlägg", "Hur bedöms arbetsförmågan?"),
    ])  # fmt: skip
    assert ids(search(backend, query)) == {"post:1", "post:2"}


@pytest.mark.parametrize("query", ["assessments", "assessment", "Assessed"])
def test_english_stemming(backend: SearchBackend, query: str) -> None:
    backend.index([
        make_doc(1, "Work ability assessment"),
        make_doc(2, "Post", "Two assessments were made."),
        make_doc(3, "Post", "Nothing relevant."),
    ])  # fmt: skip
    assert ids(search(backend, query)) == {"post:1", "post:2"}


@pytest.mark.parametrize("query", ["cafe", "Café", "CAFÉ", "cafè"])
def test_case_and_accent_folding(backend: SearchBackend, query: str) -> None:
    backend.index([make_doc(1, "Träff på Café Lund"), make_doc(2, "Möte", "vid cafe lund")])
    assert ids(search(backend, query)) == {"post:1", "post:2"}


def test_swedish_letters_are_not_folded(backend: SearchBackend) -> None:
    backend.index([make_doc(1, "Hål i vägen"), make_doc(2, "Hal väg")])
    assert ids(search(backend, "hål")) == {"post:1"}
    assert ids(search(backend, "hal")) == {"post:2"}


def test_dotted_capital_i_folds(backend: SearchBackend) -> None:
    # "İ".lower() is "i" + combining dot; folding must happen before lowercasing
    backend.index([make_doc(1, "Konferens i İstanbul")])
    assert ids(search(backend, "istanbul")) == {"post:1"}


def test_words_inside_urls_addresses_and_file_names(backend: SearchBackend) -> None:
    body = "Se https://www.forsakringskassan.se/rehab, mejla anna@fk.se, läs plan.pdf"
    backend.index([make_doc(1, "Länkar", body)])
    for query in ("forsakringskassan", "anna", "plan", "pdf"):
        assert ids(search(backend, query)) == {"post:1"}, query


def test_prefix(backend: SearchBackend) -> None:
    backend.index([
        make_doc(1, "Rehabilitering"),
        make_doc(2, "Plan", "en rehabiliteringsplan"),
        make_doc(3, "Rehab", "kort"),
        make_doc(4, "Habilitering"),
    ])  # fmt: skip
    assert ids(search(backend, "rehab*")) == {"post:1", "post:2", "post:3"}
    assert ids(search(backend, "REHABILITERINGS*")) == {"post:2"}
    assert search(backend, "r*").total == 0  # too short: ignored, nothing left


def test_phrase_needs_adjacent_words(backend: SearchBackend) -> None:
    backend.index([
        make_doc(1, "Regler", "Om aktivitetsersättning för unga med nedsatt arbetsförmåga."),
        make_doc(2, "Regler", "Aktivitetsersättning kan ges, för personer som är unga."),
        make_doc(3, "Regler", "Aktivitetsersättning och unga."),
        make_doc(4, "Unga och aktivitetsersättning för dem"),
    ])  # fmt: skip
    assert ids(search(backend, '"aktivitetsersättning för unga"')) == {"post:1"}
    # without quotes the words only need to co-occur
    assert ids(search(backend, "aktivitetsersättning för unga")) == {"post:1", "post:2", "post:4"}


def test_long_phrase_needs_every_word_in_order(backend: SearchBackend) -> None:
    # Both pairs of the phrase occur in post 2, but never as one run of three words.
    backend.index([
        make_doc(1, "Regler", "Beslut om aktivitetsersättning för unga vuxna."),
        make_doc(2, "Regler", "Aktivitetsersättning för vuxna, och stöd för unga."),
        make_doc(3, "Regler", "För unga: aktivitetsersättning för unga och unga vuxna."),
        make_doc(4, "Regler", "!!!"),
    ])  # fmt: skip
    assert ids(search(backend, '"aktivitetsersättning för unga"')) == {"post:1", "post:3"}
    assert ids(search(backend, '"aktivitetsersättning för unga vuxna"')) == {"post:1"}
    assert ids(search(backend, '"för unga"')) == {"post:1", "post:2", "post:3"}
    assert ids(search(backend, '"vuxna och"')) == {"post:2"}
    # Four words: both three-word runs occur in post 6, but not as one run of four.
    backend.index([
        make_doc(5, "Beslut", "Beslut om stöd för unga."),
        make_doc(6, "Beslut", "Beslut om stöd för vuxna, och stöd för unga senare."),
    ])  # fmt: skip
    assert ids(search(backend, '"om stöd för unga"')) == {"post:5"}


def test_terms_are_anded(backend: SearchBackend) -> None:
    backend.index([make_doc(1, "Sjukskrivning", "arbete"), make_doc(2, "Sjukskrivning")])
    assert ids(search(backend, "sjukskrivning arbete")) == {"post:1"}


# ---- highlighting -----------------------------------------------------------

_TAG = re.compile(r"<[^>]*>")


def assert_safe(fragment: str, original: str) -> None:
    """Only <mark> markup, and the rest is escaped text of the original."""
    assert set(_TAG.findall(fragment)) <= {"<mark>", "</mark>"}
    plain = html.unescape(_TAG.sub("", fragment)).strip("…")
    assert plain in " ".join(original.split()) or plain in original


def test_highlights_are_marked_and_escaped(backend: SearchBackend) -> None:
    title = "<b>Sjukskrivning</b> & annat"
    body = "<script>alert('x')</script> Sjukskrivningen kom & gick, \"citat\" <img src=x onerror=y>"
    backend.index([make_doc(1, title, body)])
    hit = search(backend, "sjukskrivning").hits[0]
    assert "<mark>Sjukskrivningen</mark>" in hit.snippet_html
    assert "&lt;script&gt;" in hit.snippet_html
    assert "<script" not in hit.snippet_html and "<img" not in hit.snippet_html
    assert "&amp;" in hit.snippet_html
    assert hit.title_html == "&lt;b&gt;<mark>Sjukskrivning</mark>&lt;/b&gt; &amp; annat"
    assert hit.title == title
    assert_safe(hit.snippet_html, body)
    assert_safe(hit.title_html, title)


def test_phrase_and_mixed_language_terms_are_highlighted(backend: SearchBackend) -> None:
    backend.index([make_doc(1, "Stöd", "Stöd för unga: assessments av arbetsförmågan.")])
    phrase_hit = search(backend, '"för unga"').hits[0]
    assert "<mark>för</mark> <mark>unga</mark>" in phrase_hit.snippet_html
    long_phrase = search(backend, '"stöd för unga"').hits[0]
    assert "<mark>Stöd</mark> <mark>för</mark> <mark>unga</mark>" in long_phrase.snippet_html
    mixed = search(backend, "assessment arbetsförmåga").hits[0].snippet_html
    assert "<mark>assessments</mark>" in mixed and "<mark>arbetsförmågan</mark>" in mixed


def test_snippet_is_a_short_fragment_around_the_match(backend: SearchBackend) -> None:
    filler = " ".join(f"ord{i}" for i in range(300))
    body = f"{filler} Här nämns rehabiliteringen mitt i texten. {filler}"
    backend.index([make_doc(1, "Lång text", body)])
    hit = search(backend, "rehabilitering").hits[0]
    assert "<mark>rehabiliteringen</mark>" in hit.snippet_html
    assert len(html.unescape(_TAG.sub("", hit.snippet_html))) < 400
    assert hit.snippet_html.startswith("…") and hit.snippet_html.endswith("…")
    assert_safe(hit.snippet_html, body)


def test_title_only_match_gets_plain_snippet(backend: SearchBackend) -> None:
    backend.index([make_doc(1, "Rehabilitering", "Brödtext <utan> träff.")])
    hit = search(backend, "rehabilitering").hits[0]
    assert hit.title_html == "<mark>Rehabilitering</mark>"
    assert hit.snippet_html == "Brödtext &lt;utan&gt; träff."


def test_hit_carries_document_fields(backend: SearchBackend) -> None:
    doc = make_doc(
        7, "Protokoll", "rehab", kind="minutes", url="/m/7", org_id=4, space_id=None,
        group_id=9, author_id=12, created_at=datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC),
    )  # fmt: skip
    backend.index([doc])
    hit = search(backend, "rehab").hits[0]
    assert (hit.doc_id, hit.kind, hit.title, hit.url) == (
        "minutes:7",
        "minutes",
        "Protokoll",
        "/m/7",
    )
    assert (hit.org_id, hit.space_id, hit.group_id, hit.author_id) == (4, None, 9, 12)
    assert hit.created_at == doc.created_at and hit.created_at.utcoffset() is not None
    assert hit.score > 0


# ---- filters, sorting, paging -----------------------------------------------


@pytest.fixture
def filter_corpus(backend: SearchBackend) -> SearchBackend:
    backend.index([
        make_doc(1, "rehab ett", kind="post", org_id=1, space_id=1, author_id=1),
        make_doc(2, "rehab två", kind="page", org_id=2, space_id=2, author_id=2),
        make_doc(3, "rehab tre", kind="statement", org_id=1, space_id=None, group_id=7,
                 author_id=3),
        make_doc(4, "rehab fyra", kind="post", org_id=None, space_id=3, group_id=8,
                 author_id=2),
    ])  # fmt: skip
    return backend


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"kinds": frozenset({"post"})}, {"post:1", "post:4"}),
        ({"kinds": frozenset({"page", "statement"})}, {"page:2", "statement:3"}),
        ({"org_ids": frozenset({1})}, {"post:1", "statement:3"}),
        ({"space_ids": frozenset({2, 3})}, {"page:2", "post:4"}),
        ({"group_ids": frozenset({7})}, {"statement:3"}),
        ({"author_ids": frozenset({2})}, {"page:2", "post:4"}),
        ({"org_ids": frozenset({1}), "kinds": frozenset({"post"})}, {"post:1"}),
        # make_doc N is created on 2024-01-(1+N) at 12:00 UTC; both ends are inclusive
        ({"date_from": date(2024, 1, 4)}, {"statement:3", "post:4"}),
        ({"date_to": date(2024, 1, 3)}, {"post:1", "page:2"}),
        ({"date_from": date(2024, 1, 3), "date_to": date(2024, 1, 4)}, {"page:2", "statement:3"}),
        ({"date_from": date(2025, 1, 1)}, set()),
    ],
)
def test_filters(
    filter_corpus: SearchBackend, filters: dict[str, object], expected: set[str]
) -> None:
    result = search(filter_corpus, "rehab", **filters)
    assert ids(result) == expected
    assert result.total == len(expected)


def test_filter_only_listing(filter_corpus: SearchBackend) -> None:
    result = search(filter_corpus, "", author_ids=frozenset({2}))
    assert [h.doc_id for h in result.hits] == ["post:4", "page:2"]  # newest first
    assert search(filter_corpus, "").total == 0  # no text and no filter: nothing


def test_sort_by_date(filter_corpus: SearchBackend) -> None:
    result = search(filter_corpus, "rehab", sort="date")
    assert [h.doc_id for h in result.hits] == ["post:4", "statement:3", "page:2", "post:1"]


def test_title_match_ranks_above_body_match(backend: SearchBackend) -> None:
    backend.index([
        make_doc(1, "Allmänt", "Något om sjukskrivning här"),
        make_doc(2, "Sjukskrivning", "Något om annat här"),
    ])  # fmt: skip
    result = search(backend, "sjukskrivning")
    assert [h.doc_id for h in result.hits] == ["post:2", "post:1"]
    assert result.hits[0].score > result.hits[1].score


def test_pagination_and_totals(backend: SearchBackend) -> None:
    backend.index([make_doc(n, f"rehab {n}") for n in range(1, 26)] + [make_doc(99, "annat")])
    pages = [search(backend, "rehab", sort="date", page=p, per_page=10) for p in (1, 2, 3, 4)]
    assert [r.total for r in pages] == [25, 25, 25, 25]
    assert [len(r.hits) for r in pages] == [10, 10, 5, 0]
    assert (pages[1].page, pages[1].per_page) == (2, 10)
    seen = [h.doc_id for r in pages for h in r.hits]
    assert seen == [f"post:{n}" for n in range(25, 0, -1)]


def test_counting_stops_at_the_limit_and_never_counts_hidden_documents(
    backend: SearchBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.modules[type(backend).__module__], "COUNT_LIMIT", 5)
    backend.index(
        [make_doc(n, "samverkan", "rehab") for n in range(1, 13)]
        + [make_doc(n, "samverkan", scope="hidden") for n in range(20, 60)]
        + [make_doc(n, "unik", "rehab") for n in range(60, 63)]
        + [make_doc(n, "unik", scope="hidden") for n in range(70, 90)]
    )
    many = search(backend, "samverkan", per_page=2)
    assert len(many.hits) == 2
    # Either exact (a backend that counted every match anyway) or capped; never hidden ones.
    assert (many.total, many.total_capped) in {(12, False), (5, True)}
    few = search(backend, "unik", per_page=2)
    assert (few.total, few.total_capped) == (3, False)
    assert {h.scope for h in many.hits + few.hits} == {"all"}
    assert search(backend, "samverkan", sort="date", per_page=2).hits[0].doc_id == "post:12"


# ---- writes -----------------------------------------------------------------


def test_reindex_replaces_document(backend: SearchBackend) -> None:
    backend.index([make_doc(1, "Gammal rubrik", "sjukskrivning")])
    backend.index([make_doc(1, "Ny rubrik", "arbetsträning", author_id=5)])
    assert search(backend, "sjukskrivning").total == 0
    hits = search(backend, "arbetsträning").hits
    assert [(h.doc_id, h.title, h.author_id) for h in hits] == [("post:1", "Ny rubrik", 5)]
    assert backend.count() == 1


def test_rebuild_replaces_everything_in_one_write(backend: SearchBackend) -> None:
    backend.index([make_doc(1, "gammal", "alfa"), make_doc(2, "kvar", "beta")])
    fresh = (make_doc(n, f"ny {n}", "beta gamma") for n in range(2, 2503))  # a generator
    assert backend.rebuild(fresh) == 2501
    assert backend.count() == 2501
    assert search(backend, "alfa").total == 0
    assert search(backend, "gamma", sort="date").hits[0].doc_id == "post:2502"
    assert search(backend, "kvar").total == 0  # post:2 was replaced too
    assert backend.rebuild([]) == 0 and backend.count() == 0


def test_last_version_wins_within_a_batch(backend: SearchBackend) -> None:
    backend.index([make_doc(1, "först", "alfa"), make_doc(1, "sist", "beta")])
    assert backend.count() == 1
    assert search(backend, "alfa").total == 0
    assert search(backend, "beta").hits[0].title == "sist"


def test_delete(backend: SearchBackend) -> None:
    backend.index([make_doc(1, "rehab"), make_doc(2, "rehab"), make_doc(3, "rehab")])
    backend.delete(["post:2", "post:404"])
    assert ids(search(backend, "rehab")) == {"post:1", "post:3"}
    assert backend.count() == 2
    backend.delete([])


def test_clear(backend: SearchBackend) -> None:
    backend.index([make_doc(1, "rehab"), make_doc(2, "rehab")])
    backend.clear()
    assert backend.count() == 0
    assert search(backend, "rehab").total == 0
    backend.index([make_doc(3, "rehab")])
    assert ids(search(backend, "rehab")) == {"post:3"}


def test_an_index_in_use_is_present(backend: SearchBackend) -> None:
    """(Only a lost Whoosh folder is not: test_whoosh_backend.)"""
    assert backend.is_present()
    backend.clear()
    assert backend.is_present()


# ---- access scopes ----------------------------------------------------------


@pytest.fixture
def scoped_corpus(backend: SearchBackend) -> SearchBackend:
    backend.index([
        make_doc(1, "Sjukskrivning", "Öppen text om sjukskrivning.", scope="all"),
        make_doc(2, "Sjukskrivning", "Teamets text om sjukskrivning.", scope="space:3"),
        make_doc(8, "Hemlig sjukskrivning", "Kodordet zebrafink och sjukskrivning.",
                 scope="space:9"),
    ])  # fmt: skip
    return backend


def test_scopes_restrict_hits_and_totals(scoped_corpus: SearchBackend) -> None:
    result = search(scoped_corpus, "sjukskrivning", frozenset({"all", "space:3"}))
    assert ids(result) == {"post:1", "post:2"}
    assert result.total == 2
    for hit in result.hits:
        assert "zebrafink" not in hit.snippet_html and "Hemlig" not in hit.title_html
    assert search(scoped_corpus, "sjukskrivning", frozenset({"space:9"})).total == 1
    wide = search(scoped_corpus, "sjukskrivning", frozenset({"all", "space:3", "space:9"}))
    assert wide.total == 3


def test_invisible_document_is_never_counted_or_paged(scoped_corpus: SearchBackend) -> None:
    result = search(scoped_corpus, "sjukskrivning", frozenset({"all"}), page=2, per_page=1)
    assert (result.total, result.hits) == (1, [])
    assert search(scoped_corpus, "zebrafink").total == 0
    assert search(scoped_corpus, "zebra*").total == 0
    assert search(scoped_corpus, "", kinds=frozenset({"post"})).total == 1


def test_empty_scopes_return_nothing(scoped_corpus: SearchBackend) -> None:
    assert search(scoped_corpus, "sjukskrivning", frozenset()).total == 0
    assert search(scoped_corpus, "", frozenset(), kinds=frozenset({"post"})).hits == []


def test_suggestion_for_a_typo(scoped_corpus: SearchBackend) -> None:
    result = search(scoped_corpus, "sjukskrivnimg")
    assert result.total == 0
    assert result.suggestion == "sjukskrivning"
    kept = search(scoped_corpus, "org:fk sjukskrivnimg")
    assert kept.suggestion == "org:fk sjukskrivning"
    assert search(scoped_corpus, "sjukskrivning").suggestion is None


def test_suggestion_never_reveals_invisible_words(scoped_corpus: SearchBackend) -> None:
    # "zebrafink" exists only in space:9
    assert search(scoped_corpus, "zebrafnik", frozenset({"all", "space:3"})).suggestion is None
    allowed = search(scoped_corpus, "zebrafnik", frozenset({"all", "space:9"}))
    assert allowed.suggestion == "zebrafink"


# ---- robustness -------------------------------------------------------------


@pytest.mark.parametrize("raw", BAD_QUERIES)
def test_bad_input_returns_a_result(scoped_corpus: SearchBackend, raw: str) -> None:
    result = search(scoped_corpus, raw, frozenset({"all", "space:3"}))
    assert isinstance(result, SearchResult)
    assert result.total >= len(result.hits)
    assert all(h.doc_id != "post:8" for h in result.hits)


def test_documents_with_control_characters_index(backend: SearchBackend) -> None:
    doc: SearchDoc = make_doc(1, "Rubrik\x00", "text\x00 med \ud800 nollbyte \ue000 rehab")
    backend.index([doc])
    hit = search(backend, "rehab").hits[0]
    assert "\x00" not in hit.snippet_html and "\ue000" not in hit.snippet_html
