"""Shared fixtures: an app on a migrated SQLite copy, clients, users, services, a live server."""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from flask import g
from flask.testing import FlaskClient
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from forum import create_app
from forum.extensions import db, limiter
from tests.factories import Factory

pytest_plugins = ["tests.live_server", "tests.pbl_fixtures", "tests.mail_fixtures",
                  "tests.dovecot"]


def service_url(variable: str, what: str) -> str:
    """The URL of an external service for a test, or skip (fail under FORUM_TEST_REQUIRE_ALL)."""
    value = os.environ.get(variable)
    if value:
        return value
    message = f"{what} not configured: set {variable} (CI sets it)"
    if os.environ.get("FORUM_TEST_REQUIRE_ALL") == "1":
        pytest.fail(message + "; FORUM_TEST_REQUIRE_ALL=1 forbids skipping", pytrace=False)
    pytest.skip(message)


@contextmanager
def empty_postgres_database(prefix: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test or module (its URL), dropped afterwards."""
    base = make_url(service_url("FORUM_TEST_POSTGRES_URL", "PostgreSQL"))
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@contextmanager
def migrated_postgres_app(tmp_path: Path, prefix: str, **settings) -> Iterator:
    """An app on a fresh PostgreSQL database migrated to head, inside its app context."""
    with empty_postgres_database(prefix) as url:
        app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                          "SQLALCHEMY_DATABASE_URI": url, **settings})
        app.test_client_class = IsolatedClient  # as the SQLite `app` fixture has it
        with app.app_context():
            try:
                from flask_migrate import upgrade

                upgrade()
                yield app
            finally:
                db.session.remove()
                db.engine.dispose()


def postgres_app_fixture(prefix: str, **settings):
    """A module's `pg_app` fixture: ``pg_app = postgres_app_fixture("forum_x", ...)``."""

    @pytest.fixture
    def pg_app(tmp_path: Path) -> Iterator:
        with migrated_postgres_app(tmp_path, prefix, **settings) as app:
            yield app

    return pg_app


@pytest.fixture(autouse=True)
def _no_forum_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests configure the app explicitly; a developer's FORUM_* settings must not leak in."""
    for name in list(os.environ):
        if name.startswith("FORUM_") and not name.startswith("FORUM_TEST_"):
            monkeypatch.delenv(name)
    # Tests read the dashboard right after changing its figures: a kept report allowed to be
    # ten minutes old would show them unchanged (tests/unit/insights/test_kept.py tests that
    # allowance). Still kept and shown while nothing changed.
    monkeypatch.setenv("FORUM_INSIGHTS_REPORT_MAX_AGE", "0")


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run the migrations once; every test gets a copy of the result (fast and real)."""
    folder = tmp_path_factory.mktemp("template")
    app = create_app({"INSTANCE_PATH": str(folder), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/forum.db"})
    with app.app_context():
        from flask_migrate import upgrade

        upgrade()
        db.engine.dispose()
    return folder / "forum.db"


def make_app(instance: Path, database: Path, **overrides):
    settings = {"INSTANCE_PATH": str(instance), "TESTING": True,
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
                "SECRET_KEY": "test-secret", "BASE_URL": "http://localhost",
                "ALLOWED_ORIGINS": ["http://localhost"], "MAIL_DELAY_MINUTES": 0}
    settings.update(overrides)
    return create_app(settings)


@pytest.fixture
def app_overrides() -> dict:
    """Override in a test module to change settings for its app."""
    return {}


class IsolatedClient(FlaskClient):
    """Each request starts with an empty `g`.

    Tests keep one app context open (so they can use the database directly), and Flask reuses
    an open app context for requests; without this, `g` (Flask-Login's current user, the CSRF
    token) would leak from one request, or one client, into the next.
    """

    def open(self, *args, **kwargs):
        for key in list(g):
            g.pop(key)
        return super().open(*args, **kwargs)


@pytest.fixture
def app(tmp_path: Path, migrated_db: Path, app_overrides: dict) -> Iterator:
    database = tmp_path / "forum.db"
    shutil.copy(migrated_db, database)
    application = make_app(tmp_path, database, **app_overrides)
    application.test_client_class = IsolatedClient
    with application.app_context():
        limiter.reset()
        yield application
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def factory(app) -> Factory:
    return Factory()


class FormClient:
    """A test client that sends the CSRF token with forms, like a browser does."""

    def __init__(self, client) -> None:
        self.client = client

    def __getattr__(self, name):
        return getattr(self.client, name)

    def csrf_token(self, page: str = "/login") -> str:
        html = self.client.get(page).get_data(as_text=True)
        match = re.search(r'name="csrf_token" value="([^"]+)"', html)
        assert match, f"no CSRF token on {page}"
        return match.group(1)

    def post_form(self, url: str, data: dict | None = None, *, token_page: str = "/login",
                  **kwargs):
        payload = dict(data or {})
        payload.setdefault("csrf_token", self.csrf_token(token_page))
        return self.client.post(url, data=payload, **kwargs)

    def login(self, user, password: str = Factory.PASSWORD):
        response = self.post_form("/login", {"email": user.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return response


@pytest.fixture
def client(app) -> FormClient:
    return FormClient(app.test_client())


@pytest.fixture
def other_client(app) -> FormClient:
    return FormClient(app.test_client())
