"""Search benchmark: both backends, one corpus, one run, side by side.

    .venv/bin/python bench/search_bench.py --docs 100000 --runs 3

Builds a fixed-seed corpus of documents of about 300 words (Swedish and English rehabilitation
vocabulary with a Zipf-like spread, so some words are very common), indexes it in each backend
(timing the build), then applies a stream of single-document updates (each its own commit —
the realistic state of a live index, not a freshly optimised one), then times queries:
1–3 words, phrases and a very common word, restricted to a reader's scopes as the app does.
PostgreSQL is measured with GIN fastupdate on and off. Everything stays on this machine
(a temporary Whoosh folder, a temporary PostgreSQL schema), and the script stops by itself:
every phase is bounded in count, and --max-minutes bounds the whole run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from forum.search import PostgresBackend, SearchDoc, SearchQuery, WhooshBackend  # noqa: E402

REAL_WORDS = [
    "sjukskrivning",
    "sjukskrivningen",
    "sjukskrivningar",
    "arbetsförmåga",
    "arbetsförmågan",
    "sjukpenning",
    "aktivitetsersättning",
    "sjukersättning",
    "rehabilitering",
    "rehabiliteringen",
    "arbetslivsinriktad",
    "försäkringskassan",
    "arbetsförmedlingen",
    "vårdcentral",
    "psykiatri",
    "socialtjänst",
    "ekonomiskt",
    "bistånd",
    "samordningsförbund",
    "samordning",
    "handläggare",
    "bedömning",
    "bedömningen",
    "läkarintyg",
    "intyget",
    "rehabiliteringskedjan",
    "normalt",
    "förekommande",
    "arbete",
    "arbetsgivare",
    "insats",
    "insatser",
    "stöd",
    "kartläggning",
    "praktik",
    "utbildning",
    "samverkan",
    "möte",
    "mötet",
    "planering",
    "plan",
    "avstämningsmöte",
    "unga",
    "för",
    "och",
    "att",
    "det",
    "som",
    "en",
    "på",
    "är",
    "av",
    "med",
    "till",
    "inte",
    "har",
    "om",
    "de",
    "ett",
    "vi",
    "ska",
    "kan",
    "assessment",
    "assessments",
    "work",
    "ability",
    "sickness",
    "benefit",
    "employment",
    "service",
    "vocational",
    "rehabilitation",
    "coordination",
    "meeting",
    "plan",
    "support",
    "client",
    "case",
    "officer",
    "social",
    "services",
    "healthcare",
    "primary",
    "care",
    "psychiatry",
    "municipality",
    "agency",
    "agencies",
    "boundary",
    "mandate",
    "must",
]

SYLLABLES = [
    "ar",
    "bet",
    "för",
    "må",
    "ga",
    "sjuk",
    "skriv",
    "ning",
    "re",
    "ha",
    "bi",
    "li",
    "te",
    "ring",
    "sam",
    "ord",
    "na",
    "stöd",
    "in",
    "sats",
    "kart",
    "lägg",
    "pla",
    "ne",
    "vård",
    "cen",
    "tral",
    "so",
    "ci",
    "al",
    "tjänst",
    "bi",
    "stånd",
    "e",
    "ko",
    "no",
    "misk",
]


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words = list(dict.fromkeys(REAL_WORDS))
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5)))
        if word not in words:
            words.append(word)
    return words


def corpus(n: int, seed: int = 2026) -> tuple[list[SearchDoc], list[str]]:
    rng = random.Random(seed)
    words = vocabulary(rng, 8000)
    # Zipf-like weights: a handful of words are in nearly every document.
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(words))]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    docs = []
    for i in range(n):
        body = rng.choices(words, weights, k=300)
        if i % 50 == 0:
            at = rng.randrange(0, 290)
            body[at : at + 3] = ["aktivitetsersättning", "för", "unga"]
        title = " ".join(rng.choices(words[20:2000], k=6))
        docs.append(
            SearchDoc(
                doc_id=f"post:{i}",
                kind="post",
                title=title,
                body=" ".join(body),
                url=f"/t/{i // 20}#post-{i}",
                scope=f"space:{i % 50}",
                org_id=i % 12,
                space_id=i % 50,
                group_id=None,
                author_id=i % 400,
                created_at=start + timedelta(minutes=i),
            )
        )
    return docs, words


def queries(
    rng: random.Random, words: list[str], docs: list[SearchDoc], count: int
) -> dict[str, list[str]]:
    mid = words[60:3000]
    phrase_docs = rng.sample(docs, count)
    phrases = []
    for doc in phrase_docs:
        body = doc.body.split()
        at = rng.randrange(0, len(body) - 3)
        phrases.append('"' + " ".join(body[at : at + rng.choice((2, 3))]) + '"')
    return {
        "1-3 words": [" ".join(rng.sample(mid, rng.choice((1, 2, 3)))) for _ in range(count)],
        "phrase": phrases,
        "very common word": [rng.choice(("och", "att", "det", "som")) for _ in range(count)],
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50": statistics.median(values),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
    }


def build(backend, docs: list[SearchDoc]) -> float:
    """As `forum reindex` builds: the whole corpus in one write (``rebuild``)."""
    started = time.perf_counter()
    backend.rebuild(docs)
    return time.perf_counter() - started


def update_stream(
    backend, docs: list[SearchDoc], count: int, rng: random.Random
) -> dict[str, float]:
    """Single-document updates, each committed on its own, as the indexer does for a post:
    p50 / p95 / p99 in milliseconds."""
    timings = []
    for doc in rng.sample(docs, count):
        changed = SearchDoc(
            **{**{f: getattr(doc, f) for f in doc.__slots__}, "body": doc.body + " redigerad"}
        )
        started = time.perf_counter()
        backend.index([changed])
        timings.append((time.perf_counter() - started) * 1000)
    return summary(timings)


def time_queries(
    backend, sets: dict[str, list[str]], scopes: frozenset[str], runs: int
) -> dict[str, dict[str, float]]:
    results = {}
    for name, texts in sets.items():
        per_run = []
        for _ in range(runs):
            timings = []
            for text in texts:
                started = time.perf_counter()
                backend.search(SearchQuery(text=text), scopes)
                timings.append((time.perf_counter() - started) * 1000)
            per_run.append(summary(timings))
        results[name] = medians(per_run)
    return results


def medians(per_run: list[dict[str, float]]) -> dict[str, float]:
    """Each percentile's median over the runs (and how many runs there were)."""
    return {**{k: statistics.median(r[k] for r in per_run) for k in per_run[0]},
            "runs": len(per_run)}


def time_phrase_classes(
    backend, phrases: list[str], scopes: frozenset[str], runs: int
) -> dict[str, dict[str, float]]:
    """Whoosh only: the same phrases with ExactPhrase (common grams: pairs and triples), with
    pairs but no triples, on the words alone and with Whoosh's span-based Phrase,
    interleaved query by query, so all four see the same machine."""
    from whoosh.query import Phrase

    from forum.search import whoosh_query
    from forum.search.whoosh_phrase import ExactPhrase

    class PairsOnly(ExactPhrase):
        use_triples = False

    class WordsOnly(ExactPhrase):
        use_grams = False

    classes = {"phrase (ExactPhrase)": whoosh_query.PHRASE_QUERY,
               "phrase (ExactPhrase, pairs only, no triples)": PairsOnly,
               "phrase (ExactPhrase, words only, no grams)": WordsOnly,
               "phrase (Whoosh span Phrase)": Phrase}
    per_run: dict[str, list[dict[str, float]]] = {name: [] for name in classes}
    try:
        for _ in range(runs):
            timings: dict[str, list[float]] = {name: [] for name in classes}
            for text in phrases:
                for name, cls in classes.items():
                    whoosh_query.PHRASE_QUERY = cls
                    started = time.perf_counter()
                    backend.search(SearchQuery(text=text), scopes)
                    timings[name].append((time.perf_counter() - started) * 1000)
            for name in classes:
                per_run[name].append(summary(timings[name]))
    finally:
        whoosh_query.PHRASE_QUERY = classes["phrase (ExactPhrase)"]
    return {name: medians(runs_) for name, runs_ in per_run.items()}


def measure(name: str, backend, docs, sets, args, rng, *, reuse: bool = False) -> dict:
    if reuse:
        # A kept index (--index-dir, --pg-schema) that went through the build and the updates.
        print(f"[{name}] reusing the kept index of {len(docs)} documents", flush=True)
        built = updates = None
    else:
        print(f"[{name}] building {len(docs)} documents …", flush=True)
        built = build(backend, docs)
        print(f"[{name}] built in {built:.0f} s; {args.updates} single updates …", flush=True)
        updates = update_stream(backend, docs, args.updates, rng)
    scopes = frozenset(f"space:{i}" for i in range(30))  # the reader sees 30 of 50 spaces
    print(f"[{name}] querying …", flush=True)
    queries_ms = time_queries(backend, sets, scopes, args.runs)
    if name == "whoosh" and args.compare_phrases:
        queries_ms.update(time_phrase_classes(backend, sets["phrase"], scopes, args.runs))
    return {
        "build_s": built,
        "update_median_ms": None if updates is None else updates["p50"],
        "update_ms": updates,
        "queries_ms": queries_ms,
    }


def postgres(url: str, fastupdate: bool, keep: str | None = None):
    """A backend in a schema of its own: a temporary one (dropped afterwards), or the schema
    named by ``keep`` (--pg-schema), created if missing and left in place."""
    import sqlalchemy as sa

    from forum.search import create_schema

    engine = sa.create_engine(url)
    schema = keep or f"bench_{uuid.uuid4().hex[:8]}"
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    create_schema(engine, schema=schema, gin_fastupdate=fastupdate)
    backend = PostgresBackend(engine, schema=schema)

    def drop() -> None:
        if not keep:
            with engine.begin() as conn:
                conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()

    return backend, drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--updates", type=int, default=300)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--backends", default="whoosh,postgres-fastupdate-off,postgres-fastupdate-on"
    )
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "FORUM_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    parser.add_argument("--max-minutes", type=float, default=60)
    parser.add_argument(
        "--compare-phrases",
        action="store_true",
        help="Whoosh: also time the phrases without triples, without common grams and with "
        "Whoosh's own Phrase, interleaved",
    )
    parser.add_argument(
        "--index-dir",
        type=Path,
        help="Whoosh: build the index in this folder and keep it; a later run with the same "
        "folder and --docs reuses it (no build, no updates) to time queries again",
    )
    parser.add_argument(
        "--pg-schema",
        help="PostgreSQL: build in this schema and keep it; a later run with the same schema "
        "and --docs reuses it (no build, no updates) to time queries again",
    )
    parser.add_argument(
        "--without-grams",
        action="store_true",
        help="Whoosh: build the index without common-grams fields (its size and build time)",
    )
    args = parser.parse_args()
    if args.without_grams:
        from forum.search import whoosh_query

        whoosh_query.GRAMS_FOR = ()
    deadline = time.monotonic() + args.max_minutes * 60
    rng = random.Random(7)
    docs, words = corpus(args.docs)
    sets = queries(rng, words, docs, args.queries)
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "docs": args.docs,
        "grams": not args.without_grams,
        "machine": machine(),
        "backends": {},
    }
    for name in args.backends.split(","):
        if time.monotonic() > deadline:
            print(f"[{name}] skipped: --max-minutes reached", flush=True)
            continue
        if name == "whoosh" and args.index_dir:
            report["backends"][name] = measure_whoosh(args.index_dir, docs, sets, args, rng)
        elif name == "whoosh":
            with tempfile.TemporaryDirectory() as folder:
                report["backends"][name] = measure_whoosh(Path(folder), docs, sets, args, rng)
        else:
            backend, drop = postgres(args.postgres_url, name.endswith("-on"), args.pg_schema)
            try:
                reuse = bool(args.pg_schema) and backend.count() == len(docs)
                report["backends"][name] = measure(
                    name, backend, docs, sets, args, rng, reuse=reuse
                )
            finally:
                drop()
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"search-{datetime.now(UTC):%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(report, indent=2))
    print(table(report))
    print(f"raw results: {path}")


def measure_whoosh(folder: Path, docs, sets, args, rng) -> dict:
    backend = WhooshBackend(folder / "index")
    reuse = backend.count() == len(docs)
    data = measure("whoosh", backend, docs, sets, args, rng, reuse=reuse)
    data.update(grams_sizes(backend))
    backend.close()
    data["index_mb"] = folder_mb(folder)
    return data


def grams_sizes(backend: WhooshBackend) -> dict[str, int]:
    """How many common words and frequent pairs the rebuild chose from its sample."""
    from forum.search.common_grams import common_words_of, frequent_pairs_of

    with backend._reading() as searcher:
        return {"common_words": len(common_words_of(searcher.schema, "body_plain") or ()),
                "frequent_pairs": len(frequent_pairs_of(searcher.schema, "body_plain") or ())}


def folder_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20


def machine() -> dict[str, str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown",
    )
    return {"cpu": cpu, "cores": str(os.cpu_count()), "python": sys.version.split()[0]}


def size(data: dict) -> str:
    return f", {data['index_mb']:.0f} MB" if "index_mb" in data else ""


def table(report: dict) -> str:
    lines = [
        "| backend | build | update p50 / p95 | query kind | p50 ms | p95 ms | p99 ms |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, data in report["backends"].items():
        for kind, figures in data["queries_ms"].items():
            kept = data["build_s"] is None  # a kept index, reused
            build = "kept index" if kept else f"{data['build_s']:.0f} s"
            update = "–" if kept else "{p50:.1f} / {p95:.1f} ms".format(**data["update_ms"])
            lines.append(
                f"| {name} | {build}{size(data)}"
                f" | {update}"
                f" | {kind} | {figures['p50']:.1f} | {figures['p95']:.1f}"
                f" | {figures['p99']:.1f} |"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
