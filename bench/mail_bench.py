"""E-mail: how soon a mention reaches an SMTP server, and what queueing adds to posting.

An in-process forum on a fresh SQLite instance (delay 0) with `forum serve`'s mail worker
child (woken through its pipe after each commit, as in the embedded layout) and a real SMTP
server (tests/smtp_sink.py, aiosmtpd in its own process). Two parts:

1. latency: N mentions, one at a time; from the post's commit (notifications included)
   until the SMTP server has written the message;
2. posting cost: posts that mention someone who wants e-mail (a mail row is written) and
   posts that mention someone who does not (no row), interleaved one by one.

    .venv/bin/python bench/mail_bench.py [--mentions 60] [--posts 200]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mentions", type=int, default=60)
    parser.add_argument("--posts", type=int, default=200)
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
    from forum.email import preferences, process
    from forum.extensions import db
    from tests.factories import ForumFactory

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
            posting = {"mail": [], "no_mail": []}
            for i in range(args.posts):
                for key, handle in (("mail", "wants"), ("no_mail", "quiet")):
                    start = time.perf_counter()
                    forum.post(thread, author, f"@{handle} post {i}")
                    posting[key].append((time.perf_counter() - start) * 1000)
            status = Path(f"/proc/{child.process.pid}/status").read_text()
            rss_kb = int(next(line.split()[1] for line in status.splitlines()
                              if line.startswith("VmRSS")))
        finally:
            child.stop()
            sink.terminate()
    results = {
        "worker_rss_mb": round(rss_kb / 1024, 1),
        "mention_to_smtp_s": {"p50": percentile(latencies, 0.5),
                              "p95": percentile(latencies, 0.95), "max": max(latencies),
                              "n": len(latencies)},
        "post_ms": {key: {"p50": statistics.median(v), "p95": percentile(v, 0.95), "n": len(v)}
                    for key, v in posting.items()},
    }
    results["post_ms"]["p50_difference"] = (results["post_ms"]["mail"]["p50"]
                                            - results["post_ms"]["no_mail"]["p50"])
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"mail-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
