"""E-mail: how soon a mention reaches an SMTP server, and what e-mail adds to posting.

An in-process forum on a fresh SQLite instance (delay 0) with `forum serve`'s mail worker
child (woken through its pipe after each commit, as in the embedded layout) and a real SMTP
server (tests/smtp_sink.py, aiosmtpd in its own process). Three parts:

1. latency: N mentions, one at a time; from the post's commit (notifications included)
   until the SMTP server has written the message (the worker queues the intent, composes
   and sends in one pass);
2. posting cost, with the delay back at its default (10 minutes, in the poster and in a
   restarted worker child, as in production: the post only writes the intent), three kinds
   of post interleaved round by round, their order rotated each round, a fresh thread every
   100 rounds:
   - "mail": mentions someone who wants e-mail (the notification carries `mail_pending`);
   - "no_mail": mentions someone who turned mention e-mail off (the same on the posting
     path: the worker reads the preference when the intent is due);
   - "mail_off": mentions the one who wants e-mail with the e-mail hook unregistered
     (forum.notifications.actions' listener list without notify.mark_for_mail): the same
     post with e-mail off.
   Medians per kind, and the difference "mail" − "mail_off" as the median of the per-round
   differences and as the difference of the medians, each with a 95 % bootstrap interval;
3. the worker's side of it: `notify.materialize_due` over every intent part 2 left (as
   if the ten minutes had passed), wall and CPU time per intent.

    .venv/bin/python bench/mail_bench.py [--mentions 60] [--posts 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bootstrap(values: list[float], statistic, rounds: int = 2000, seed: int = 18
              ) -> tuple[float, float]:
    """A 95 % percentile-bootstrap interval of statistic(values)."""
    rng = random.Random(seed)
    n = len(values)
    estimates = sorted(statistic(rng.choices(values, k=n)) for _ in range(rounds))
    return estimates[int(0.025 * rounds)], estimates[int(0.975 * rounds) - 1]


def median_difference_interval(a: list[float], b: list[float], rounds: int = 2000,
                               seed: int = 18) -> tuple[float, float]:
    rng = random.Random(seed)
    estimates = sorted(statistics.median(rng.choices(a, k=len(a)))
                       - statistics.median(rng.choices(b, k=len(b))) for _ in range(rounds))
    return estimates[int(0.025 * rounds)], estimates[int(0.975 * rounds) - 1]


def differences(post: dict, series: dict[str, list[float]]) -> None:
    """mail − mail_off and mail − no_mail: of the medians, and the median paired difference
    (round by round), each with its 95 % bootstrap interval."""
    for other in ("mail_off", "no_mail"):
        a, b = series["mail"], series[other]
        paired = [x - y for x, y in zip(a, b, strict=True)]
        post[f"mail_minus_{other}"] = {
            "p50_difference": post["mail"]["p50"] - post[other]["p50"],
            "p50_difference_95": median_difference_interval(a, b),
            "median_paired_difference": statistics.median(paired),
            "median_paired_difference_95": bootstrap(paired, statistics.median),
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mentions", type=int, default=60)
    parser.add_argument("--posts", type=int, default=1000, help="posts of each kind")
    args = parser.parse_args()
    from tests.live_server import free_port

    work = Path(tempfile.mkdtemp(prefix="mail-bench-"))
    sink_dir, port = work / "received", free_port()
    sink_dir.mkdir()
    sink = subprocess.Popen([sys.executable, "-m", "tests.smtp_sink", str(port), str(sink_dir)],
                            cwd=ROOT)
    while not (sink_dir / "ready").exists():
        time.sleep(0.05)
    os.environ.update({
        "FORUM_INSTANCE_PATH": str(work), "FORUM_DATABASE_URL": f"sqlite:///{work}/forum.db",
        "FORUM_SMTP_HOST": "127.0.0.1", "FORUM_SMTP_PORT": str(port),
        "FORUM_SMTP_STARTTLS": "0", "FORUM_MAIL_DELAY_MINUTES": "0",
        "FORUM_LOG_LEVEL": "WARNING", "FORUM_SECRET_KEY": "bench"})
    from flask_migrate import upgrade

    from forum import create_app
    from forum.db import utcnow
    from forum.email import notify, preferences, process
    from forum.extensions import db
    from forum.notifications import actions as notification_actions
    from tests.factories import ForumFactory

    load_before = os.getloadavg()
    app = create_app()
    results: dict = {}
    with app.app_context():
        upgrade()
        forum = ForumFactory()
        org = forum.org("Bench", handle="bench")
        author = forum.user(org, username="author")
        forum.user(org, username="wants")
        quiet = forum.user(org, username="quiet")
        preferences.do_set(quiet.id, {"mention": preferences.NEVER})
        db.session.commit()
        space = forum.space("bench", "all")
        thread = forum.thread(space, author, "Bench")
        child = process.start()
        try:
            forum.post(thread, author, "@wants warm-up")  # the child's start-up, not counted
            while not list(sink_dir.glob("*.eml")):
                time.sleep(0.05)
            latencies = []
            for i in range(args.mentions):
                before = len(list(sink_dir.glob("*.eml")))
                forum.post(thread, author, f"@wants nummer {i}")
                committed = time.perf_counter()
                while len(list(sink_dir.glob("*.eml"))) <= before:
                    time.sleep(0.005)
                latencies.append(time.perf_counter() - committed)
            # The default delay, in the poster and in the worker (a new child reads it): the
            # post writes the intent and the worker leaves it for ten minutes.
            child.stop()
            os.environ["FORUM_MAIL_DELAY_MINUTES"] = "10"
            app.config["MAIL_DELAY_MINUTES"] = 10.0
            child = process.start()
            posting: dict[str, list[float]] = {"mail": [], "no_mail": [], "mail_off": []}
            cpu: dict[str, list[float]] = {key: [] for key in posting}
            kinds = list(posting)
            hooks = notification_actions._WRITING
            for i in range(args.posts):
                if i % 100 == 0:
                    thread = forum.thread(space, author, f"Bench {i}")
                for k in range(len(kinds)):
                    key = kinds[(i + k) % len(kinds)]
                    handle = "quiet" if key == "no_mail" else "wants"
                    if key == "mail_off":
                        hooks.remove(notify.mark_for_mail)
                    try:
                        start, start_cpu = time.perf_counter(), time.process_time()
                        forum.post(thread, author, f"@{handle} post {i}")
                        posting[key].append((time.perf_counter() - start) * 1000)
                        cpu[key].append((time.process_time() - start_cpu) * 1000)
                    finally:
                        if key == "mail_off":
                            hooks.append(notify.mark_for_mail)
            status = Path(f"/proc/{child.process.pid}/status").read_text()
            rss_kb = int(next(line.split()[1] for line in status.splitlines()
                              if line.startswith("VmRSS")))
        finally:
            child.stop()
            sink.terminate()
        from sqlalchemy import func, select

        from forum.notifications.models import Notification

        intents = db.session.scalar(select(func.count()).select_from(Notification).where(
            Notification.mail_pending))
        start, start_cpu = time.perf_counter(), time.process_time()
        materialized = notify.materialize_due(utcnow() + timedelta(minutes=11))
        worker_side = {"intents": intents, "counts": dict(materialized),
                       "wall_ms_per_intent": (time.perf_counter() - start) * 1000 / intents,
                       "cpu_ms_per_intent": (time.process_time() - start_cpu) * 1000 / intents}
    results = {
        "worker_rss_mb": round(rss_kb / 1024, 1), "load_before": load_before,
        "mention_to_smtp_s": {"p50": percentile(latencies, 0.5),
                              "p95": percentile(latencies, 0.95), "max": max(latencies),
                              "n": len(latencies)},
        "post_ms": {key: {"p50": statistics.median(v), "p95": percentile(v, 0.95), "n": len(v)}
                    for key, v in posting.items()},
        "materialize": worker_side,
        "load_after": os.getloadavg(),
    }
    # The same for the CPU time of the posting process (this process: the worker and the
    # SMTP server are others), which the other tenants of a shared machine inflate far less.
    results["post_cpu_ms"] = {key: {"p50": statistics.median(v), "p95": percentile(v, 0.95)}
                              for key, v in cpu.items()}
    for post, series in ((results["post_ms"], posting), (results["post_cpu_ms"], cpu)):
        differences(post, series)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"mail-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
