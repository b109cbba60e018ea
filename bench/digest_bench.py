"""E-mail: the daily digest for 5,000 members over 50,000 posts of activity.

Builds a fresh SQLite instance fast (bulk inserts through SQLAlchemy core): organizations,
members (no preference rows: the default, a daily digest), open and per-organization spaces,
threads (some of them questions to an organization, unanswered), posts from the last day,
and the notifications they made (replies in threads people follow, mentions of their
organization), some already read or seen in the thread. Then, in a separate process (a fresh
interpreter, as one worker), times `forum.email.digest.send_digests(now)`: wall time, CPU
time and maximum resident memory (getrusage), and counts the digests queued. Then times the
access check each digest gets just before the worker sends it
(`digest.check_at_sending`, every queued digest once, rolled back): `send_check_ms_per_digest`.

    .venv/bin/python bench/digest_bench.py [--members 5000] [--posts 50000] [--runs 1]

Target (issue 18): ≤ 60 s on one worker, ≤ 300 MB resident.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ORGS = 25
OPEN_SPACES = 10
POSTS_PER_THREAD = 20


def environment(work: Path) -> dict[str, str]:
    return {"FORUM_INSTANCE_PATH": str(work), "FORUM_DATABASE_URL": f"sqlite:///{work}/forum.db",
            "FORUM_LOG_LEVEL": "WARNING", "FORUM_SECRET_KEY": "bench",
            "FORUM_MAIL_DELAY_MINUTES": "0"}


def digest_morning() -> datetime:
    """06:30 UTC tomorrow, not a Monday (no weekly digests mixed in)."""
    from forum.db import utcnow

    day = utcnow().replace(hour=6, minute=30, second=0, microsecond=0)
    day += timedelta(days=1)
    return day + timedelta(days=1) if day.weekday() == 0 else day


def build(members: int, posts: int, now: datetime, seed: int = 18) -> dict:
    from flask_migrate import upgrade
    from sqlalchemy import insert

    from forum import create_app
    from forum.accounts.models import Organization, OrgType, User
    from forum.accounts.visibility import Visibility
    from forum.discussions.models import Follow, FollowLevel, Post, ReadState, Space, Thread
    from forum.extensions import db
    from forum.notifications.models import Notification

    rng = random.Random(seed)
    app = create_app()
    counts = {}
    with app.app_context():
        upgrade()
        start = now - timedelta(days=1)  # the day the digest covers
        joined = now - timedelta(days=60)
        run = db.session.execute
        run(insert(Organization), [
            {"id": o, "name": f"Organisation {o}", "short_name": f"Org {o}",
             "handle": f"org{o}", "type": OrgType.OTHER, "created_at": joined}
            for o in range(1, ORGS + 1)])
        run(insert(User), [
            {"id": u, "email": f"m{u}@example.org", "username": f"m{u}",
             "display_name": f"Medlem {u}", "organization_id": 1 + u % ORGS,
             "password_hash": "x", "created_at": joined} for u in range(1, members + 1)])
        spaces = [{"id": s, "slug": f"open-{s}", "name": f"Öppet {s}",
                   "visibility": Visibility.ALL, "created_at": joined}
                  for s in range(1, OPEN_SPACES + 1)]
        spaces += [{"id": OPEN_SPACES + o, "slug": f"org-{o}", "name": f"Org {o} internt",
                    "visibility": Visibility.ORG, "organization_id": o, "created_at": joined}
                   for o in range(1, ORGS + 1)]
        run(insert(Space), spaces)
        threads_n = max(1, posts // POSTS_PER_THREAD)
        threads, follows = [], []
        for t in range(1, threads_n + 1):
            space = rng.randrange(1, len(spaces) + 1)
            org = space - OPEN_SPACES if space > OPEN_SPACES else None
            author = (rng.randrange(0, members // ORGS) * ORGS + org - 1 if org
                      else rng.randrange(1, members + 1))
            author = max(1, min(members, author))
            question = rng.randrange(1, ORGS + 1) if org is None and t % 5 == 0 else None
            threads.append({"id": t, "space_id": space, "title": f"Tråd {t} om något viktigt",
                            "author_id": author, "created_at": start,
                            "last_post_at": now - timedelta(hours=1),
                            "last_seq": POSTS_PER_THREAD, "post_count": POSTS_PER_THREAD,
                            "question_org_id": question})
            follows.append({"user_id": author, "thread_id": t, "level": FollowLevel.WATCH})
        run(insert(Thread), threads)
        run(insert(Follow), follows)
        post_rows, notes, reads = [], [], []
        step = timedelta(days=1) / max(1, posts)
        for p in range(1, posts + 1):
            thread = threads[(p - 1) // POSTS_PER_THREAD]
            seq = (p - 1) % POSTS_PER_THREAD + 1
            created = start + step * p
            author = rng.randrange(1, members + 1)
            post_rows.append({"id": p, "thread_id": thread["id"], "seq": seq,
                              "author_id": author, "source": f"Inlägg {p}",
                              "html": f"<p>Inlägg {p}</p>", "created_at": created})
            if seq > 1 and author != thread["author_id"]:  # a reply to the thread's follower
                notes.append({"user_id": thread["author_id"], "kind": "reply",
                              "thread_id": thread["id"], "post_id": p, "actor_id": author,
                              "created_at": created,
                              "read_at": created if rng.random() < 0.2 else None})
            if p % 10 == 0:  # mentions of an organization reach a few of its members
                org = rng.randrange(1, ORGS + 1)
                for member in rng.sample(range(org, members + 1, ORGS), 3):
                    notes.append({"user_id": member, "kind": "org_mention",
                                  "thread_id": thread["id"], "post_id": p, "actor_id": author,
                                  "created_at": created})
            if len(post_rows) >= 5000:
                run(insert(Post), post_rows)
                post_rows = []
        if post_rows:
            run(insert(Post), post_rows)
        for i in range(0, len(notes), 5000):
            run(insert(Notification), notes[i:i + 5000])
        for t in rng.sample(threads, len(threads) // 10):  # seen in the browser already
            reads.append({"user_id": t["author_id"], "thread_id": t["id"],
                          "last_read_seq": POSTS_PER_THREAD})
        unique = {(r["user_id"], r["thread_id"]): r for r in reads}
        run(insert(ReadState), list(unique.values()))
        db.session.commit()
        counts = {"organizations": ORGS, "members": members, "spaces": len(spaces),
                  "threads": threads_n, "posts": posts, "notifications": len(notes),
                  "read_states": len(unique),
                  "questions": sum(1 for t in threads if t["question_org_id"])}
    return counts


def measure(now_iso: str) -> None:
    """The child: one worker's digest job, timed."""
    import resource

    from sqlalchemy import func, select

    from forum import create_app
    from forum.email import digest
    from forum.email.models import MailMessage
    from forum.extensions import db

    app = create_app()
    now = datetime.fromisoformat(now_iso)
    with app.app_context():
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cpu0, wall0 = time.process_time(), time.perf_counter()
        queued = digest.send_digests(now)
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        again0 = time.perf_counter()
        repeat = digest.send_digests(now + timedelta(minutes=10))  # the job's next round
        again = time.perf_counter() - again0
        rows = db.session.scalar(select(func.count(MailMessage.id)).where(
            MailMessage.kind == "digest"))
        ids = list(db.session.scalars(select(MailMessage.id).where(
            MailMessage.kind == "digest")))
        check0, changed = time.perf_counter(), 0
        for mail_id in ids:  # as the worker does it: one row at a time, in its transaction
            row = db.session.get(MailMessage, mail_id)
            before = row.text_body
            changed += digest.check_at_sending(row, now) is not None or row.text_body != before
            db.session.rollback()
        check = time.perf_counter() - check0
    print(json.dumps({"wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                      "max_rss_mb": round(rss, 1), "rss_before_job_mb": round(rss_before, 1),
                      "queued": queued, "digest_rows": rows,
                      "next_round_s": round(again, 2), "next_round_queued": repeat,
                      "send_check_s": round(check, 2),
                      "send_check_ms_per_digest": round(1000 * check / max(1, len(ids)), 2),
                      "send_check_changed": changed}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--posts", type=int, default=50000)
    parser.add_argument("--runs", type=int, default=1, help="fresh instances, one job each")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measure(args.child)
        return
    now = digest_morning()
    results = {"members": args.members, "posts": args.posts, "now": now.isoformat(),
               "load_before": os.getloadavg(), "runs": []}
    for _run in range(args.runs):
        work = Path(tempfile.mkdtemp(prefix="digest-bench-"))
        env = os.environ | environment(work)
        t0 = time.perf_counter()
        built = subprocess.run(
            [sys.executable, "-c", "import json, sys; from datetime import datetime; "
             "sys.path.insert(0, 'bench'); import digest_bench as b; "
             f"print(json.dumps(b.build({args.members}, {args.posts}, "
             f"datetime.fromisoformat({now.isoformat()!r}))))"],
            cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True)
        data = json.loads(built.stdout.strip().splitlines()[-1])
        build_s = time.perf_counter() - t0
        child = subprocess.run([sys.executable, __file__, "--child", now.isoformat()],
                               cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True)
        job = json.loads(child.stdout.strip().splitlines()[-1])
        results["runs"].append({"data": data, "build_s": round(build_s, 1), **job,
                                "load_after": os.getloadavg()})
        print(json.dumps(results["runs"][-1]), flush=True)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"digest-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
