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
    common_words_of,
    grams_text,
    phrase_parts,
    plain_tokens,
)
from forum.search.documents import SearchQuery
from forum.search.whoosh_backend import WhooshBackend
from tests.unit.search.conftest import make_doc

ALL = frozenset({"all"})
#: Letters the fold and the lowercasing treat specially, digits, joiners, marks, punctuation.
ALPHABET = "aåäöÅÄÖéÉüÜßİıæøÆØłΣσςЖжﬁ_0٣ 'Café-ö.\t\n+-é"


@pytest.mark.parametrize("seed", range(5))
def test_plain_tokens_are_the_plain_analyzers_tokens(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        text = "".join(rng.choices(ALPHABET, k=rng.randint(0, 60)))
        assert plain_tokens(text) == analyze("plain", text), repr(text)


def test_grams_text_has_one_term_per_word_position() -> None:
    # words:   0=Stöd 1=för 2=unga 3=och 4=vuxna 5=i 6=Malmö
    text = "Stöd för unga och vuxna i Malmö"
    terms = grams_text(text, frozenset({"för", "unga", "och", "i"})).split(" ")
    assert terms == ["-", "för+unga", "unga+och", "-", "-", "-"]
    assert grams_text("unga vuxna", frozenset({"unga"})) == "-"  # a filler keeps the place
    assert grams_text("ensam", frozenset({"ensam"})) == ""  # one word makes no pair


def test_phrase_parts_pin_every_word() -> None:
    common = frozenset({"för", "och", "unga"})
    assert phrase_parts(["stöd", "för", "unga"], common) == [
        (True, "för+unga", 1),
        (False, "stöd", 0),
    ]
    assert phrase_parts(["för", "unga", "och", "barn"], common) == [
        (True, "för+unga", 0),
        (True, "unga+och", 1),
        (False, "barn", 3),
    ]
    assert phrase_parts(["vuxna", "barn"], common) == [(False, "vuxna", 0), (False, "barn", 1)]
    assert phrase_parts(["för"], common) == [(False, "för", 0)]


def test_common_words_come_from_the_sample_on_top_of_the_base_list() -> None:
    texts = [f"zebra ord{n} Zebra" for n in range(300)] + ["giraff"] * 10
    common = choose_common(texts)
    assert "zebra" in common
    assert common >= BASE_COMMON
    assert not {"giraff", "ord1"} & common  # in 3 % and 0.3 % of the documents
    assert choose_common(texts[:10]) == BASE_COMMON  # too few documents to tell


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
    assert backend.rebuild(docs) == 21
    with backend._reading() as searcher:
        common = common_words_of(searcher.schema, "body_plain")
        assert common is not None and "sjukskrivning" in common and "ord3" not in common
        assert common_words_of(searcher.schema, "title_plain") == common
        pairs = {t.decode() for t in searcher.reader().lexicon("body_plain_grams")}
    assert pairs == {"sjukskrivning+sjukskrivning", "sjukskrivning+för"}

    def found(phrase: str) -> list[str]:
        return sorted(h.doc_id for h in backend.search(SearchQuery(f'"{phrase}"'), ALL).hits)

    assert found("sjukskrivning ord3 sjukskrivning") == ["post:3"]
    assert found("sjukskrivning för unga") == ["post:20"]
    assert found("sjukskrivning sjukskrivning ord4") == ["post:4"]
    assert found("ord4 ord5") == []
    # A later update is written with the same common words, so its pairs are found too.
    backend.index([make_doc(3, "Ärende 3", "nytt ord3 sjukskrivning och mer")])
    assert found("sjukskrivning ord3 sjukskrivning") == []
    assert found("ord3 sjukskrivning och") == ["post:3"]
    backend.close()
