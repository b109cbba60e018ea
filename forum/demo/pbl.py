"""The demo PBL group, midway through its series, made through the same actions as the pages
(cases pass the anonymization check and are signed off; closed sessions went through every
step and were closed with the question for next time)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from forum.accounts.models import Organization, User
from forum.db import utcnow
from forum.pbl import actions, board, journal, sessions
from forum.pbl.models import PblCase, PblGroup, PblSession
from forum.pbl.steps import STEP_KEYS


def load_pbl(orgs: dict[str, Organization], people: dict[str, User]) -> dict[str, int]:
    from forum.demo.content.pbl import CASES, JOURNALS, PBL_GROUP

    now = utcnow()
    tutor = people[PBL_GROUP["tutor"]]
    group = _group(PBL_GROUP, tutor, people, now - timedelta(days=70))
    cases = {row["slug"]: _case(row, group, tutor, now - timedelta(days=63))
             for row in CASES}
    made = {row["number"]: _session(row, group, tutor, cases, people, now)
            for row in PBL_GROUP["sessions"]}
    for row in JOURNALS:
        author, session = people[row["author"]], made[row["session_number"]]
        text, _ = journal.check_entry(author, group, row["body"], session.id)
        journal.do_create_entry(author, group, text, session, row["shared"],
                                session.starts_at + timedelta(days=1))
    return {"pbl_groups": 1, "pbl_cases": len(cases), "pbl_sessions": len(made),
            "journal_entries": len(JOURNALS)}


def _group(row: dict, tutor: User, people: dict[str, User], when: datetime) -> PblGroup:
    data = actions.check_new_group(tutor, row["name"], row["purpose"],
                                   [people[u].id for u in row["members"]])
    group = actions.do_create_group(tutor, data, when)
    for observer in row["observers"]:
        user, role, note = actions.check_add_member(tutor, group,
                                                    people[observer["username"]].id,
                                                    "observer", observer["consent_note"])
        actions.do_add_member(tutor, group, user, role, note, when)
    return group


def _case(row: dict, group: PblGroup, tutor: User, when: datetime) -> PblCase:
    data = actions.check_new_case(tutor, group, row["title"], row["kind"],
                                  ", ".join(row["tags"]), row["body"])
    case = actions.do_create_case(tutor, group, data, when)
    actions.check_sign_off_case(tutor, case)
    actions.do_sign_off_case(tutor, case, when)
    return case


def _session(row: dict, group: PblGroup, tutor: User, cases: dict[str, PblCase],
             people: dict[str, User], now: datetime) -> PblSession:
    day = date.today() + timedelta(days=row["starts_days_offset"])
    starts_at, minutes = sessions.check_plan_session(tutor, group, day.isoformat(),
                                                     row["start_time"], row["minutes"])
    session = sessions.do_plan_session(tutor, group, starts_at, minutes)
    case = sessions.check_pick_case(tutor, session, cases[row["case"]].id
                                    if row.get("case") else None)
    sessions.do_pick_case(session, case)
    chair, scribe = sessions.check_set_roles(tutor, session, people[row["chair"]].id,
                                             people[row["scribe"]].id)
    sessions.do_set_roles(session, chair, scribe)
    if row["status"] == "closed":
        _run_session(row, session, tutor, people, min(starts_at, now))
    return session


def _run_session(row: dict, session: PblSession, tutor: User, people: dict[str, User],
                 start: datetime) -> None:
    sessions.check_open_session(tutor, session)
    sessions.do_open_session(tutor, session, start)
    for index, step in enumerate(STEP_KEYS):
        sessions.do_set_step(session, index)
        for note in row["board"].get(step, []):
            author = people[note["author"]]
            item = board.do_add_item(author, session, step, board.check_item_text(note["text"]),
                                     start + timedelta(minutes=10 * index))
            for voter in note["votes"]:
                board.do_toggle_vote(people[voter], session, item)
    present = sessions.check_attendance(tutor, session,
                                        [people[u].id for u in row["attendance"]])
    sessions.do_record_attendance(session, present)
    question, minutes = sessions.check_close_session(tutor, session, row["question_for_next"],
                                                     row["minutes_text"])
    sessions.do_close_session(tutor, session, question, minutes,
                              start + timedelta(minutes=session.duration_minutes))
