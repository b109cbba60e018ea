"""A small association whose figures are worked out by hand in test_metrics.py.

January 2026: fk1, fk2 and fk3 (Försäkringskassan) each ask Arbetsförmedlingen a question;
af1, af2 and af3 answer after 2, 4 and 30 hours; fk1 asks a fourth that nobody answers; fk2
replies in their own organization's thread (not across lines); af1–af3 read FK's boundary
page; fk1, af1 and soc1 attend a PBL session. February: soc1 replies in the first thread
(28 days after it started), af1 reads it. March: nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from forum.accounts.models import OrgType, Role
from forum.discussions import actions, state_actions
from forum.extensions import db
from forum.pbl import actions as pbl_actions
from forum.pbl import sessions
from forum.rollups import actions as insight_actions
from tests.unit.insights.jobs import run_rollup_job
from tests.unit.wiki.helpers import make_boundary

JAN = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def at(days: float, hours: float = 0) -> datetime:
    return JAN + timedelta(days=days, hours=hours)


def build(forum) -> dict:
    fk = forum.org("Försäkringskassan", handle="fk", short_name="FK")
    af = forum.org("Arbetsförmedlingen", type=OrgType.EMPLOYMENT_SERVICE, handle="af",
                   short_name="AF")
    soc = forum.org("Socialtjänsten", type=OrgType.MUNICIPAL_SOCIAL_SERVICES, handle="soc",
                    short_name="SOC")
    assoc = forum.org("Förbundet", type=OrgType.COORDINATION_ASSOCIATION, handle="forbundet",
                      short_name="SF")
    p = {name: forum.user(org, username=name, display_name=name.upper())
         for name, org in (("fk1", fk), ("fk2", fk), ("fk3", fk), ("af1", af), ("af2", af),
                           ("af3", af), ("soc1", soc))}
    p["fk_editor"] = forum.user(fk, roles=(Role.ORG_EDITOR,), username="fk.editor")
    p["af_editor"] = forum.user(af, roles=(Role.ORG_EDITOR,), username="af.editor")
    p["coordinator"] = forum.user(assoc, roles=(Role.COORDINATOR,), username="coord")
    p["admin"] = forum.admin(assoc, username="admin")
    p["tutor"] = forum.user(soc, roles=(Role.TUTOR,), username="tutor")
    space = forum.space("torget")
    boundary = make_boundary(p["fk_editor"], fk)
    threads = []
    for n, (asker, answerer, hours) in enumerate((("fk1", "af1", 2), ("fk2", "af2", 4),
                                                  ("fk3", "af3", 30))):
        thread = _thread(p[asker], space, af, f"Fråga {n + 1}", at(n))
        _post(p[answerer], thread, at(n, hours))
        threads.append(thread)
    threads.append(_thread(p["fk1"], space, af, "Obesvarad fråga", at(5)))
    own = _thread(p["fk1"], space, None, "Internt", at(6))
    _post(p["fk2"], own, at(6, 1))
    for name in ("af1", "af2", "af3"):
        insight_actions.do_record_boundary_read(p[name], boundary, at(7))
    group = pbl_actions.do_create_group(p["tutor"], pbl_actions.check_new_group(
        p["tutor"], "PBL Norr", "Samtal", [p["fk1"].id, p["af1"].id, p["soc1"].id]), at(0))
    starts, minutes = sessions.check_plan_session(p["tutor"], group, "2026-01-20", "13:00", 120)
    session = sessions.do_plan_session(p["tutor"], group, starts, minutes)
    sessions.do_record_attendance(session, sessions.check_attendance(
        p["tutor"], session, [p["fk1"].id, p["af1"].id, p["soc1"].id]))
    _post(p["soc1"], threads[0], at(28))
    state_actions.do_mark_read(p["af1"], threads[0], threads[0].last_seq, at(30))
    db.session.commit()
    return {"orgs": {"fk": fk, "af": af, "soc": soc, "assoc": assoc}, "people": p,
            "threads": threads, "space": space, "boundary": boundary, "group": group}


def _thread(actor, space, asked, title, when):
    data = actions.check_new_thread(actor, space, title, "Hur gör ni?",
                                    asked.id if asked else None)
    thread, _ = actions.do_create_thread(actor, space, data, when)
    db.session.commit()
    run_rollup_job()  # the worker, woken by the commit
    return thread


def _post(actor, thread, when):
    actions.do_create_post(actor, thread, actions.check_new_post(actor, thread, "Svar", None),
                           when)
    db.session.commit()
    run_rollup_job()
