"""Which configurations a PostgreSQL phrase must match in, and the pairs that go with them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from forum.search import pg_newest, pg_phrases
from forum.search.documents import SearchDoc, SearchQuery
from forum.search.pg_backend import PostgresBackend
from forum.search.query import QueryTerm, parse_user_query

pytestmark = pytest.mark.postgres
SCOPES = frozenset({"space:0"})


def analysed(backend: PostgresBackend, text: str) -> dict[tuple[str, ...], pg_phrases.Phrase]:
    with backend._engine.connect() as conn:
        return pg_phrases.analyse(conn, parse_user_query(text).terms, backend._query_pairs)


def query_pairs(backend: PostgresBackend, config: str, text: str) -> set[int]:
    with backend._engine.connect() as conn:
        vector = sa.func.to_tsvector(config, text)
        return set(conn.execute(sa.select(backend._query_pairs(vector))).scalar_one())


@pytest.mark.parametrize(
    ("phrase", "configs"),
    [
        ("arbetslivsinriktad rehabilitering", ("swedish",)),  # no stop word in either
        ("aktivitetsersättning för unga", ("english",)),  # "för": a Swedish stop word only
        ("return to work", ("swedish",)),  # "to": an English stop word only
        ("arbete i grupp", ("swedish", "english")),  # "i": a stop word in both
        ("och att", ("english",)),  # Swedish function words are words to English
    ],
)
def test_the_first_configuration_keeping_every_word_is_chosen(
    pg_backend: PostgresBackend, phrase: str, configs: tuple[str, ...]
) -> None:
    [chosen] = analysed(pg_backend, f'"{phrase}"').values()
    assert chosen.configs == configs


def test_pairs_come_from_the_chosen_configurations_only(pg_backend: PostgresBackend) -> None:
    found = analysed(pg_backend, '"aktivitetsersättning för unga" "arbete i grupp" rehab')
    english_only = found[("aktivitetsersättning", "för", "unga")]
    assert set(english_only.pairs) == query_pairs(
        pg_backend, "english", "aktivitetsersättning för unga"
    )
    both = found[("arbete", "i", "grupp")]
    # "i" leaves a gap in both: no neighbouring lexemes, so no pair is required.
    assert both.pairs == ()
    assert len(found) == 2  # words are not phrases


def test_a_one_word_phrase_needs_no_pair() -> None:
    term = QueryTerm("phrase", ("rehabilitering",))
    chosen = pg_phrases.choose(term, {"swedish": (True, [7]), "english": (True, [9])})
    assert chosen == pg_phrases.Phrase(("swedish",), ())


def long_doc(doc_id: str, body: str) -> SearchDoc:
    return SearchDoc(
        doc_id=doc_id, kind="wiki", title="Lång sida", body=body, url=f"/w/{doc_id}",
        scope="space:0", org_id=None, space_id=0, group_id=None, author_id=None,
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
    )  # fmt: skip


def test_a_phrase_past_the_english_halfs_positions_is_found(
    pg_backend: PostgresBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vector's English half of a 12,000-word body is past position 16,383, where
    PostgreSQL clamps every position; a phrase that Swedish keeps whole is found through
    the Swedish half alone (requiring both configurations lost it)."""
    filler = " ".join(["ord"] * 12_000)
    pg_backend.index([long_doc("wiki:1", f"{filler} arbetslivsinriktad rehabilitering")])
    for sparse in (0, 10**9):
        monkeypatch.setattr(pg_newest, "SPARSE_CANDIDATES", sparse)
        found = pg_backend.search(SearchQuery('"arbetslivsinriktad rehabilitering"'), SCOPES)
        assert found.total == 1
        assert "<mark>arbetslivsinriktad</mark>" in found.hits[0].snippet_html
        wrong_order = SearchQuery('"rehabilitering arbetslivsinriktad"')
        assert pg_backend.search(wrong_order, SCOPES).total == 0


def test_a_stop_word_still_keeps_the_phrase_exact(pg_backend: PostgresBackend) -> None:
    pg_backend.index([
        long_doc("wiki:1", "Aktivitetsersättning och unga."),
        long_doc("wiki:2", "Om aktivitetsersättning för unga."),
        long_doc("wiki:3", "Arbete i grupp."),
        long_doc("wiki:4", "Arbete på grupp."),
    ])  # fmt: skip

    def ids(text: str) -> set[str]:
        return {hit.doc_id for hit in pg_backend.search(SearchQuery(text), SCOPES).hits}

    assert ids('"aktivitetsersättning för unga"') == {"wiki:2"}
    # A word both configurations drop ("i") is in neither half of the vector, so any word
    # stands for it there, as before phrases chose their configurations.
    assert ids('"arbete i grupp"') == {"wiki:3", "wiki:4"}
