"""Who reads and writes which space: the allowed and denied sides share one world."""

from __future__ import annotations

import pytest

from forum.discussions import access, queries
from forum.errors import NotFound, PermissionDenied


@pytest.mark.parametrize(("who", "readable"), [
    ("fk", {"open", "fk", "group"}),
    ("fk_local", {"open", "fk"}),           # a local office belongs to its agency
    ("af", {"open", "group"}),
    ("af2", {"open"}),
    ("observer", {"open", "group"}),
    ("admin", {"open"}),                     # no role opens a private space
])
def test_readable_spaces(world, who, readable):
    user = world["people"][who]
    names = {key for key, space in world["spaces"].items()
             if space.id in access.readable_space_ids(user)}
    assert names == readable
    for key, space in world["spaces"].items():
        assert access.can_read_space(user, space) is (key in readable)


@pytest.mark.parametrize(("who", "space", "allowed"), [
    ("af", "open", True), ("af", "group", True), ("af", "fk", False),
    ("observer", "open", False), ("observer", "group", False),
    ("fk_local", "fk", True),
])
def test_who_may_post(world, who, space, allowed):
    user, target = world["people"][who], world["spaces"][space]
    assert access.can_post_in(user, target) is allowed
    if not allowed:
        with pytest.raises((PermissionDenied, NotFound)):
            access.require_post_in(user, target)


def test_private_thread_is_not_found_for_outsiders(world, forum):
    thread = forum.thread(world["spaces"]["fk"], world["people"]["fk"], "Internt ärende")
    assert access.thread_for_reader(world["people"]["fk_local"], thread.id) is thread
    for outsider in ("af", "admin", "observer"):
        with pytest.raises(NotFound):
            access.thread_for_reader(world["people"][outsider], thread.id)
        with pytest.raises(NotFound):
            access.space_for_reader(world["people"][outsider], "fk-internt")
    rows = queries.thread_rows(world["people"]["af"])
    assert thread.id not in {r.thread.id for r in rows}


def test_deactivated_user_reads_nothing(world, forum):
    user = world["people"]["af"]
    user.active = False
    assert access.readable_space_ids(user) == []
    assert not access.can_read_space(user, world["spaces"]["open"])


def test_edit_and_delete_rights(world, forum):
    thread = forum.thread(world["spaces"]["open"], world["people"]["af"])
    post = forum.post(thread, world["people"]["fk"])
    people = world["people"]
    assert access.can_edit_post(people["fk"], post)
    assert not access.can_edit_post(people["af"], post)
    assert access.can_edit_post(people["moderator"], post)
    assert access.can_delete_post(people["fk"], post)
    assert not access.can_delete_post(people["af2"], post)
    assert not access.can_restore_post(people["moderator"], post)  # not deleted yet
