"""PBL fixtures shared by unit and functional tests (registered in tests/conftest.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from forum.accounts.models import OrgType, Role
from forum.db import utcnow
from forum.extensions import db
from forum.pbl import actions, entrypoints, sessions
from tests.factories import ForumFactory


@pytest.fixture
def pbl(app):
    return build_pbl()


def build_pbl() -> dict:
    """A group made through the actions: a tutor, two members from two agencies, an observer
    with consent, and an outsider; one planned session and one signed-off case."""
    forum = ForumFactory()
    fk = forum.org("Försäkringskassan", handle="fk")
    af = forum.org("Arbetsförmedlingen", type=OrgType.EMPLOYMENT_SERVICE, handle="af")
    people = {
        "tutor": forum.user(af, roles=(Role.TUTOR,), username="tutor", display_name="Tova Tutor"),
        "fk": forum.user(fk, username="fk.member", display_name="Fia Karlberg"),
        "af": forum.user(af, username="af.member", display_name="Anna Lindqvist"),
        "observer": forum.user(af, roles=(Role.OBSERVER,), username="obs",
                               display_name="Olle Observer"),
        "outsider": forum.user(fk, username="outsider", display_name="Otto Utanför"),
        "admin": forum.admin(fk, username="admin", display_name="Ada Admin"),
    }
    tutor, now = people["tutor"], utcnow()
    data = actions.check_new_group(tutor, "PBL Älvdalen", "Lära av varandra",
                                   [people["fk"].id, people["af"].id])
    group = actions.do_create_group(tutor, data, now)
    user, role, note = actions.check_add_member(tutor, group, people["observer"].id,
                                                "observer", "Alla samtyckte vid träff 1.")
    actions.do_add_member(tutor, group, user, role, note, now)
    day = (date.today() + timedelta(days=10)).isoformat()  # always in the future
    starts, minutes = sessions.check_plan_session(tutor, group, day, "13:00", 180)
    session = sessions.do_plan_session(tutor, group, starts, minutes)
    case = actions.do_create_case(tutor, group, actions.check_new_case(
        tutor, group, "Dag 170", "case", "dag 180, rygg", "Ett sammansatt fall."), now)
    actions.do_sign_off_case(tutor, case, now)
    db.session.commit()
    return {"people": people, "group": group, "session": session, "case": case}


@pytest.fixture
def open_session(pbl):
    return entrypoints.open_session(pbl["people"]["tutor"], pbl["session"].id)
