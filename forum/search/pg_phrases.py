"""What a phrase must match on PostgreSQL: its configurations and its pairs.

Every document is indexed in both configurations (forum.search.pg_schema). Each drops its
own stop words and leaves a gap, so Swedish turns "aktivitetsersättning för unga" into
'aktivitetsersättn' <2> 'ung', which "aktivitetsersättning och unga" also matches; English
keeps "för" and makes it exact. So a phrase is matched in the first configuration that keeps
every one of its words (exact, and inflection-tolerant in that language), and only when each
drops one in both (a word like "i" is a stop word in both) must it match in both, as before.

Why not always both: the vector is title_sv ‖ title_en ‖ body_sv ‖ body_en, and positions stop
at 16,383, so the English half of a body past ~8,000 words has every position clamped and
no phrase could match there; one configuration finds it, and costs one check, not two.

The same select (one round trip) gives each phrase's pairs of neighbouring lexemes in the
chosen configurations (forum.search.pg_newest).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from forum.search.query import QueryTerm
from forum.search.text import prepare_english, prepare_swedish

#: The configurations every document is indexed in, with how their text is prepared.
CONFIGS: dict[str, Callable[[str], str]] = {"swedish": prepare_swedish, "english": prepare_english}


@dataclass(frozen=True)
class Phrase:
    configs: tuple[str, ...]  # the configurations the phrase must match in (all of them)
    pairs: tuple[int, ...]  # pairs of neighbouring lexemes a document must hold


#: A phrase's words, as the parser gave them, to what it must match.
Phrases = Mapping[tuple[str, ...], Phrase]


def prepared(config: str, term: QueryTerm) -> str:
    return CONFIGS[config](" ".join(term.words))


def _keeps_every_word(config: str, text: str) -> Any:
    """True when the configuration's dictionaries give every word of ``text`` a lexeme (no
    stop word dropped); ts_debug lists the parser's tokens, with NULL lexemes for spaces and
    punctuation and an empty array for a stop word."""
    regconfig = sa.literal_column(f"'{config}'::regconfig")  # a name from CONFIGS, not input
    tokens = sa.func.ts_debug(regconfig, sa.cast(text, sa.Text)).table_valued("lexemes")
    kept = sa.func.cardinality(tokens.c.lexemes) > 0
    return (
        sa.select(sa.func.coalesce(sa.func.bool_and(kept), False))
        .where(tokens.c.lexemes.is_not(None))
        .scalar_subquery()
    )


def _phrase_terms(terms: Sequence[QueryTerm]) -> list[QueryTerm]:
    unique = {term.words: term for term in terms if term.kind == "phrase"}
    return list(unique.values())


def analyse(
    conn: sa.Connection, terms: Sequence[QueryTerm], query_pairs: Callable[[Any], Any]
) -> dict[tuple[str, ...], Phrase]:
    """For each phrase of the query: its configurations and pairs (one select; none without
    a phrase). ``query_pairs`` calls the table's query-side pair function on a vector."""
    phrases = _phrase_terms(terms)
    if not phrases:
        return {}
    columns = []
    for term in phrases:
        for config in CONFIGS:
            text = prepared(config, term)
            columns.append(_keeps_every_word(config, text))
            columns.append(query_pairs(sa.func.to_tsvector(config, text)))
    row = conn.execute(sa.select(*columns)).one()
    facts = iter(row)
    found = {}
    for term in phrases:
        per_config = {config: (bool(next(facts)), list(next(facts) or ())) for config in CONFIGS}
        found[term.words] = choose(term, per_config)
    return found


def choose(term: QueryTerm, per_config: Mapping[str, tuple[bool, list[int]]]) -> Phrase:
    """The first configuration keeping every word, else all; pairs only of two-word runs."""
    keeping = [config for config, (keeps, _) in per_config.items() if keeps]
    configs = tuple(keeping[:1]) or tuple(per_config)
    pairs: set[int] = set()
    if len(term.words) >= 2:
        for config in configs:
            pairs.update(int(pair) for pair in per_config[config][1])
    return Phrase(configs, tuple(sorted(pairs)))
