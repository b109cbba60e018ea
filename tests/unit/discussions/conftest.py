from __future__ import annotations

import pytest

from forum.accounts.models import OrgType, Role
from tests.factories import ForumFactory


@pytest.fixture
def forum(app) -> ForumFactory:
    return ForumFactory()


@pytest.fixture
def world(forum):
    """Two agencies (one with a local office), an open space, an FK-only space, a group space,
    and people on every side of those lines."""
    fk = forum.org("Försäkringskassan", handle="fk")
    fk_local = forum.org("FK Älvdalen", handle="fk-alvdalen", parent=fk)
    af = forum.org("Arbetsförmedlingen", type=OrgType.EMPLOYMENT_SERVICE, handle="af")
    people = {
        "fk": forum.user(fk, username="fk.person", display_name="Fia FK"),
        "fk_local": forum.user(fk_local, username="fk.local", display_name="Lars Lokal"),
        "af": forum.user(af, username="af.person", display_name="Anna AF"),
        "af2": forum.user(af, username="af.two", display_name="Arvid AF"),
        "observer": forum.user(af, roles=(Role.OBSERVER,), username="obs",
                               display_name="Olle Observer"),
        "moderator": forum.user(af, roles=(Role.MODERATOR,), username="mod",
                                display_name="Maja Moderator"),
        "admin": forum.admin(af, username="admin.af", display_name="Ada Admin"),
    }
    group = forum.group("PBL Älvdalen", members=[people["fk"], people["af"]],
                        observers=[people["observer"]])
    spaces = {
        "open": forum.space("allmant", "all"),
        "fk": forum.space("fk-internt", "org", org=fk),
        "group": forum.space("pbl", "group", group=group),
    }
    return {"orgs": {"fk": fk, "fk_local": fk_local, "af": af}, "people": people,
            "spaces": spaces, "group": group}
