"""The `forum` command: init, demo, create-admin."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.accounts.models import Role, User
from forum.demo.loader import DEMO_PASSWORD
from forum.extensions import db


def test_demo_loads_once_and_prints_logins(app):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo", "--if-empty"])
    assert first.exit_code == 0, first.output
    assert "Loaded demo data" in first.output and DEMO_PASSWORD in first.output
    users = db.session.scalar(select(func.count()).select_from(User))
    from forum.demo.story import STAFF

    story = sum(len(names) for names in STAFF.values())  # the insights story's extra staff
    assert 10 <= users - story <= 20
    roles = set().union(*(u.roles for u in db.session.scalars(select(User))))
    assert roles == set(Role)  # every role is covered by somebody
    # The story's history mails nobody: no e-mail intent left, no mail row waiting.
    from forum.email.models import MailMessage, MailStatus
    from forum.notifications.models import Notification

    assert db.session.scalar(select(func.count()).select_from(Notification)) > 0
    assert db.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.mail_pending)) == 0
    assert db.session.scalar(select(func.count()).select_from(MailMessage).where(
        MailMessage.status == MailStatus.WAITING)) == 0
    second = runner.invoke(args=["demo", "--if-empty"])
    assert "already has users" in second.output
    assert db.session.scalar(select(func.count()).select_from(User)) == users


def test_demo_logins_work(app, client):
    app.test_cli_runner().invoke(args=["demo"])
    user = db.session.scalar(select(User).where(User.username == "admin"))
    client.login(user, DEMO_PASSWORD)
    assert client.get("/people").status_code == 200


def test_create_admin(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-admin", "--email", "boss@example.org",
                                 "--username", "boss", "--name", "Boss",
                                 "--organization", "forbundet", "--password", "long password 1"])
    assert result.exit_code == 0, result.output
    boss = db.session.scalar(select(User).where(User.username == "boss"))
    assert boss.roles == {Role.ADMIN}
    again = runner.invoke(args=["create-admin", "--email", "boss@example.org",
                                "--username", "boss2", "--name", "Boss",
                                "--organization", "forbundet", "--password", "long password 1"])
    assert again.exit_code != 0 and "already exists" in again.output


def test_create_admin_rejects_a_short_password(app):
    result = app.test_cli_runner().invoke(args=[
        "create-admin", "--email", "x@example.org", "--username", "xx", "--name", "X",
        "--organization", "org", "--password", "short"])
    assert result.exit_code != 0 and "password" in result.output
    assert db.session.scalar(select(func.count()).select_from(User)) == 0


def test_init_says_one_line_unless_asked_for_each_migration(tmp_path, caplog):
    """`make run` starts with `forum init`: a new user sees one line, not one per migration."""
    import logging

    from tests.conftest import make_app

    app = make_app(tmp_path, tmp_path / "empty.db")
    with app.app_context(), caplog.at_level(logging.INFO):
        result = app.test_cli_runner().invoke(args=["init"])
        assert result.exit_code == 0, result.output
        assert result.output.startswith(
            "Database is at the newest schema (upgraded from an empty database): ")
        assert not [r for r in caplog.records if r.name.startswith("alembic")]
        again = app.test_cli_runner().invoke(args=["init", "--verbose"])
        assert again.output.startswith("Database is at the newest schema: ")
        assert [r for r in caplog.records if r.name.startswith("alembic")]  # --verbose
        db.engine.dispose()
