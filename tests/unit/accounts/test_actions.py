"""Account actions: check_* refuses bad input and stores nothing; do_* writes and audits."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.accounts import actions
from forum.accounts.models import Invitation, Organization, Role, User
from forum.audit.models import AuditEntry
from forum.db import utcnow
from forum.errors import PermissionDenied, ValidationError
from forum.extensions import db


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def accept_form(**overrides) -> dict:
    form = {"username": "new.person", "display_name": "New Person", "job_title": "Handläggare",
            "language": "sv", "password": "a long password", "repeat_password": "a long password"}
    form.update(overrides)
    return form


@pytest.fixture
def setting(factory):
    org = factory.org("Försäkringskassan")
    return {"org": org, "admin": factory.admin(org),
            "coordinator": factory.user(org, roles=(Role.COORDINATOR,)),
            "member": factory.user(org)}


def invite(actor, org, email="new@example.org", roles=("member",), hours=24):
    data = actions.check_invite(actor, email, org.id, list(roles))
    invitation, token = actions.do_invite(actor, data, utcnow(), hours)
    db.session.commit()
    return invitation, token


def test_invitation_round_trip(setting):
    invitation, token = invite(setting["coordinator"], setting["org"], roles=("member", "tutor"))
    assert invitation.token_hash != token  # only the hash is stored
    found, account = actions.check_accept_invitation(token, utcnow(), accept_form())
    user = actions.do_accept_invitation(found, account, utcnow())
    db.session.commit()
    assert user.roles == {Role.MEMBER, Role.TUTOR}
    assert user.organization_id == setting["org"].id
    assert invitation.accepted_user_id == user.id
    with pytest.raises(ValidationError, match="already been used"):
        actions.check_invitation_token(token, utcnow())
    assert count(AuditEntry) == 2


def test_expired_invitation_is_refused(setting):
    _, token = invite(setting["admin"], setting["org"], hours=1)
    with pytest.raises(ValidationError, match="expired"):
        actions.check_accept_invitation(token, utcnow() + timedelta(hours=2), accept_form())
    assert count(User) == 3


def test_unknown_token_is_refused(setting):
    with pytest.raises(ValidationError):
        actions.check_invitation_token("not-a-token", utcnow())


def test_member_cannot_invite(setting):
    with pytest.raises(PermissionDenied):
        actions.check_invite(setting["member"], "x@example.org", setting["org"].id, ["member"])


def test_coordinator_cannot_invite_an_admin(setting):
    with pytest.raises(ValidationError) as caught:
        actions.check_invite(setting["coordinator"], "x@example.org", setting["org"].id,
                             ["admin"])
    assert "roles" in caught.value.field_errors


@pytest.mark.parametrize(("email", "field"), [
    ("not-an-address", "email"),
    ("a" * 250 + "@example.org", "email"),
    ("nul\x00@example.org", "email"),
])
def test_invite_rejects_bad_email(setting, email, field):
    with pytest.raises(ValidationError) as caught:
        actions.check_invite(setting["admin"], email, setting["org"].id, ["member"])
    assert field in caught.value.field_errors
    assert count(Invitation) == 0


def test_invite_rejects_duplicate_email(setting):
    existing = setting["member"].email.upper()
    with pytest.raises(ValidationError, match="already a member"):
        actions.check_invite(setting["admin"], existing, setting["org"].id, ["member"])


def test_observer_cannot_be_combined(setting):
    with pytest.raises(ValidationError, match="observer"):
        actions.check_roles(setting["admin"], ["observer", "member"])


@pytest.mark.parametrize(("field", "value"), [
    ("username", "X"),
    ("username", "has space"),
    ("display_name", ""),
    ("display_name", "x" * 121),
    ("display_name", "nul\x00byte"),
    ("password", "short"),
    ("repeat_password", "something else"),
    ("language", "de"),
])
def test_accept_rejects_bad_fields_and_stores_nothing(setting, field, value):
    _, token = invite(setting["admin"], setting["org"])
    with pytest.raises(ValidationError) as caught:
        actions.check_accept_invitation(token, utcnow(), accept_form(**{field: value}))
    assert field in caught.value.field_errors
    assert count(User) == 3


def test_accept_reports_every_bad_field_at_once(setting):
    _, token = invite(setting["admin"], setting["org"])
    with pytest.raises(ValidationError) as caught:
        actions.check_accept_invitation(token, utcnow(), accept_form(username="", password="x"))
    assert {"username", "password"} <= set(caught.value.field_errors)


def test_taken_username(setting):
    _, token = invite(setting["admin"], setting["org"])
    taken = setting["member"].username
    with pytest.raises(ValidationError) as caught:
        actions.check_accept_invitation(token, utcnow(), accept_form(username=taken))
    assert "username" in caught.value.field_errors


def test_set_roles_and_self_protection(setting):
    admin, member = setting["admin"], setting["member"]
    roles = actions.check_set_roles(admin, member, ["member", "org_editor"])
    actions.do_set_roles(admin, member, roles)
    db.session.commit()
    assert member.roles == {Role.MEMBER, Role.ORG_EDITOR}
    with pytest.raises(ValidationError, match="own admin"):
        actions.check_set_roles(admin, admin, ["member"])
    with pytest.raises(PermissionDenied):
        actions.check_set_roles(setting["coordinator"], member, ["member"])


def test_deactivation_keeps_the_user(setting):
    admin, member = setting["admin"], setting["member"]
    actions.check_deactivate(admin, member)
    actions.do_deactivate(admin, member, utcnow())
    db.session.commit()
    assert db.session.get(User, member.id).active is False
    with pytest.raises(ValidationError):
        actions.check_deactivate(admin, admin)


def org_form(**overrides) -> dict:
    form = {"name": "Arbetsförmedlingen Älvstad", "short_name": "AF Älvstad",
            "handle": "af-alvstad", "type": "employment_service", "parent_id": "",
            "description": "Lokalt kontor", "contact_email": "", "contact_phone": "",
            "contact_hours": "", "website": ""}
    form.update(overrides)
    return form


def test_create_organization_with_parent(setting):
    admin = setting["admin"]
    data = actions.check_save_organization(admin, org_form(parent_id=str(setting["org"].id)))
    org = actions.do_save_organization(admin, data)
    db.session.commit()
    assert org.parent_id == setting["org"].id


@pytest.mark.parametrize(("field", "value"), [
    ("name", ""), ("name", "x" * 201), ("handle", "Bad Handle"), ("type", "bank"),
    ("parent_id", "99999"), ("contact_email", "nope"),
])
def test_organization_validation(setting, field, value):
    with pytest.raises(ValidationError) as caught:
        actions.check_save_organization(setting["admin"], org_form(**{field: value}))
    assert field in caught.value.field_errors
    assert count(Organization) == 1


def test_duplicate_organization_name(setting):
    with pytest.raises(ValidationError, match="already in use"):
        actions.check_save_organization(setting["admin"], org_form(name="försäkringskassan"))


def test_organization_cannot_be_its_own_ancestor(setting, factory):
    child = factory.org("Lokalkontor", parent=setting["org"])
    form = org_form(name=setting["org"].name, handle=setting["org"].handle,
                    parent_id=str(child.id))
    with pytest.raises(ValidationError, match="under itself"):
        actions.check_save_organization(setting["admin"], form, setting["org"])


def test_org_editor_changes_only_description(setting, factory):
    editor = factory.user(setting["org"], roles=(Role.ORG_EDITOR,))
    form = org_form(name="Renamed", handle="renamed", description="Ny beskrivning")
    data = actions.check_save_organization(editor, form, setting["org"])
    actions.do_save_organization(editor, data, setting["org"])
    db.session.commit()
    assert setting["org"].name == "Försäkringskassan"
    assert setting["org"].description == "Ny beskrivning"
    other = factory.org("Other")
    with pytest.raises(PermissionDenied):
        actions.check_save_organization(editor, form, other)
