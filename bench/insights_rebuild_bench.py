"""`forum insights rebuild` at full size (issue 19): wall, CPU and peak memory of the command.

    .venv/bin/python bench/insights_rebuild_bench.py
    .venv/bin/python bench/insights_rebuild_bench.py --postgres postgresql+psycopg://postgres@127.0.0.1/test

Builds a throwaway database (as bench/insights_bench.py: SQLite in a temporary folder, or a
new PostgreSQL database dropped afterwards) holding 30 organizations, `--members` members and
`--posts` posts in `--threads` threads over 24 months, `--questions` of the threads questions
to another organization (answered by the first reply from that organization), written with
bulk inserts, then runs `forum insights rebuild` in a child process (the command as an
operator runs it, through Flask's CLI runner) and reports the child's wall time, CPU time
and peak resident memory (ru_maxrss). Reads and edits of pages and PBL attendance are not
generated: the posts are what a rebuild spends its time on. With `--pages N`, the worker's
job that keeps the standard periods' reports ready (forum.insights.kept.refresh) then runs
in a child process of its own (wall, CPU, peak memory), and every page under /insights is
timed N times as a coordinator on the rollups the rebuild wrote (a real history's shape, the
people across lines included), as served and computed (insights_bench.page_series), wall
and CPU time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from flask_migrate import upgrade  # noqa: E402
from insights_bench import _commit, database, page_series  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from wiki_bench import login, summary  # noqa: E402

from forum import create_app  # noqa: E402
from forum.accounts.models import Organization, OrgType, Role, User  # noqa: E402
from forum.discussions.models import Post, Space, Thread  # noqa: E402
from forum.extensions import db  # noqa: E402
from forum.rollups.months import add_months, month_of  # noqa: E402
from tests.factories import ForumFactory  # noqa: E402

ORGS, MONTHS, CHUNK = 30, 24, 10_000

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from forum import create_app
app = create_app({config!r})
wall, cpu = time.perf_counter(), time.process_time()
with app.app_context():  # as the `forum` command (a FlaskGroup) pushes it
    result = app.test_cli_runner().invoke(args=["insights", "rebuild"])
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
print(json.dumps({{"output": result.output.strip(), "exit": result.exit_code,
                  "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                  "error": repr(result.exception) if result.exit_code else None,
                  "peak_rss_mb": round(
                      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}}))
"""


REFRESH_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from forum import create_app
from forum.insights import kept
app = create_app({config!r})
with app.app_context():  # as the worker runs its job
    wall, cpu = time.perf_counter(), time.process_time()
    computed = kept.refresh()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
print(json.dumps({{"reports": computed, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                  "peak_rss_mb": round(
                      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}}))
"""


def build(members: int, threads: int, questions: int, posts: int, rng: random.Random) -> None:
    types = list(OrgType)
    orgs = [Organization(name=f"Organisation {n:02d}", short_name=f"O{n:02d}",
                         handle=f"o{n:02d}", type=types[n % len(types)]) for n in range(ORGS)]
    space = Space(slug="bench", name="Bench")
    db.session.add_all([*orgs, space])
    db.session.flush()
    org_ids = [o.id for o in orgs]
    db.session.execute(insert(User), [
        {"email": f"p{n}@bench.example", "username": f"p{n}", "display_name": f"P {n}",
         "organization_id": org_ids[n % ORGS], "password_hash": "x"} for n in range(members)])
    users = [tuple(r) for r in db.session.execute(
        db.select(User.id, User.organization_id).order_by(User.id))]
    by_org: dict[int, list[int]] = {}
    for user, org in users:
        by_org.setdefault(org, []).append(user)
    first = add_months(month_of(datetime.now(UTC)), -(MONTHS - 1))
    start = datetime(first.year, first.month, 1, 8, tzinfo=UTC)
    span = (datetime.now(UTC) - timedelta(days=1) - start).total_seconds()
    thread_rows, starts = [], []
    for n in range(threads):
        author, org = rng.choice(users)
        asked = rng.choice([o for o in org_ids if o != org]) if n < questions else None
        created = start + timedelta(seconds=rng.random() * span * 0.97)
        starts.append((created, author, asked))
        thread_rows.append({"space_id": space.id, "title": f"T{n}", "author_id": author,
                            "created_at": created, "question_org_id": asked})
    _bulk(Thread, thread_rows)
    thread_ids = list(db.session.scalars(db.select(Thread.id).order_by(Thread.id)))
    per_thread = posts // threads
    post_rows = []
    for thread_id, (created, author, asked) in zip(thread_ids, starts, strict=True):
        at = created
        for seq in range(1, per_thread + 1):
            if seq > 1:
                at += timedelta(hours=rng.expovariate(1 / 6))
                author = (rng.choice(by_org[asked]) if asked and seq == 2 and rng.random() < 0.8
                          else rng.choice(users)[0])
            post_rows.append({"thread_id": thread_id, "seq": seq, "author_id": author,
                              "source": "x", "html": "<p>x</p>", "created_at": at,
                              "rollup_pending": False})
            if len(post_rows) >= CHUNK:
                _bulk(Post, post_rows)
                post_rows = []
    _bulk(Post, post_rows)
    _first_answers()
    db.session.commit()


def _first_answers() -> None:
    """Each question's first answer: its first post by a member of the organization asked."""
    db.session.execute(db.text("""
        UPDATE threads SET first_answer_post_id = (
            SELECT p.id FROM posts p JOIN users u ON u.id = p.author_id
            WHERE p.thread_id = threads.id AND p.seq > 1
              AND u.organization_id = threads.question_org_id
            ORDER BY p.seq LIMIT 1)
        WHERE question_org_id IS NOT NULL"""))
    db.session.execute(db.text("""
        UPDATE threads SET first_answer_at = (
            SELECT created_at FROM posts WHERE posts.id = threads.first_answer_post_id)
        WHERE first_answer_post_id IS NOT NULL"""))


def _bulk(model, rows: list[dict]) -> None:
    for begin in range(0, len(rows), CHUNK):
        db.session.execute(insert(model), rows[begin:begin + CHUNK])


def time_pages(config: dict, count: int) -> dict[str, dict[str, float]]:
    """Every dashboard page on the rollups the rebuild wrote: unlike insights_bench.py's
    synthetic rows, these hold what a real history gives (the "to:" marks of replies across
    lines among them). As served (the worker's job has kept the standard periods) and
    computed (nothing kept: a quarter of `count` requests each); wall and CPU time."""
    app = create_app(config)
    with app.app_context():
        if db.engine.dialect.name == "postgresql":  # as autovacuum would have, after the
            with db.engine.connect() as connection:  # rebuild's bulk writes
                connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM ANALYZE")
        orgs = list(db.session.scalars(db.select(Organization).order_by(Organization.id)))
        coordinator = ForumFactory().user(orgs[0], roles=(Role.COORDINATOR,), username="coord")
        client = app.test_client()
        login(app, client, coordinator)
        found = {label: summary(values) for label, values in
                 page_series(client, orgs, count, max(3, count // 4)).items()}
        db.session.remove()
        db.engine.dispose()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--threads", type=int, default=50_000)
    parser.add_argument("--questions", type=int, default=20_000)
    parser.add_argument("--postgres", help="a PostgreSQL URL (a database is created in it)")
    parser.add_argument("--unit", choices=("hours", "workdays"), default="hours",
                        help="INSIGHTS_TIME_UNIT of the report job and the pages")
    parser.add_argument("--pages", type=int, default=0, metavar="N",
                        help="then time every /insights page N times on the rebuilt rollups")
    args = parser.parse_args()
    with database(args.postgres) as (folder, url):
        config = {"INSTANCE_PATH": folder, "SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url,
                  "BASE_URL": "http://localhost", "TESTING": True,
                  "INSIGHTS_TIME_UNIT": args.unit}
        app = create_app(config)
        with app.app_context():
            upgrade()
            build(args.members, args.threads, args.questions, args.posts, random.Random(2026))
            db.session.remove()
            db.engine.dispose()
        print("built", file=sys.stderr, flush=True)
        child = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), config=config)],
                               capture_output=True, text=True, check=True)
        result = json.loads(child.stdout.strip().splitlines()[-1])
        if args.pages:
            child = subprocess.run(
                [sys.executable, "-c", REFRESH_CHILD.format(root=str(ROOT), config=config)],
                capture_output=True, text=True, check=True)
            result["keeping_reports"] = json.loads(child.stdout.strip().splitlines()[-1])
            result["pages"] = time_pages(config, args.pages)
    print(json.dumps({
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": "postgresql" if args.postgres else "sqlite", "commit": _commit(),
        "members": args.members, "threads": args.threads, "questions": args.questions,
        "posts": args.posts, "unit": args.unit,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "machine": f"{platform.node()} {platform.processor() or platform.machine()}, "
                   f"Python {platform.python_version()}", **result}, indent=2))


if __name__ == "__main__":
    main()
