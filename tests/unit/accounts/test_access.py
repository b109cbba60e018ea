"""Access rules for accounts: the allowed and the denied side share one setup."""

from __future__ import annotations

import pytest

from forum.accounts import access
from forum.accounts.models import Role
from forum.errors import NotFound, PermissionDenied


@pytest.fixture
def people(factory):
    home = factory.org("Home agency")
    other = factory.org("Other agency")
    return {
        "home": home, "other": other,
        "admin": factory.admin(home),
        "coordinator": factory.user(home, roles=(Role.COORDINATOR,)),
        "editor": factory.user(home, roles=(Role.ORG_EDITOR,)),
        "member": factory.user(home),
        "observer": factory.user(home, roles=(Role.OBSERVER,)),
        "gone": factory.user(other, active=False),
    }


@pytest.mark.parametrize(("who", "invite", "manage_users", "write"), [
    ("admin", True, True, True),
    ("coordinator", True, False, True),
    ("editor", False, False, True),
    ("member", False, False, True),
    ("observer", False, False, False),
    ("gone", False, False, False),
])
def test_role_abilities(people, who, invite, manage_users, write):
    user = people[who]
    assert access.can_invite(user) is invite
    assert access.can_manage_users(user) is manage_users
    assert access.can_manage_organizations(user) is manage_users
    assert access.can_write(user) is write


def test_org_editor_edits_only_own_organization(people):
    assert access.can_edit_organization(people["editor"], people["home"])
    assert not access.can_edit_organization(people["editor"], people["other"])
    assert not access.can_edit_organization(people["member"], people["home"])
    assert access.can_edit_organization(people["admin"], people["other"])


def test_coordinator_cannot_grant_admin_or_moderator(people):
    grantable = access.grantable_roles(people["coordinator"])
    assert Role.ADMIN not in grantable and Role.MODERATOR not in grantable
    assert Role.MEMBER in grantable
    assert access.grantable_roles(people["member"]) == frozenset()


def test_deactivated_people_are_invisible_except_to_admins(people):
    gone = people["gone"]
    with pytest.raises(NotFound):
        access.user_for_viewer(people["member"], gone.id)
    assert access.user_for_viewer(people["admin"], gone.id) is gone
    with pytest.raises(NotFound):
        access.user_for_viewer(people["member"], 999_999)


def test_admin_loader_refuses_non_admins(people):
    with pytest.raises(PermissionDenied):
        access.user_for_admin(people["coordinator"], people["member"].id)
    assert access.user_for_admin(people["admin"], people["member"].id) is people["member"]
