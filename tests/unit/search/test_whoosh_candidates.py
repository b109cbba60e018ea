"""Words that rarely meet, driven by their candidates (forum.search.whoosh_candidates):
the same hits, scores and counts as Whoosh's own intersection, on an index with several
segments and deletions. Its speed is measured in bench/ (bench/README.md)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh.query import And, Or, Term

from forum.search import whoosh_backend, whoosh_candidates
from forum.search.documents import SearchQuery
from forum.search.query import parse_user_query
from forum.search.whoosh_backend import WhooshBackend
from forum.search.whoosh_filter import AllowedDocs
from forum.search.whoosh_query import filter_query, text_query
from tests.unit.search.conftest import make_doc

WORDS = ["sjukskrivning", "arbetsförmåga", "rehabilitering", "samordning", "handläggare",
         "bedömning", "läkarintyg", "insats", "praktik", "utbildning", "samverkan",
         "planering", "assessment", "support", "kartläggning", "avstämning"]
SCOPES = frozenset({"space:1", "space:2"})


@pytest.fixture(scope="module")
def backend(tmp_path_factory) -> WhooshBackend:
    """Several segments (one commit each), some documents updated or deleted."""
    rng = random.Random(5)
    found = WhooshBackend(Path(tmp_path_factory.mktemp("candidates")) / "index")
    for batch in range(6):
        found.index(
            make_doc(n, " ".join(rng.sample(WORDS, 2)), " ".join(rng.choices(WORDS, k=30)),
                     scope=f"space:{n % 3}")
            for n in range(batch * 40, batch * 40 + 40))
    found.index(make_doc(n, "uppdaterad", " ".join(rng.choices(WORDS, k=30)), scope="space:1")
                for n in range(0, 240, 7))
    found.delete(f"post:{n}" for n in range(3, 240, 11))
    yield found
    found.close()


def outcome(backend: WhooshBackend, text: str, **options) -> tuple:
    result = backend.search(SearchQuery(text, **options), SCOPES)
    return (result.total, result.total_capped,
            [(hit.doc_id, round(hit.score, 9)) for hit in result.hits])


def queries() -> list[str]:
    rng = random.Random(9)
    return [" ".join(rng.sample(WORDS, rng.choice((2, 3)))) for _ in range(40)] + [
        'praktik "samordning handläggare"', "insats rehab*", "support"]


def test_driven_queries_give_the_same_hits_scores_and_counts(backend, monkeypatch):
    monkeypatch.setattr(whoosh_candidates, "DRIVEN_BELOW", 10_000)
    drives: list[str] = []
    real = whoosh_backend.driven
    monkeypatch.setattr(whoosh_backend, "driven",
                        lambda q, r: (found := real(q, r)) and (drives.append(repr(q)) or found))
    driven = {(text, page): outcome(backend, text, page=page, per_page=7)
              for text in queries() for page in (1, 2)}
    assert len(drives) >= 80  # every AND of two or more words went the driven way
    monkeypatch.setattr(whoosh_backend, "driven", lambda q, r: None)
    ordinary = {(text, page): outcome(backend, text, page=page, per_page=7)
                for text in queries() for page in (1, 2)}
    assert driven == ordinary
    assert any(total > 7 for total, _capped, _hits in driven.values())


def test_a_word_too_common_to_read_is_checked_at_each_candidate(backend, monkeypatch):
    # "uppdaterad" is the title of the 35 updated documents only; the other words are in
    # most documents, so in the larger segments only the rare word's postings are read.
    monkeypatch.setattr(whoosh_candidates, "CHEAP_POSTINGS", 80)
    monkeypatch.setattr(whoosh_candidates, "DRIVEN_BELOW", 10_000)
    read: list[str] = []
    posting_ids = whoosh_candidates._posting_ids
    monkeypatch.setattr(whoosh_candidates, "_posting_ids",
                        lambda r, f, t: read.append(t) or posting_ids(r, f, t))
    text = "praktik uppdaterad sjukskrivning"
    with_candidates = outcome(backend, text)
    def reads(prefix: str) -> int:
        return sum(term.startswith(prefix) for term in read)

    assert reads("prakti") < reads("uppdat") and reads("sjuksk") < reads("uppdat")
    assert 0 < with_candidates[0] < 35
    monkeypatch.setattr(whoosh_backend, "driven", lambda q, r: None)
    assert with_candidates == outcome(backend, text)


def test_only_an_and_of_two_or_more_words_is_driven(backend):
    word = Or([Term("body_sv", "praktik"), Term("body_en", "praktik")])
    other = Or([Term("body_sv", "insats"), Term("body_en", "insat")])
    with backend._reading() as searcher:
        reader = searcher.reader()
        assert whoosh_candidates.driven(word, reader) is None
        assert whoosh_candidates.driven(And([word, text_query(
            parse_user_query('"samordning handläggare"').terms)]), reader) is None
        assert isinstance(whoosh_candidates.driven(And([word, other]), reader),
                          whoosh_candidates.Driven)


def test_too_many_candidates_leave_the_query_to_whoosh(backend, monkeypatch):
    monkeypatch.setattr(whoosh_candidates, "DRIVEN_BELOW", 1)
    with backend._reading() as searcher:
        q = text_query(parse_user_query("praktik insats").terms)
        assert whoosh_candidates.driven(q, searcher.reader()) is None


def test_word_terms_reads_unions_of_terms_only():
    word = Or([Term("title_sv", "a"), Or([Term("body_sv", "a"), Term("body_en", "b")])])
    assert whoosh_candidates.word_terms(word) == [
        ("title_sv", "a"), ("body_sv", "a"), ("body_en", "b")]
    assert whoosh_candidates.word_terms(And([Term("body_sv", "a")])) is None


def test_counts_are_exact_on_whooshs_own_path_too(backend, monkeypatch):
    """Whoosh prunes its matcher as the top-N fills even when not optimizing; the count of
    a query scored in one pass must still be every match (it was 93 of 116 here)."""
    monkeypatch.setattr(whoosh_backend, "driven", lambda q, r: None)
    filter_q = filter_query(SearchQuery("x"), SCOPES)
    for text in queries():
        q = text_query(parse_user_query(text).terms)
        with backend._reading() as searcher:
            every = set(searcher.docs_for_query(AllowedDocs(q, filter_q, backend._filters)))
        assert outcome(backend, text, per_page=7)[0] == len(every), text
