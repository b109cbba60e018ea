"""`forum insights rebuild`: the rollups recomputed from scratch, from posts, threads, page
revisions and attendance, and from `insight_seen` (reads and reviews, which no other table
keeps). The result must equal what the incremental path built
(tests/unit/insights/test_rebuild.py checks it on SQLite and PostgreSQL).

A post's rules are written once, here (`tally_post`): the worker's job that counts new posts
(forum.insights.pending) applies the same function to each batch. A rebuild clears every
post's `rollup_pending` flag before it reads, in its own transaction, and counts exactly the
posts it cleared or found cleared: a post written meanwhile stays pending for the job. On
PostgreSQL the rebuild and the job's batches exclude each other with an advisory lock
(`ROLLUP_LOCK`: the batches share it, a rebuild takes it alone), so a batch never adds to rows
a rebuild is replacing; on SQLite the rebuild's first statement takes the write lock.

Organizations are today's: someone who moved to another organization is counted for the new
one here, and for the old one by the incremental path (the months before the move).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import delete, insert, select, text, update

from forum.accounts.access import organization_line
from forum.accounts.models import User
from forum.discussions.models import Post, Thread
from forum.extensions import db
from forum.pbl.models import Attendance, PblSession
from forum.rollups.models import (
    COUNTERS,
    InsightFirst,
    InsightOrgMonth,
    InsightPairMonth,
    InsightPerson,
    InsightReport,
    InsightSeen,
)
from forum.rollups.months import month_of
from forum.rollups.track import wait_values
from forum.wiki.models import WikiPage, WikiRevision

SEEN_COUNTERS = {"thread": "thread_reads", "boundary": "boundary_reads",
                 "review": "page_reviews"}
#: The advisory lock key (PostgreSQL) shared by the job's batches and taken alone by a rebuild.
ROLLUP_LOCK = 0x1A51_9701


class Tally:
    def __init__(self) -> None:
        self.orgs: Counter = Counter()  # (org, month, counter) -> n
        self.pairs: Counter = Counter()  # (from, to, month) -> n
        self.people: set = set()  # (user, org, month, kind)
        self.firsts: dict = {}  # (thread, kind, from_org) -> row

    def count(self, org: int, month, user: int | None, counter: str) -> None:
        self.orgs[(org, month, counter)] += 1
        if user is not None:
            self.people.add((user, org, month, counter))

    def rows(self) -> dict[type, list[dict]]:
        """The tally as rows of each rollup table (a rebuild inserts them, the worker's job
        adds them to the stored ones); an organization-month row has every counter."""
        months: dict = defaultdict(lambda: dict.fromkeys((*COUNTERS, "changes"), 0))
        for (org, month, counter), n in self.orgs.items():
            months[(org, month)][counter] = n
            months[(org, month)]["changes"] += n
        return {
            InsightOrgMonth: [{"organization_id": org, "month": month, **counters}
                              for (org, month), counters in months.items()],
            InsightPairMonth: [{"from_org_id": a, "to_org_id": b, "month": m, "replies": n}
                               for (a, b, m), n in self.pairs.items()],
            InsightFirst: list(self.firsts.values()),
            InsightPerson: [{"user_id": u, "organization_id": o, "month": m, "kind": k}
                            for u, o, m, k in self.people]}


def rebuild() -> dict[str, int]:
    """Replace every rollup row; the caller commits. Returns row counts per table."""
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ROLLUP_LOCK})
    # The first write (SQLite: the write lock from here to the commit). What it clears is
    # counted below; what is written after it stays pending for the worker.
    db.session.execute(update(Post).where(Post.rollup_pending).values(rollup_pending=False)
                       .execution_options(synchronize_session=False))
    tally = Tally()
    org_of = dict(db.session.execute(select(User.id, User.organization_id)).all())
    _posts(tally, org_of)
    _seen(tally)
    _edits(tally, org_of)
    _attendance(tally, org_of)
    return _write(tally)


THREAD_COLUMNS = (Thread.id, Thread.author_id, Thread.created_at, Thread.question_org_id,
                  Thread.first_answer_post_id, Thread.first_answer_at)
POST_COLUMNS = (Post.id, Post.thread_id, Post.seq, Post.author_id, Post.created_at)


def _posts(tally: Tally, org_of: dict[int, int]) -> None:
    threads = {row.id: row for row in db.session.execute(select(*THREAD_COLUMNS))}
    rows = db.session.execute(select(*POST_COLUMNS).where(Post.rollup_pending.is_(False))
                              .order_by(Post.created_at, Post.id))
    for post in rows.yield_per(5000):
        tally_post(tally, org_of, threads[post.thread_id], post)


def tally_post(tally: Tally, org_of: dict[int, int], thread, post) -> None:
    """Everything one post counts for, from what is stored (its author's organization, its
    time, its thread's starter, question and first answer), so counting it later or again
    from scratch gives the same figures:

    - a post counts for its author's organization in the month it was written; the first
      post of a thread also counts as a thread started (and a question asked, and one
      received by the organization asked); every other post is a reply, "across lines" when
      its author's organization is not the thread starter's, and the first such reply from
      an organization is a waiting time;
    - a question is answered by the first post from its organization's line (the thread's
      `first_answer_post_id`); it counts in the month the question was asked.

    `tally.firsts` keeps the first waiting time per key in the order the posts come
    (created_at, id); the job keeps the earliest one stored."""
    org, month = org_of[post.author_id], month_of(post.created_at)
    starter = org_of[thread.author_id]
    tally.count(org, month, post.author_id, "posts")
    tally.people.add((post.author_id, org, month, "active"))
    if post.seq == 1:
        tally.count(org, month, post.author_id, "threads")
        if thread.question_org_id is not None:
            tally.count(org, month, post.author_id, "questions_asked")
            tally.orgs[(thread.question_org_id, month, "questions_received")] += 1
            tally.people.add((post.author_id, thread.question_org_id, month,
                              "questions_received"))
    else:
        tally.count(org, month, post.author_id, "replies")
        if starter != org:
            tally.count(org, month, post.author_id, "replies_cross")
            tally.pairs[(org, starter, month)] += 1
            tally.people.add((post.author_id, org, month, f"to:{starter}"))
            tally.firsts.setdefault((thread.id, "reply", org), {
                "thread_id": thread.id, "kind": "reply", "from_org_id": org, "to_org_id": starter,
                "month": month_of(thread.created_at), "started_at": thread.created_at,
                "ended_at": post.created_at, **wait_values(thread.created_at, post.created_at)})
    if post.id == thread.first_answer_post_id:
        question_month = month_of(thread.created_at)
        tally.count(thread.question_org_id, question_month, post.author_id,
                    "questions_answered")
        tally.firsts[(thread.id, "answer", thread.question_org_id)] = {
            "thread_id": thread.id, "kind": "answer", "from_org_id": thread.question_org_id,
            "to_org_id": starter, "month": question_month, "started_at": thread.created_at,
            "ended_at": thread.first_answer_at,
            **wait_values(thread.created_at, thread.first_answer_at)}


def _seen(tally: Tally) -> None:
    for row in db.session.execute(select(InsightSeen.user_id, InsightSeen.kind,
                                         InsightSeen.organization_id, InsightSeen.month)):
        tally.count(row.organization_id, row.month, row.user_id, SEEN_COUNTERS[row.kind])
        if row.kind == "thread":
            tally.people.add((row.user_id, row.organization_id, row.month, "active"))


def _edits(tally: Tally, org_of: dict[int, int]) -> None:
    rows = db.session.execute(select(WikiRevision.author_id, WikiRevision.created_at,
                                     WikiPage.organization_id).join(
        WikiPage, WikiPage.id == WikiRevision.page_id).where(
        WikiPage.organization_id.is_not(None)))
    for row in rows:
        org = org_of[row.author_id]
        if row.organization_id in organization_line(org):
            tally.count(org, month_of(row.created_at), row.author_id, "page_edits")


def _attendance(tally: Tally, org_of: dict[int, int]) -> None:
    rows = db.session.execute(select(Attendance.user_id, PblSession.starts_at).join(
        PblSession, PblSession.id == Attendance.session_id).where(
        Attendance.present.is_(True)))
    for row in rows:
        tally.count(org_of[row.user_id], month_of(row.starts_at), row.user_id,
                    "pbl_attendance")


def _write(tally: Tally) -> dict[str, int]:
    # the kept reports go with the rows they were computed from (forum.insights.kept)
    for model in (InsightOrgMonth, InsightPairMonth, InsightFirst, InsightPerson,
                  InsightReport):
        db.session.execute(delete(model))
    rows = tally.rows()
    for model, model_rows in rows.items():
        for start in range(0, len(model_rows), 2000):
            db.session.execute(insert(model), model_rows[start:start + 2000])
    return {"org_months": len(rows[InsightOrgMonth]), "pairs": len(rows[InsightPairMonth]),
            "waits": len(rows[InsightFirst]), "people": len(rows[InsightPerson])}
