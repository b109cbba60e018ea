"""Cookies go over HTTPS only when the public address is https:// (or when told so), and a
plain-HTTP public address is reported at start-up."""

from __future__ import annotations

import logging

import pytest

from forum import create_app
from forum.config import load_config

COMBINATIONS = [
    # (FORUM_BASE_URL, FORUM_SECURE_COOKIES, cookies secure)
    (None, None, False),
    ("http://127.0.0.1:5000", None, False),
    ("https://forum.example.se", None, True),
    ("HTTPS://forum.example.se", None, True),
    ("https://forum.example.se", "0", False),
    ("https://forum.example.se", "1", True),
    ("http://forum.example.se", None, False),
    ("http://forum.example.se", "1", True),
    ("http://localhost:5000", "1", True),
    ("http://localhost:5000", "0", False),
]


def _environment(monkeypatch, base_url, secure) -> None:
    for name, value in (("FORUM_BASE_URL", base_url), ("FORUM_SECURE_COOKIES", secure)):
        if value is not None:
            monkeypatch.setenv(name, value)


@pytest.mark.parametrize(("base_url", "secure", "expected"), COMBINATIONS)
def test_cookie_security_follows_the_base_url_unless_set(tmp_path, monkeypatch, base_url,
                                                         secure, expected):
    _environment(monkeypatch, base_url, secure)
    config = load_config({"INSTANCE_PATH": str(tmp_path)})
    assert config["SESSION_COOKIE_SECURE"] is expected
    assert config["REMEMBER_COOKIE_SECURE"] is expected
    assert config["SESSION_COOKIE_HTTPONLY"] and config["REMEMBER_COOKIE_HTTPONLY"]


@pytest.mark.parametrize(("base_url", "secure", "expected"), [
    ("https://forum.example.se", None, True), ("https://forum.example.se", "0", False),
    ("http://localhost", None, False)])
def test_the_login_cookie_carries_secure(tmp_path, monkeypatch, base_url, secure, expected):
    _environment(monkeypatch, base_url, secure)
    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True, "SECRET_KEY": "x",
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/forum.db"})
    response = app.test_client().get("/login")  # the CSRF token starts the session
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("session=") and "HttpOnly" in cookie
    assert ("Secure" in cookie) is expected


@pytest.mark.parametrize(("base_url", "secure", "warned"), [
    ("http://forum.example.se", None, "plain HTTP on a public address"),
    ("http://10.1.2.3:5000", None, "plain HTTP on a public address"),
    ("http://forum.example.se", "1", "browsers will not send the login cookie"),
    ("https://forum.example.se", "0", "may also be sent over plain HTTP"),
    ("http://localhost:5000", None, None),
    ("http://127.0.0.1:5000", None, None),
    ("http://[::1]:5000", None, None),
    (None, None, None),
    ("https://forum.example.se", None, None),
])
def test_start_up_warns_about_a_plain_http_public_address(tmp_path, monkeypatch, caplog,
                                                          base_url, secure, warned):
    _environment(monkeypatch, base_url, secure)
    caplog.set_level(logging.WARNING, logger="forum.config")
    create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True, "SECRET_KEY": "x",
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/forum.db"})
    messages = [r.getMessage() for r in caplog.records if r.name == "forum.config"]
    if warned is None:
        assert messages == []
    else:
        assert any(warned in m for m in messages), messages
