"""`forum worker` as real processes: a `kill -9` in the middle of a batch loses nothing and
repeats at most the one mail in flight (queued mail and notification e-mail intents alike);
on PostgreSQL two workers never send one row twice."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from forum.email import queue
from forum.email.models import MailMessage
from forum.extensions import db
from tests.conftest import postgres_app_fixture
from tests.live_server import FORUM, free_port, server_env

pg_app = postgres_app_fixture("forum_mail")


def worker_env(app, instance: Path, sink) -> dict:
    return server_env(instance, free_port(),
                      FORUM_DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"],
                      FORUM_BASE_URL="http://localhost", FORUM_SMTP_HOST="127.0.0.1",
                      FORUM_SMTP_PORT=str(sink.port), FORUM_SMTP_STARTTLS="0",
                      FORUM_MAIL_POLL_SECONDS="0.2", FORUM_MAIL_RETRY_SECONDS="0.2")


def start_worker(env: dict, log: Path) -> subprocess.Popen:
    with log.open("a") as out:
        return subprocess.Popen([FORUM, "worker"], env=env, stdout=out,
                                stderr=subprocess.STDOUT)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def enqueue_many(n: int) -> set[str]:
    rows = [queue.enqueue(to=f"p{i}@example.org", kind="test", subject=f"Nr {i}",
                          text=f"Text {i}") for i in range(n)]
    db.session.commit()
    return {f"<mail-{r.id}@localhost>" for r in rows}


def sent_count() -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(MailMessage).where(
        MailMessage.status == "sent"))


def test_kill_9_mid_batch_loses_nothing_and_repeats_at_most_one(app, tmp_path, smtp_sink):
    expected = enqueue_many(20)
    smtp_sink.slow = 0.15
    smtp_sink.start()
    env = worker_env(app, tmp_path, smtp_sink)
    first = start_worker(env, tmp_path / "worker.log")
    try:
        assert len(smtp_sink.wait_for(6, timeout=60)) >= 6
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        stop(first)
    before_restart = len(smtp_sink.messages())
    assert before_restart < 20  # it died in the middle of the batch
    second = start_worker(env, tmp_path / "worker.log")
    try:
        deadline = time.monotonic() + 60
        while sent_count() < 20 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop(second)
    ids = Counter(m["Message-ID"] for m in smtp_sink.messages())
    assert set(ids) == expected  # nothing lost
    assert sum(ids.values()) - len(ids) <= 1  # at most the one in flight, twice
    assert all(n <= 2 for n in ids.values())
    assert sent_count() == 20


def test_kill_9_with_notification_intents_loses_none_and_repeats_at_most_one(app, tmp_path,
                                                                          smtp_sink):
    """The intents on the notification rows go through the same crash: the worker queues
    them, composes and sends, is killed mid-batch, and the next one finishes the rest."""
    from forum.notifications.models import Notification
    from tests.factories import ForumFactory

    f = ForumFactory()
    org = f.org("Försäkringskassan", handle="fk")
    author = f.user(org, username="author")
    people = [f.user(org, username=f"p{i}", email=f"p{i}@example.org") for i in range(16)]
    thread = f.thread(f.space("allmant", "all"), author, "Till alla")
    f.post(thread, author, " ".join(f"@p{i}" for i in range(16)))
    assert db.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.mail_pending)) == 16
    smtp_sink.slow = 0.15
    smtp_sink.start()
    env = worker_env(app, tmp_path, smtp_sink) | {"FORUM_MAIL_DELAY_MINUTES": "0"}
    first = start_worker(env, tmp_path / "worker.log")
    try:
        assert len(smtp_sink.wait_for(5, timeout=60)) >= 5
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        stop(first)
    assert len(smtp_sink.messages()) < 16  # it died in the middle of the batch
    second = start_worker(env, tmp_path / "worker.log")
    try:
        deadline = time.monotonic() + 60
        while sent_count() < 16 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop(second)
    received = Counter(m["To"].addresses[0].addr_spec for m in smtp_sink.messages())
    assert set(received) == {p.email for p in people}  # nothing lost
    assert sum(received.values()) - len(received) <= 1  # at most the one in flight, twice
    assert sent_count() == 16
    assert db.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.mail_pending)) == 0


@pytest.mark.postgres
def test_two_workers_on_postgres_never_send_a_row_twice(pg_app, tmp_path, smtp_sink):
    expected = enqueue_many(30)
    smtp_sink.slow = 0.05
    smtp_sink.start()
    env = worker_env(pg_app, tmp_path, smtp_sink)
    workers = [start_worker(env, tmp_path / f"worker{i}.log") for i in range(2)]
    try:
        deadline = time.monotonic() + 90
        while sent_count() < 30 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        for process in workers:
            stop(process)
    ids = Counter(m["Message-ID"] for m in smtp_sink.messages())
    assert set(ids) == expected
    assert max(ids.values()) == 1
    assert sent_count() == 30


def test_serves_child_worker_is_woken_by_the_commit(app, tmp_path, monkeypatch):
    """The embedded layout: `forum serve` starts the worker as its child; a commit that
    queued mail wakes it through the pipe (its poll is set to a minute here)."""
    from forum.email import process

    monkeypatch.setenv("FORUM_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("FORUM_DATABASE_URL", app.config["SQLALCHEMY_DATABASE_URI"])
    monkeypatch.setenv("FORUM_SECRET_KEY", "test-secret")
    monkeypatch.setenv("FORUM_MAIL_POLL_SECONDS", "60")
    monkeypatch.setenv("FORUM_LOG_LEVEL", "WARNING")
    child = process.start()
    try:
        time.sleep(1)
        folder = Path(app.config["MAIL_DIR"])
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.process.poll() is None:
            # Until the child is up (its first pass), then the one that counts.
            if (tmp_path / "mail-worker.lock").exists():
                break
            time.sleep(0.1)
        time.sleep(1)
        queue.enqueue(to="someone@example.org", kind="test", subject="Väck", text="nu")
        db.session.commit()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not list(folder.glob("*.eml")):
            time.sleep(0.05)
        assert len(list(folder.glob("*.eml"))) == 1
    finally:
        child.stop()
        process._running = None
