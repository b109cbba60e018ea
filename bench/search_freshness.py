"""Search freshness benchmark (issue 5): what indexing costs a post, and how soon it is found.

    .venv/bin/python bench/search_freshness.py --posts 400 --found 40

Builds a throwaway SQLite forum (migrated like the app's) with the indexer loop running in a
thread, woken by each commit as `forum serve` wakes its child indexer. Then, in-process:

- **cost to the post request**: `entrypoints.submit_post` timed with its search outbox row and,
  interleaved post by post in the same run, with the outbox write switched off (the
  baseline). The difference is what indexing adds to a post request;
- **time to findable**: a post with a unique word, then the reader's search (the app's
  `service.search`, scopes and access re-check included) every 50 ms until the post is a hit.

Everything stays in a temporary folder; every phase is bounded in count and the script stops
by itself (a post not found within 10 s counts as 10 s and is reported).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402

from forum import create_app  # noqa: E402
from forum.discussions import actions, entrypoints  # noqa: E402
from forum.extensions import db  # noqa: E402
from forum.indexing import indexer  # noqa: E402
from forum.searching import service  # noqa: E402
from tests.factories import ForumFactory  # noqa: E402

GIVE_UP_S = 10.0


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def pct(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)

    return {"median": round(statistics.median(ordered), 2), "p95": pct(0.95),
            "p99": pct(0.99), "max": round(ordered[-1], 2), "n": len(ordered)}


def post_cost(user, thread_id: int, count: int) -> dict[str, list[float]]:
    """submit_post with and without its outbox row, alternating post by post."""
    real_enqueue = actions.enqueue
    samples: dict[str, list[float]] = {"with outbox row": [], "without (baseline)": []}
    for n in range(count):
        with_outbox = n % 2 == 0
        actions.enqueue = real_enqueue if with_outbox else (lambda *doc_ids: None)
        try:
            started = time.perf_counter()
            entrypoints.submit_post(user, thread_id, f"Svar {n} om arbetsförmåga och plan", None)
            elapsed = (time.perf_counter() - started) * 1000
        finally:
            actions.enqueue = real_enqueue
        samples["with outbox row" if with_outbox else "without (baseline)"].append(elapsed)
    return samples


def time_to_findable(user, thread_id: int, count: int) -> tuple[list[float], int]:
    seconds, missed = [], 0
    for n in range(count):
        word = f"unikord{n}x{int(time.time() * 1000) % 100000}"
        entrypoints.submit_post(user, thread_id, f"Nytt inlägg med {word}", None)
        posted = time.perf_counter()
        while True:
            outcome = service.search(user, word, service.Filters())
            db.session.rollback()
            waited = time.perf_counter() - posted
            if outcome.hits or waited > GIVE_UP_S:
                break
            time.sleep(0.05)
        missed += not outcome.hits
        seconds.append(min(waited, GIVE_UP_S) * 1000)
    return seconds, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=400)
    parser.add_argument("--found", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"INSTANCE_PATH": folder, "SECRET_KEY": "bench",
                          "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/forum.db",
                          "BASE_URL": "http://localhost", "TESTING": True,
                          "RATELIMIT_ENABLED": False})
        with app.app_context():
            upgrade()
            forum = ForumFactory()
            org = forum.org("Försäkringskassan", handle="fk")
            user = forum.user(org, username="skribent")
            thread = forum.thread(forum.space("bench"), user, "Bänk", body="Start")
            db.session.commit()
            stop = threading.Event()
            threading.Thread(target=indexer.run_forever, args=(app, stop), daemon=True).start()
            try:
                post_cost(user, thread.id, 20)  # warm-up: imports, templates, query cache
                costs = post_cost(user, thread.id, args.posts)
                found, missed = time_to_findable(user, thread.id, args.found)
            finally:
                stop.set()
            db.session.remove()
            db.engine.dispose()
    with_row, without = costs["with outbox row"], costs["without (baseline)"]
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()} {platform.processor() or platform.machine()}, "
                   f"Python {platform.python_version()}",
        "post request ms": {name: summary(values) for name, values in costs.items()},
        "added by the outbox row ms": {
            key: round(summary(with_row)[key] - summary(without)[key], 2)
            for key in ("median", "p95", "p99")},
        "post to findable ms": summary(found),
        "not found within 10 s": missed,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
