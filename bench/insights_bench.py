"""Collaboration health benchmark (issue 19): the dashboard's server time over a synthetic
association, and what keeping the rollups current adds to a post.

    .venv/bin/python bench/insights_bench.py --members 3000 --requests 30
    .venv/bin/python bench/insights_bench.py --postgres postgresql+psycopg://postgres@127.0.0.1/test

Builds a throwaway database migrated like the app's (SQLite in a temporary folder, or a new
PostgreSQL database dropped afterwards), then:

- the rollup rows of 30 organizations over 24 months as the actions would have written them
  for about 1,000,000 posts and 20,000 questions (`--members` people, each active in a month
  with probability 0.6; one waiting time per question and per first reply across lines). The
  posts themselves are not generated: the dashboard never reads them (the signs read the
  unanswered questions, of which there are none here, so their cost is not in these figures);
- every page under /insights as a coordinator (`pages()`: the dashboard, the heaviest view
  with every organization, every type, the matrix and the signs, for 24 and 12 months and
  filtered on an organization and on a type; the CSV and XLSX exports), through the WSGI
  stack (Flask test client), as served (a kept report, forum.insights.kept) and computed
  (`--computed` requests each with no kept report usable); `--pages-only` stops there;
- `do_create_post` (insert, sequence number, outbox, mentions; the commit not timed) as the
  app has it (the post written pending for the worker, `Post.rollup_pending`, and the
  worker's wake-up asked for) and with the rollups off (written as counted, no wake-up, the
  job not run), alternated post by post in the same run; wall and CPU time;
- the worker's job (forum.insights.pending) counting `--job-posts` new posts in batches of
  `--batch`: time per batch and posts per second, against the full-size rollup tables.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import create_engine, event, insert  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from forum import create_app  # noqa: E402
from forum.accounts.models import Organization, OrgType, Role, User  # noqa: E402
from forum.db import utcnow  # noqa: E402
from forum.discussions import actions  # noqa: E402
from forum.discussions.models import Post  # noqa: E402
from forum.extensions import db  # noqa: E402
from forum.insights import pending  # noqa: E402
from forum.rollups import track  # noqa: E402
from forum.rollups.models import (  # noqa: E402
    COUNTERS,
    InsightFirst,
    InsightOrgMonth,
    InsightPairMonth,
    InsightPerson,
)
from forum.rollups.months import add_months, month_of  # noqa: E402
from tests.factories import Factory, ForumFactory  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from wiki_bench import get, login, summary, timed  # noqa: E402

ORGS, MONTHS, POSTS, QUESTIONS = 30, 24, 1_000_000, 20_000
KINDS = ("active", "posts", "replies", "replies_cross", "thread_reads")


def cpu_timed(fn, count: int) -> list[float]:
    """This process's CPU time per call (ms): on a machine shared with other work, the wall
    time also counts the time other processes held the cores."""
    samples = []
    for _ in range(count):
        start = time.process_time()
        fn()
        samples.append((time.process_time() - start) * 1000)
    return samples


@contextmanager
def database(postgres: str | None):
    if not postgres:
        with tempfile.TemporaryDirectory() as folder:
            yield folder, f"sqlite:///{folder}/forum.db"
        return
    base = make_url(postgres)
    name = f"insights_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory() as folder:
            yield folder, base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def build(members: int, rng: random.Random) -> dict:
    types = list(OrgType)
    orgs = [Organization(name=f"Organisation {n:02d}", short_name=f"O{n:02d}",
                         handle=f"o{n:02d}", type=types[n % len(types)]) for n in range(ORGS)]
    db.session.add_all(orgs)
    db.session.flush()
    people = []
    from tests.factories import _hash

    for n in range(members):
        people.append({"email": f"p{n}@bench.example", "username": f"p{n}",
                       "display_name": f"P {n}", "organization_id": orgs[n % ORGS].id,
                       "password_hash": _hash(Factory.PASSWORD)})
    db.session.execute(insert(User), people)
    db.session.commit()
    ids = [u for u, in db.session.execute(db.select(User.id).order_by(User.id))]
    first = add_months(month_of(utcnow()), -(MONTHS - 1))
    months = [add_months(first, k) for k in range(MONTHS)]
    per_cell = POSTS // (ORGS * MONTHS)
    org_rows, pair_rows, person_rows, wait_rows = [], [], [], []
    for org in orgs:
        for month in months:
            row = {c: rng.randint(0, 50) for c in COUNTERS}
            row.update(posts=per_cell, replies=per_cell - 40, replies_cross=per_cell // 3,
                       questions_received=QUESTIONS // (ORGS * MONTHS),
                       questions_answered=QUESTIONS // (ORGS * MONTHS) - 3)
            org_rows.append({"organization_id": org.id, "month": month, **row})
            for other in rng.sample(orgs, 10):
                if other.id != org.id:
                    pair_rows.append({"from_org_id": org.id, "to_org_id": other.id,
                                      "month": month, "replies": rng.randint(1, 60)})
    for n, user_id in enumerate(ids):
        org_id = orgs[n % ORGS].id
        for month in months:
            if rng.random() < 0.6:
                person_rows += [{"user_id": user_id, "organization_id": org_id,
                                 "month": month, "kind": kind} for kind in KINDS]
    thread_ids = _threads(QUESTIONS * 2)
    for n, thread_id in enumerate(thread_ids):
        month = months[n % MONTHS]
        start = datetime(month.year, month.month, 2, 9, tzinfo=UTC)
        a, b = rng.sample(orgs, 2)
        hours = rng.expovariate(1 / 20)
        wait_rows.append({"thread_id": thread_id, "kind": "answer" if n % 2 else "reply",
                          "from_org_id": a.id, "to_org_id": b.id, "month": month,
                          "started_at": start, "ended_at": start + timedelta(hours=hours),
                          **track.wait_values(start, start + timedelta(hours=hours))})
    for model, rows in ((InsightOrgMonth, org_rows), (InsightPairMonth, pair_rows),
                        (InsightPerson, person_rows), (InsightFirst, wait_rows)):
        for start in range(0, len(rows), 5000):
            db.session.execute(insert(model), rows[start:start + 5000])
    db.session.commit()
    if db.engine.dialect.name == "postgresql":  # as autovacuum would have, over 24 months:
        with db.engine.connect() as connection:  # statistics and the visibility map (the
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM ANALYZE")  # index-only scans)
    coordinator = ForumFactory().user(orgs[0], roles=(Role.COORDINATOR,), username="coord")
    return {"coordinator": coordinator, "orgs": orgs, "people_rows": len(person_rows)}


def _threads(count: int) -> list[int]:
    """Thread rows for the waiting times to point at (one space, one author)."""
    from forum.discussions.models import Space, Thread

    space = Space(slug="bench", name="Bench")
    db.session.add(space)
    db.session.flush()
    author = db.session.scalar(db.select(User.id).limit(1))
    rows = [{"space_id": space.id, "title": f"T{n}", "author_id": author} for n in range(count)]
    for start in range(0, len(rows), 5000):
        db.session.execute(insert(Thread), rows[start:start + 5000])
    db.session.commit()
    return list(db.session.scalars(db.select(Thread.id).order_by(Thread.id)))


def page_series(client, orgs, count: int, computed_count: int) -> dict[str, list[float]]:
    """Every page of `pages()`, wall and CPU time, two ways:

    - as served: each response closed as a server closes it, so what a view computes is kept
      (forum.insights.kept); the warm-up request keeps what the worker's job does not (a
      filtered view's series, a period it does not keep). The kept reports are exact here:
      nothing changes while the pages are timed;
    - ", computed": no kept report usable, so every request computes from the rollups, as the
      first view of a period nobody has looked at does (and as the worker's job does)."""
    found: dict[str, list[float]] = {}
    for label, url in pages(orgs):
        def shown(u=url) -> None:
            get(client, u).close()

        shown()
        found[label] = timed(shown, count)
        found[label + " (CPU time)"] = cpu_timed(shown, count)
        print(label, summary(found[label]), file=sys.stderr, flush=True)
    with nothing_kept():
        for label, url in pages(orgs):
            def computed(u=url) -> None:
                get(client, u)  # not closed: nothing kept

            found[label + ", computed"] = timed(computed, computed_count)
            found[label + ", computed (CPU time)"] = cpu_timed(computed, computed_count)
            print(label, "computed", summary(found[label + ", computed"]), file=sys.stderr,
                  flush=True)
    return found


@contextmanager
def nothing_kept():
    """No kept report matches (a new signature for every request) or may be shown for its
    age: each request computes its figures."""
    from flask import current_app

    from forum.insights import kept

    app, signature = current_app, kept.signature
    age = app.config["INSIGHTS_REPORT_MAX_AGE"]
    fresh = iter(range(10**9))
    kept.signature = lambda _orgs: f"bench-{next(fresh)}"
    app.config["INSIGHTS_REPORT_MAX_AGE"] = 0
    try:
        yield
    finally:
        kept.signature = signature
        app.config["INSIGHTS_REPORT_MAX_AGE"] = age


def pages(orgs) -> list[tuple[str, str]]:
    """Every page under /insights (forum/insights/views.py), as a coordinator sees them: the
    dashboard over 24 and 12 months, filtered on one organization and on one type, and the
    exports (CSV of the summary and of the matrix, the workbook of every table)."""
    org, kind = orgs[0], orgs[0].type.value
    return [(f"GET {url}", url) for url in (
        "/insights?months=24", "/insights?months=12", f"/insights?months=24&org={org.id}",
        f"/insights?months=24&type={kind}", "/insights/export.csv?months=24&table=summary",
        "/insights/export.csv?months=24&table=matrix", "/insights/export.xlsx?months=24")]


ON, OFF = "post, rollups kept current", "post, rollups off (baseline)"


def post_cost(orgs, posts: int) -> dict[str, list[float]]:
    """`do_create_post` (the commit not timed), alternated post by post in the same run: as
    the app has it (the row written pending, so the partial index gets an entry, and the
    worker's wake-up asked for), and with the rollups off (the row written as already
    counted, no wake-up; the job does not run). Wall and CPU time of this process."""
    forum = ForumFactory()
    space = forum.space("post-bench")
    a = forum.user(orgs[1], username="poster.a")
    b = forum.user(orgs[2], username="poster.b")
    thread = forum.thread(space, a, "Mätning", "Start.")
    rollups_off = {"on": False}

    def as_counted(_mapper, _connection, target) -> None:  # registered for both series
        if rollups_off["on"]:
            target.rollup_pending = False

    event.listen(Post, "before_insert", as_counted)
    keep = track.post_created
    results: dict[str, list[float]] = {name: [] for name in (
        ON, OFF, ON + " (CPU time)", OFF + " (CPU time)")}
    for n in range(posts):
        pair = ((ON, keep), (OFF, lambda: None))
        for name, hook in pair if (n // 2) % 2 == 0 else pair[::-1]:  # each first half the time
            track.post_created = hook
            rollups_off["on"] = name == OFF
            author = (a, b)[n % 2]
            draft = actions.check_new_post(author, thread, f"Svar {n}", None)
            wall, cpu = time.perf_counter(), time.process_time()
            actions.do_create_post(author, thread, draft, utcnow())
            results[name].append((time.perf_counter() - wall) * 1000)
            results[name + " (CPU time)"].append((time.process_time() - cpu) * 1000)
            db.session.commit()
    track.post_created = keep
    event.remove(Post, "before_insert", as_counted)
    return results


def job_cost(orgs, posts: int, batch: int, rng: random.Random) -> dict[str, list[float]]:
    """The worker's job (forum.insights.pending): `posts` new posts by members of every
    organization in 30 threads (two in three of them questions to another organization),
    then counted batch by batch; wall and CPU time per batch of `batch` posts."""
    pending.count_pending()  # what post_cost left pending, out of the way
    forum = ForumFactory()
    space = forum.space("job-bench")
    people = [forum.user(orgs[n % ORGS], username=f"job.{n}") for n in range(90)]
    threads = []
    for n in range(30):
        asker = people[n]
        asked = rng.choice([o for o in orgs if o.id != asker.organization_id]) if n % 3 else None
        data = actions.check_new_thread(asker, space, f"Tråd {n}", "Hur gör ni?",
                                        asked.id if asked else None)
        threads.append(actions.do_create_thread(asker, space, data, utcnow())[0])
    db.session.commit()
    for n in range(posts - len(threads)):
        author, thread = rng.choice(people), rng.choice(threads)
        actions.do_create_post(author, thread, actions.check_new_post(
            author, thread, f"Svar {n}", None), utcnow())
        if n % 50 == 49:
            db.session.commit()
    db.session.commit()
    name = f"job, one batch of {batch} posts"
    results: dict[str, list[float]] = {name: [], name + " (CPU time)": []}
    while True:
        wall, cpu = time.perf_counter(), time.process_time()
        counted = pending.count_batch(batch)
        if counted < batch:
            break  # the last, partial batch is left out of the figures
        results[name].append((time.perf_counter() - wall) * 1000)
        results[name + " (CPU time)"].append((time.process_time() - cpu) * 1000)
    assert pending.pending_count() == 0
    return results


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                              capture_output=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--job-posts", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=pending.BATCH)
    parser.add_argument("--computed", type=int, default=0, metavar="N",
                        help="requests per page with nothing kept (default: --requests)")
    parser.add_argument("--pages-only", action="store_true",
                        help="the dashboard's pages only (not the post and the job)")
    parser.add_argument("--postgres", help="a PostgreSQL URL (a database is created in it)")
    args = parser.parse_args()
    rng = random.Random(2026)
    with database(args.postgres) as (folder, url):
        app = create_app({"INSTANCE_PATH": folder, "SECRET_KEY": "bench",
                          "SQLALCHEMY_DATABASE_URI": url, "BASE_URL": "http://localhost",
                          "TESTING": True})
        with app.app_context():
            upgrade()
            world = build(args.members, rng)
            print(f"built: {world['people_rows']} person rows", file=sys.stderr, flush=True)
            client = app.test_client()
            login(app, client, world["coordinator"])
            results: dict[str, list[float]] = {}
            results.update(page_series(client, world["orgs"], args.requests,
                                       args.computed or args.requests))
            if not args.pages_only:
                results.update(post_cost(world["orgs"], args.posts))
                results.update(job_cost(world["orgs"], args.job_posts, args.batch, rng))
            db.session.remove()
            db.engine.dispose()
    report = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
              "database": "postgresql" if args.postgres else "sqlite",
              "members": args.members, "people_rows": world["people_rows"],
              "machine": f"{platform.node()} {platform.processor() or platform.machine()}, "
                         f"Python {platform.python_version()}",
              "commit": _commit(), "load_average": [round(x, 2) for x in os.getloadavg()],
              "results": {name: summary(values) for name, values in results.items()}}
    for clock in ("", " (CPU time)") if not args.pages_only else ():  # post by post: each
        # "on" against the "off" next to it
        report["added" + clock] = summary([on - off for on, off in zip(
            results[ON + clock], results[OFF + clock], strict=True)])
    print(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"\n{'series':48} {'median':>8} {'p95':>8} {'p99':>8} {'n':>6}  (ms)")
    for name, row in report["results"].items():
        print(f"{name:48} {row['median']:8.2f} {row['p95']:8.2f} {row['p99']:8.2f} {row['n']:6}")
    rows = report["results"]
    for clock in ("", " (CPU time)") if not args.pages_only else ():
        apart = rows[ON + clock]["median"] - rows[OFF + clock]["median"]
        print(f"added to a post{clock or ' (wall)'}: p50 {report['added' + clock]['median']:.2f}"
              f" ms of the paired differences ({apart:.2f} ms between the medians)")
    for name, row in report["results"].items():
        if name.startswith("job, one batch"):
            print(f"{name}: {args.batch / row['median'] * 1000:,.0f} posts/s at the median")


if __name__ == "__main__":
    main()
