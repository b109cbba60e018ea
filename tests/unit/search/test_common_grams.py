"""Common grams: the pair terms written for documents and looked up for phrases agree."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from forum.search import common_grams
from forum.search.analysis import analyze
from forum.search.common_grams import (
    BASE_COMMON,
    choose_common,
    choose_frequent_pairs,
    common_words_of,
    frequent_pairs_of,
    grams_texts,
    phrase_parts,
    plain_tokens,
)
from forum.search.documents import SearchQuery
from forum.search.whoosh_backend import WhooshBackend
from tests.unit.search.conftest import make_doc

ALL = frozenset({"all"})
NONE: frozenset[str] = frozenset()
#: Letters the fold and the lowercasing treat specially, digits, joiners, marks, punctuation.
ALPHABET = "aåäöÅÄÖéÉüÜßİıæøÆØłΣσςЖжﬁ_0٣ 'Café-ö.\t\n+-é"


def tokenized(texts: list[str]) -> list[list[str]]:
    return [plain_tokens(text) for text in texts]


@pytest.mark.parametrize("seed", range(5))
def test_plain_tokens_are_the_plain_analyzers_tokens(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        text = "".join(rng.choices(ALPHABET, k=rng.randint(0, 60)))
        assert plain_tokens(text) == analyze("plain", text), repr(text)


def test_grams_text_has_one_term_per_word_position() -> None:
    # words:   0=Stöd 1=för 2=unga 3=och 4=vuxna 5=i 6=Malmö
    text = "Stöd för unga och vuxna i Malmö"
    terms = grams_texts(text, frozenset({"för", "unga", "och", "i"}), NONE)[0].split(" ")
    assert terms == ["-", "för+unga", "unga+och", "-", "-", "-"]
    # a filler keeps the place
    assert grams_texts("unga vuxna", frozenset({"unga"}), NONE)[0] == "-"
    assert grams_texts("ensam", frozenset({"ensam"}), NONE)[0] == ""  # one word makes no pair


def test_phrase_parts_pin_every_word() -> None:
    common = frozenset({"för", "och", "unga"})
    assert phrase_parts(["stöd", "för", "unga"], common) == [
        (2, "för+unga", 1),
        (1, "stöd", 0),
    ]
    assert phrase_parts(["för", "unga", "och", "barn"], common) == [
        (2, "för+unga", 0),
        (2, "unga+och", 1),
        (1, "barn", 3),
    ]
    assert phrase_parts(["vuxna", "barn"], common) == [(1, "vuxna", 0), (1, "barn", 1)]
    assert phrase_parts(["för"], common) == [(1, "för", 0)]


def test_two_frequent_pairs_in_a_row_are_one_triple() -> None:
    common = frozenset({"för", "att", "det", "och"})
    frequent = frozenset({"för+att", "att+det"})
    # för+att+det pins three words; det+och is not frequent, so it stays a pair.
    assert phrase_parts(["för", "att", "det", "och"], common, frequent) == [
        (3, "för+att+det", 0),
        (2, "det+och", 2),
    ]
    assert phrase_parts(["för", "att", "det"], common, frequent) == [(3, "för+att+det", 0)]
    assert phrase_parts(["att", "det", "för"], common, frequent) == [
        (2, "att+det", 0),
        (2, "det+för", 1),
    ]
    # Documents get the same terms, each at its first word's position.
    pairs, triples = grams_texts("Nu för att det och för att", common, frequent)
    assert pairs.split(" ") == ["-", "för+att", "att+det", "det+och", "och+för", "för+att"]
    assert triples.split(" ") == ["-", "för+att+det", "-", "-", "-"]
    assert grams_texts("för att", common, frequent) == ("för+att", "")


def test_common_words_come_from_the_sample_on_top_of_the_base_list() -> None:
    texts = [f"zebra ord{n} Zebra" for n in range(300)] + ["giraff"] * 10
    common = choose_common(tokenized(texts))
    assert "zebra" in common
    assert common >= BASE_COMMON
    assert not {"giraff", "ord1"} & common  # in 3 % and 0.3 % of the documents
    assert choose_common(tokenized(texts[:10])) == BASE_COMMON  # too few documents to tell


def test_frequent_pairs_are_pairs_of_common_words_in_enough_documents() -> None:
    texts = [f"för att det ord{n}" for n in range(300)] + ["det för"] * 10
    common = frozenset({"för", "att", "det"})
    assert choose_frequent_pairs(tokenized(texts), common) == {"för+att", "att+det"}  # det+för: 3 %
    assert choose_frequent_pairs(tokenized(texts[:10]), common) == frozenset()  # too few to tell


def test_rebuild_stores_the_datas_common_words_and_updates_follow_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common_grams, "MIN_SAMPLE", 5)
    backend = WhooshBackend(tmp_path / "index")
    docs = [
        make_doc(n, f"Ärende {n}", f"sjukskrivning sjukskrivning ord{n} sjukskrivning")
        for n in range(20)
    ]
    docs.append(make_doc(20, "Annat", "stöd sjukskrivning ord20 sjukskrivning för unga vuxna"))
    docs.append(make_doc(21, "Tre", "sjukskrivning sjukskrivning sjukskrivning slut"))
    assert backend.rebuild(docs) == 22
    with backend._reading() as searcher:
        common = common_words_of(searcher.schema, "body_plain")
        assert common is not None and "sjukskrivning" in common and "ord3" not in common
        assert common_words_of(searcher.schema, "title_plain") == common
        pairs = {t.decode() for t in searcher.reader().lexicon("body_plain_grams")}
        frequent = frequent_pairs_of(searcher.schema, "body_plain")
        triples = {t.decode() for t in searcher.reader().lexicon("body_plain_grams3")}
    assert pairs == {"sjukskrivning+sjukskrivning", "sjukskrivning+för"}
    assert frequent == {"sjukskrivning+sjukskrivning"}  # sjukskrivning+för: 1 of 22
    assert triples == {"sjukskrivning+sjukskrivning+sjukskrivning"}  # only post:21's run

    def found(phrase: str) -> list[str]:
        return sorted(h.doc_id for h in backend.search(SearchQuery(f'"{phrase}"'), ALL).hits)

    assert found("sjukskrivning ord3 sjukskrivning") == ["post:3"]
    assert found("sjukskrivning för unga") == ["post:20"]
    assert found("sjukskrivning sjukskrivning ord4") == ["post:4"]
    assert found("ord4 ord5") == []
    assert found("sjukskrivning sjukskrivning sjukskrivning") == ["post:21"]
    assert found("sjukskrivning sjukskrivning sjukskrivning slut") == ["post:21"]
    # A later update is written with the same common words, so its pairs are found too.
    backend.index([make_doc(3, "Ärende 3", "nytt ord3 sjukskrivning och mer")])
    assert found("sjukskrivning ord3 sjukskrivning") == []
    assert found("ord3 sjukskrivning och") == ["post:3"]
    backend.close()
