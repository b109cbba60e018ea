"""Login, logout, revocable sessions, password change and reset, throttling, CSRF."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from forum.accounts.models import PasswordReset, UserSession
from forum.extensions import db
from tests.conftest import FormClient
from tests.factories import Factory


@pytest.fixture
def member(factory):
    return factory.user(email="anna@example.org")


def test_login_page_renders_and_home_requires_login(client):
    response = client.get("/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert client.get("/login").status_code == 200


def test_wrong_password_gives_a_clear_message(client, member):
    response = client.post_form("/login", {"email": member.email, "password": "wrong"})
    assert response.status_code == 401
    assert "Fel e-postadress eller lösenord" in response.get_data(as_text=True) or \
        "Wrong e-mail address or password" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_unknown_address_gives_the_same_message(client, member):
    wrong = client.post_form("/login", {"email": member.email, "password": "wrong"})
    unknown = client.post_form("/login", {"email": "nobody@example.org", "password": "wrong"})
    text = lambda r: re.search(r'role="alert">([^<]+)<', r.get_data(as_text=True)).group(1)  # noqa: E731
    assert text(wrong) == text(unknown)


def test_login_and_logout(client, member):
    client.login(member)
    assert client.get("/").status_code == 200
    response = client.post_form("/logout", token_page="/")
    # The browser drops drafts and unsent posts kept in its storage (tests/browser too).
    assert response.headers["Clear-Site-Data"] == '"storage"'
    assert client.get("/").status_code == 302


def test_copied_cookie_stops_working_after_logout(app, client, member):
    client.login(member)
    cookie = client.get_cookie("session").value
    thief = FormClient(app.test_client())
    thief.set_cookie("session", cookie)
    assert thief.get("/").status_code == 200
    client.post_form("/logout", token_page="/")
    assert thief.get("/").status_code == 302


def test_password_change_ends_other_sessions(client, other_client, member):
    client.login(member)
    other_client.login(member)
    response = client.post_form("/settings/password", {
        "current_password": Factory.PASSWORD, "new_password": "a brand new secret",
        "repeat_password": "a brand new secret"}, token_page="/settings")
    assert response.status_code == 302
    assert client.get("/").status_code == 200  # the session that changed it stays
    assert other_client.get("/").status_code == 302
    other_client.login(member, "a brand new secret")


def test_password_change_errors(client, member):
    client.login(member)
    response = client.post_form("/settings/password", {
        "current_password": "wrong", "new_password": "a brand new secret",
        "repeat_password": "a brand new secret"}, token_page="/settings")
    assert response.status_code == 400
    assert 'id="e-current_password"' in response.get_data(as_text=True)


def test_deactivation_ends_all_sessions(client, other_client, factory, member):
    admin = factory.admin()
    client.login(member)
    other_client.login(admin)
    response = other_client.post_form(f"/admin/users/{member.id}/deactivate",
                                      token_page="/admin/users")
    assert response.status_code == 302
    assert client.get("/").status_code == 302
    failed = client.post_form("/login", {"email": member.email, "password": Factory.PASSWORD})
    assert failed.status_code == 401
    assert db.session.scalar(select(func.count()).select_from(UserSession).where(
        UserSession.user_id == member.id, UserSession.revoked_at.is_(None))) == 0


def test_logout_everywhere(client, other_client, member):
    client.login(member)
    other_client.login(member)
    client.post_form("/logout", {"everywhere": "1"}, token_page="/")
    assert other_client.get("/").status_code == 302


def _queued_mail_text(kind: str) -> str:
    from forum.email.models import MailMessage

    return "\n".join(db.session.scalars(select(MailMessage.text_body).where(
        MailMessage.kind == kind)))


def test_password_reset_via_mailed_link(client, member):
    response = client.post_form("/password/forgot", {"email": member.email})
    assert response.status_code == 302
    link = re.search(r"http://localhost(/password/reset/\S+)",
                     _queued_mail_text("password_reset")).group(1)
    assert client.get(link).status_code == 200
    bad = client.post_form(link, {"new_password": "short", "repeat_password": "short"})
    assert bad.status_code == 400
    done = client.post_form(link, {"new_password": "my new password!",
                                   "repeat_password": "my new password!"})
    assert done.status_code == 302
    client.login(member, "my new password!")
    assert client.get(link).status_code == 410  # used links die


def test_reset_for_unknown_address_looks_the_same(client):
    response = client.post_form("/password/forgot", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert _queued_mail_text("password_reset") == ""
    assert db.session.scalar(select(func.count()).select_from(PasswordReset)) == 0


def test_successful_logins_do_not_count_towards_the_limit(client, member):
    for _ in range(7):
        client.login(member)
        client.post_form("/logout", token_page="/")


def test_missing_csrf_token_is_refused(client, member):
    response = client.post("/login", data={"email": member.email,
                                           "password": Factory.PASSWORD})
    assert response.status_code == 400
    assert client.get("/").status_code == 302


def test_invalid_utf8_is_refused_and_nothing_stored(client, member):
    client.login(member)
    token = client.csrf_token("/settings")
    body = b"csrf_token=" + token.encode() + b"&display_name=Anna%ff%fe&language=sv"
    response = client.post("/settings", data=body,
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "UTF-8" in response.get_data(as_text=True)
    db.session.expire_all()
    assert member.display_name != "Anna\ufffd\ufffd"


def test_nul_byte_gives_a_field_error(client, member):
    client.login(member)
    response = client.post_form("/settings", {"display_name": "An\x00na", "language": "sv"},
                                token_page="/settings")
    assert response.status_code == 400
    assert 'id="e-display_name"' in response.get_data(as_text=True)


def test_json_clients_get_json_errors(client):
    response = client.get("/no-such-page", headers={"Accept": "application/json"})
    assert response.status_code == 404
    assert response.get_json()["ok"] is False


def test_security_headers(client):
    response = client.get("/login")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_next_parameter_cannot_leave_the_site(client, member):
    response = client.post_form("/login?next=//evil.example/x",
                                {"email": member.email, "password": Factory.PASSWORD})
    assert response.headers["Location"] == "/"
