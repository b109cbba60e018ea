"""A random (seeded) history made through the real actions, for incremental = rebuilt."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from forum.discussions import actions, state_actions
from forum.discussions.models import Thread
from forum.extensions import db
from forum.pbl import actions as pbl_actions
from forum.pbl import sessions
from forum.rollups import actions as insight_actions
from forum.rollups.models import (
    InsightFirst,
    InsightOrgMonth,
    InsightPairMonth,
    InsightPerson,
    InsightSeen,
)
from forum.wiki import pages, reviews
from tests.unit.insights.jobs import run_rollup_job
from tests.unit.wiki.helpers import build_kb, edit_form, make_boundary


def build_world(forum) -> dict:
    kb = build_kb(forum)
    people, orgs = kb["people"], kb["orgs"]
    spaces = [forum.space("torget"), forum.space("fk-rum", visibility="org", org=orgs["fk"]),
              forum.space("grupp", visibility="group", group=kb["group"])]
    boundaries = [make_boundary(people["fk_editor"], orgs["fk"]),
                  make_boundary(people["af_editor"], orgs["af"])]
    tutor = forum.user(orgs["soc"], roles=("tutor",), username="tutor")
    members = [people["fk"], people["af"], people["soc"], people["fk_local"]]
    group = pbl_actions.do_create_group(tutor, pbl_actions.check_new_group(
        tutor, "PBL Norr", "Samtal", [m.id for m in members]), datetime.now(UTC))
    db.session.commit()
    return {**kb, "spaces": spaces, "boundaries": boundaries, "tutor": tutor,
            "pbl_group": group, "pbl_members": members}


def random_history(world: dict, seed: int, steps: int = 120) -> None:
    """`steps` random actions, each committed; the worker's rollup job runs now and then
    (after a third of the commits, in small batches), and once more at the end."""
    rng, worker = random.Random(seed), random.Random(seed + 1)
    people = list(world["people"].values())
    now = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    for _ in range(steps):
        now += timedelta(hours=rng.randint(1, 90))
        step = rng.choice([_thread, _post, _post, _post, _read, _read, _boundary, _edit,
                           _review, _attend])
        step(world, rng, people, now)
        db.session.commit()
        if worker.random() < 0.3:
            run_rollup_job(batch=worker.choice([1, 2, 5, 500]))
    run_rollup_job()


def _thread(world, rng, people, now):
    actor = rng.choice(people)
    space = rng.choice(world["spaces"])
    from forum.discussions import access

    if not access.can_post_in(actor, space):
        return
    orgs = list(world["orgs"].values())
    asked = rng.choice([None, None, *orgs])
    data = actions.check_new_thread(actor, space, f"Fråga {now:%j}", "Hur gör vi?",
                                    asked.id if asked else None)
    actions.do_create_thread(actor, space, data, now)


def _threads_for(actor):
    from forum.discussions import access

    return db.session.scalars(access.readable_threads(actor).order_by(Thread.id)).all()


def _post(world, rng, people, now):
    actor = rng.choice(people)
    threads = [t for t in _threads_for(actor) if not t.locked]
    from forum.discussions import access

    threads = [t for t in threads if access.can_post_in(actor, t.space)]
    if threads:
        thread = rng.choice(threads)
        actions.do_create_post(actor, thread, actions.check_new_post(
            actor, thread, "Svar", None), now)


def _read(world, rng, people, now):
    actor = rng.choice(people)
    threads = _threads_for(actor)
    if threads:
        thread = rng.choice(threads)
        state_actions.do_mark_read(actor, thread, thread.last_seq, now)


def _boundary(world, rng, people, now):
    insight_actions.do_record_boundary_read(rng.choice(people), rng.choice(
        world["boundaries"]), now)


def _edit(world, rng, people, now):
    editor, page = rng.choice([(world["people"]["fk_editor"], world["boundaries"][0]),
                               (world["people"]["af_editor"], world["boundaries"][1]),
                               (world["people"]["admin"], world["boundaries"][1])])
    form = edit_form(page, mandate=f"Uppdraget, version {now:%j%H}")
    pages.do_save_page(editor, page, pages.check_edit_page(editor, page, form, now), now)


def _review(world, rng, people, now):
    editor, page = rng.choice([(world["people"]["fk_editor"], world["boundaries"][0]),
                               (world["people"]["af_editor"], world["boundaries"][1])])
    next_date = reviews.check_mark_reviewed(editor, page, {}, now)
    reviews.do_mark_reviewed(editor, page, next_date, now)


def _attend(world, rng, people, now):
    tutor, group = world["tutor"], world["pbl_group"]
    day = (now + timedelta(days=rng.randint(-20, 20))).strftime("%Y-%m-%d")
    planned = rng.random() < 0.4 or not sessions.group_sessions(group)
    if planned:
        starts, minutes = sessions.check_plan_session(tutor, group, day, "13:00", 120)
        sessions.do_plan_session(tutor, group, starts, minutes)
    session = rng.choice(sessions.group_sessions(group))
    present = {m.id for m in world["pbl_members"] if rng.random() < 0.6}
    sessions.do_record_attendance(session, sessions.check_attendance(tutor, session,
                                                                     sorted(present)))


def snapshot() -> dict:
    """Every rollup row as plain values (all-zero organization months left out: a mark
    taken back leaves one behind, and a missing month reads as zero)."""
    from forum.rollups.models import COUNTERS

    def rows(model):  # `changes` counts writes, not figures: a rebuild writes fewer
        columns = [c.name for c in model.__table__.columns if c.name != "changes"]
        found = db.session.execute(select(*[model.__table__.c[c] for c in columns])).all()
        return sorted(tuple(str(v) for v in row) for row in found)

    org_rows = [r for r in rows(InsightOrgMonth) if any(v != "0" for v in r[2:])]
    assert len(InsightOrgMonth.__table__.columns) == 3 + len(COUNTERS)
    return {"orgs": org_rows, "pairs": rows(InsightPairMonth), "firsts": rows(InsightFirst),
            "people": rows(InsightPerson), "seen": rows(InsightSeen)}
