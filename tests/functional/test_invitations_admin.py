"""Invitations, admin pages and organization editing over HTTP."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from forum.accounts.models import Invitation, Organization, Role, User
from forum.extensions import db


@pytest.fixture
def org(factory):
    return factory.org("Region Älvland", handle="region")


def test_coordinator_invites_and_the_link_works_once(app, client, factory, org):
    coordinator = factory.user(org, roles=(Role.COORDINATOR,))
    client.login(coordinator)
    response = client.post_form("/admin/invitations", {
        "email": "Ny.Kollega@Example.org", "organization_id": str(org.id), "roles": "member"},
        token_page="/admin/invitations")
    assert response.status_code == 200
    link = re.search(r'value="http://localhost(/invitation/[^"]+)"',
                     response.get_data(as_text=True)).group(1)
    newcomer = app.test_client()
    from tests.conftest import FormClient

    newcomer = FormClient(newcomer)
    form = {"display_name": "Ny Kollega", "username": "ny.kollega", "language": "en",
            "password": "long enough pw", "repeat_password": "long enough pw"}
    assert newcomer.post_form(link, form, token_page=link).status_code == 302
    assert newcomer.get("/").status_code == 200
    user = db.session.scalar(select(User).where(User.username == "ny.kollega"))
    assert user.email == "ny.kollega@example.org" and user.organization_id == org.id
    again = FormClient(app.test_client()).get(link)
    assert again.status_code == 410


def test_invitation_form_errors_are_shown_and_nothing_stored(client, factory, org):
    client.login(factory.admin(org))
    response = client.post_form("/admin/invitations", {
        "email": "x" * 300, "organization_id": "", "roles": "member"},
        token_page="/admin/invitations")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'id="e-email"' in html
    assert db.session.scalar(select(func.count()).select_from(Invitation)) == 0


def test_member_cannot_reach_admin_pages(client, factory, org):
    client.login(factory.user(org))
    for url in ("/admin/", "/admin/users", "/admin/invitations", "/admin/audit",
                "/admin/organizations/new"):
        assert client.get(url).status_code == 403, url


def test_coordinator_sees_invitations_but_not_user_admin(client, factory, org):
    client.login(factory.user(org, roles=(Role.COORDINATOR,)))
    assert client.get("/admin/invitations").status_code == 200
    assert client.get("/admin/users").status_code == 403


def test_admin_changes_roles(client, factory, org):
    member = factory.user(org)
    client.login(factory.admin(org))
    response = client.post_form(f"/admin/users/{member.id}",
                                {"roles": ["member", "tutor"]}, token_page="/admin/users")
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, member.id).roles == {Role.MEMBER, Role.TUTOR}


def test_admin_creates_organization(client, factory, org):
    client.login(factory.admin(org))
    response = client.post_form("/admin/organizations/new", {
        "name": "Vårdcentralen Norr", "short_name": "VC Norr", "handle": "vc-norr",
        "type": "healthcare", "parent_id": str(org.id)}, token_page="/organizations")
    assert response.status_code == 302
    created = db.session.scalar(select(Organization).where(Organization.handle == "vc-norr"))
    assert created.parent_id == org.id


def test_org_editor_edits_own_page_not_others(client, factory, org):
    other = factory.org("Sjöby kommun")
    client.login(factory.user(org, roles=(Role.ORG_EDITOR,)))
    ok = client.post_form(f"/organizations/{org.id}/edit",
                          {"description": "Vi ansvarar för hälso- och sjukvård.",
                           "contact_email": "region@example.org"}, token_page="/")
    assert ok.status_code == 302
    assert client.get(f"/organizations/{other.id}/edit").status_code == 403
    refused = client.post_form(f"/organizations/{other.id}/edit", {"description": "hacked"},
                               token_page="/")
    assert refused.status_code == 403
    db.session.expire_all()
    assert db.session.get(Organization, other.id).description == ""


def test_unknown_ids_are_404(client, factory, org):
    client.login(factory.admin(org))
    for url in ("/people/999999", "/organizations/999999", "/admin/users/999999"):
        assert client.get(url).status_code == 404, url


def test_audit_log_lists_actions(client, factory, org):
    admin = factory.admin(org)
    member = factory.user(org)
    client.login(admin)
    client.post_form(f"/admin/users/{member.id}/deactivate", token_page="/admin/users")
    assert "user_deactivated" in client.get("/admin/audit").get_data(as_text=True)
