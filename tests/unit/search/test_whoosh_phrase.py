"""ExactPhrase matches exactly the documents Whoosh's own (span-based) Phrase matches."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema
from whoosh.query import Phrase, Term

from forum.search.analysis import plain_analyzer
from forum.search.common_grams import grams_field, grams_texts, triples_field
from forum.search.whoosh_filter import AllowedDocs, SegmentFilterCache
from forum.search.whoosh_phrase import ExactPhrase

#: A few very common words and some rare ones, so phrases repeat words, overlap and span
#: block boundaries (Whoosh blocks hold 128 postings).
WORDS = ["a", "b", "c", "d"] * 6 + ["e", "f", "g", "h", "i"]


def _texts(rng: random.Random, count: int) -> list[str]:
    return [" ".join(rng.choices(WORDS, k=rng.randint(1, 40))) for _ in range(count)]


def _phrases(rng: random.Random, count: int) -> list[list[str]]:
    phrases = [rng.choices(WORDS, k=rng.randint(1, 4)) for _ in range(count)]
    return [*phrases, ["a", "a"], ["a", "b", "a"], ["a", "a", "a", "a"], ["e", "zzz"]]


#: The grams variants treat two of the frequent words as common, so phrases mix pair terms
#: and plain words (and some phrases have no pair at all); the triples variant also makes
#: triples of two of the pairs, so phrases mix all three kinds of term.
COMMON = frozenset({"a", "b"})
FREQUENT_PAIRS = frozenset({"a+b", "b+a", "a+a"})


@pytest.fixture(scope="module", params=["words only", "with common grams", "with triples"])
def index(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("phrase")
    with_grams = request.param != "words only"
    frequent = FREQUENT_PAIRS if request.param == "with triples" else None
    fields = {
        "doc_id": ID(stored=True, unique=True),
        "body": TEXT(analyzer=plain_analyzer(), phrase=True),
    }
    if with_grams:
        fields["body_grams"] = grams_field(COMMON)
    if frequent is not None:
        fields["body_grams3"] = triples_field(frequent)
    ix = whoosh_index.create_in(str(folder), Schema(**fields))

    def doc(n: int, text: str) -> dict[str, str]:
        extra = {}
        if with_grams:
            pairs, triples = grams_texts(text, COMMON, frequent or frozenset())
            extra["body_grams"] = pairs
            if frequent is not None:
                extra["body_grams3"] = triples
        return {"doc_id": str(n), "body": text, **extra}

    rng = random.Random(5)
    texts = _texts(rng, 900)
    # Several segments, and deletions in them, as a live index has after updates.
    for start in range(0, len(texts), 300):
        writer = ix.writer()
        for n, text in enumerate(texts[start : start + 300], start):
            writer.add_document(**doc(n, text))
        writer.commit(merge=False)
    writer = ix.writer()
    for n in range(0, len(texts), 7):
        writer.update_document(**doc(n, texts[(n * 13) % len(texts)]))
    writer.commit(merge=False)
    yield ix
    ix.close()


def _ids(searcher, query, **options) -> set[str]:
    return {hit["doc_id"] for hit in searcher.search(query, limit=None, **options)}


def test_matches_whoosh_phrase_on_random_texts(index) -> None:
    rng = random.Random(11)
    with index.searcher() as searcher:
        assert len(searcher.reader().leaf_readers()) > 1
        matched = 0
        for words in _phrases(rng, 150):
            expected = _ids(searcher, Phrase("body", words))
            matched += bool(expected)
            assert _ids(searcher, ExactPhrase("body", words)) == expected, words
            docnums = set(searcher.docs_for_query(ExactPhrase("body", words)))
            assert {searcher.stored_fields(d)["doc_id"] for d in docnums} == expected, words
        assert matched > 100  # most phrases occur: the comparison is not between empty sets


def test_top_hits_with_block_skipping_are_phrase_matches(index) -> None:
    """With optimize=True the collector skips blocks by quality; every hit it returns must
    still contain the phrase, and a filter around it must not change that."""
    rng = random.Random(12)
    cache = SegmentFilterCache()
    with index.searcher() as searcher:
        for words in _phrases(rng, 60):
            everything = _ids(searcher, Phrase("body", words))
            top = searcher.search(ExactPhrase("body", words), limit=5, optimize=True)
            assert {hit["doc_id"] for hit in top} <= everything, words
            assert len(top.top_n) == min(5, len(everything)), words
            allowed = {str(n) for n in range(0, 900, 2)}
            only_even = AllowedDocs(
                ExactPhrase("body", words),
                Term("doc_id", "0") if not allowed else _any_doc(allowed),
                cache,
            )
            assert _ids(searcher, only_even) == everything & allowed, words


def _any_doc(doc_ids: set[str]):
    from whoosh.query import Or

    return Or([Term("doc_id", d) for d in sorted(doc_ids)])


def test_scores_rank_like_the_word_intersection(index) -> None:
    with index.searcher() as searcher:
        hits = searcher.search(ExactPhrase("body", ["e", "f"]), limit=None)
        assert len(hits) > 0
        assert all(hit.score > 0 for hit in hits)
        boosted = searcher.search(ExactPhrase("body", ["e", "f"], boost=2.0), limit=None)
        assert boosted[0].score == pytest.approx(hits[0].score * 2.0)


def test_unknown_word_or_field_matches_nothing(index) -> None:
    with index.searcher() as searcher:
        assert _ids(searcher, ExactPhrase("body", ["a", "zzz"])) == set()
        assert _ids(searcher, ExactPhrase("nofield", ["a"])) == set()
        assert _ids(searcher, ExactPhrase("body", [])) == set()


def test_query_protocol(index) -> None:
    q = ExactPhrase("body", ["a", "b", "a"], boost=1.5)
    assert q == ExactPhrase("body", ["a", "b", "a"], boost=1.5)
    assert q != ExactPhrase("body", ["a", "b"], boost=1.5)
    assert hash(q) == hash(ExactPhrase("body", ["a", "b", "a"], boost=1.5))
    assert list(q.terms()) == [("body", "a"), ("body", "b")]
    with index.searcher() as searcher:
        reader = searcher.reader()
        assert q.estimate_size(reader) <= reader.doc_frequency("body", "b")


def test_pairs_around_common_words_are_looked_up_as_one_term(index) -> None:
    with index.searcher() as searcher:
        lookups = ExactPhrase("body", ["c", "a", "b", "e"])._lookups(searcher.schema)
        if "body_grams" not in searcher.schema:
            assert set(lookups) == {("body", w) for w in "cabe"}
            return
        # a+b pins a and b; c and e stand alone.
        assert lookups == {("body_grams", "a+b"): [1], ("body", "c"): [0], ("body", "e"): [3]}
        if "body_grams3" in searcher.schema:
            # a+b and b+a are frequent: a+b+a pins the first three words; c stands alone.
            assert ExactPhrase("body", ["a", "b", "a", "c"])._lookups(searcher.schema) == {
                ("body_grams3", "a+b+a"): [0],
                ("body", "c"): [3],
            }
            assert ExactPhrase("body", ["a", "a", "b", "a"])._lookups(searcher.schema) == {
                ("body_grams3", "a+a+b"): [0],
                ("body_grams3", "a+b+a"): [1],
            }
        words_only = type("WordsOnly", (ExactPhrase,), {"use_grams": False})
        assert set(words_only("body", ["c", "a"])._lookups(searcher.schema)) == {
            ("body", "c"),
            ("body", "a"),
        }
        for words in (["a", "b"], ["c", "a", "b"], ["c", "d"], ["b", "b", "b"], ["b", "a", "c"]):
            expected = _ids(searcher, Phrase("body", words))
            assert _ids(searcher, words_only("body", words)) == expected, words
            assert _ids(searcher, ExactPhrase("body", words)) == expected, words
