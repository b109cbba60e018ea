"""The worker: sends the queue and runs periodic jobs (`forum worker`).

Exactly once, per row: the worker takes one due row (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so
several workers never take the same row), hands it to the SMTP server and marks it sent in
the same transaction. A `kill -9` anywhere before the server's "250 OK" leaves the row
waiting (the transaction dies with the process); only a crash between the 250 and the commit
sends it again, once, with the same Message-ID (docs/deploy.md). SQLite has one worker
(a lock file in the instance folder, like the indexer's).

A temporary failure (4xx, server down) retries with a doubling wait; a permanent one (5xx)
marks the address bouncing and the pass goes on with the others.

A kind of mail whose content must still hold when it leaves registers a check with
`before_send(kind)`: the worker calls it on the locked row just before handing it over (the
digest asks every feature's access rules again and rewrites or drops itself).

Periodic jobs (digests, reminders, escalations) register with `periodic(name, every)`; each
run computes from the database what is due, so a restart or a second worker changes nothing
(on PostgreSQL a job runs under a transaction-level advisory lock: one worker at a time).
"""

from __future__ import annotations

import logging
import threading
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import Flask
from sqlalchemy import func, select, text

from forum.db import unit_of_work, utcnow
from forum.email import build, transport
from forum.email.models import BouncingAddress, MailMessage, MailStatus
from forum.extensions import db

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=6)
#: Kinds whose text holds a one-time link: blanked in the queue once sent (the link went to
#: its owner; the database need not keep it).
SECRET_KINDS = frozenset({"invitation", "password_reset"})


@dataclass
class Job:
    name: str
    every: timedelta
    run: Callable[[datetime], None]


JOBS: dict[str, Job] = {}
#: kind -> check(row, now): None to send the row as it is (the check may rewrite it), or the
#: reason it is not sent at all (the row is marked dropped with that reason).
BEFORE_SEND: dict[str, Callable[[MailMessage, datetime], str | None]] = {}


def periodic(name: str, every: timedelta) -> Callable:
    """Register `run(now)` to run about every `every` in the worker, in an app context; it
    commits its own work. A job must be idempotent (it may run again after a crash)."""

    def register(run: Callable[[datetime], None]) -> Callable[[datetime], None]:
        JOBS[name] = Job(name, every, run)
        return run

    return register


def before_send(kind: str) -> Callable:
    """Register `check(row, now)` for the rows of one kind (see BEFORE_SEND)."""

    def register(check: Callable[[MailMessage, datetime], str | None]) -> Callable:
        BEFORE_SEND[kind] = check
        return check

    return register


def backoff(attempts: int, base_seconds: float) -> timedelta:
    return min(timedelta(seconds=base_seconds * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def send_due(app: Flask, now: datetime | None = None, limit: int = 500) -> Counter:
    """One pass: queue the due notification e-mail intents (`notify.materialize_due`),
    compose the due notification mail, then send what is due. Returns counts (queued,
    not_wanted, composed, merged, dropped, sent, deferred, bouncing, failed)."""
    from forum.email import jobs, notify

    jobs.load()  # the modules that register periodic jobs and before-send checks
    counts: Counter = Counter()
    with app.app_context():
        counts.update(notify.materialize_due(now or utcnow()))
        counts.update(notify.compose_due(now or utcnow()))
        sender = transport.for_config(app.config)
        try:
            for _ in range(limit):
                outcome = _send_one(app, sender, now or utcnow())
                if outcome is None:
                    break
                counts[outcome] += 1
                if outcome == "unavailable":
                    break  # the server is down: the others wait for the next pass
        finally:
            sender.close()
            db.session.remove()
    return counts


def _due(now: datetime):
    return select(MailMessage).where(MailMessage.status == MailStatus.WAITING,
                                     MailMessage.composed.is_(True),
                                     MailMessage.next_attempt_at <= now)


def _send_one(app: Flask, sender, now: datetime) -> str | None:
    """Send one due row; its outcome ("sent", "bouncing", ...) or None when none is due.
    One transaction: the row is locked (SKIP LOCKED), sent, and marked, then committed."""
    with unit_of_work():
        config = app.config
        row = db.session.scalars(_due(now).order_by(MailMessage.next_attempt_at, MailMessage.id)
                                 .limit(1).with_for_update(skip_locked=True)).first()
        if row is None:
            return None
        if db.session.get(BouncingAddress, row.to_address.lower()) is not None:
            row.status = MailStatus.BOUNCING
            row.last_error = "the address bounces (see the admin page)"
            return "bouncing"
        check = BEFORE_SEND.get(row.kind)
        reason = check(row, now) if check is not None else None
        if reason:
            row.status, row.last_error = MailStatus.DROPPED, reason[:500]
            return "dropped"
        try:
            message = build.to_message(row, config, display_name=_display_name(row))
        except (ValueError, TypeError) as exc:
            row.status, row.last_error = MailStatus.FAILED, f"cannot build: {exc}"[:500]
            return "failed"
        row.attempts += 1
        try:
            sender.send(row.id, message)
        except transport.PermanentFailure as exc:
            row.status, row.last_error = MailStatus.BOUNCING, str(exc)[:500]
            address = row.to_address.lower()
            if db.session.get(BouncingAddress, address) is None:
                db.session.add(BouncingAddress(address=address, reason=str(exc)[:500], since=now))
            log.warning("mail %s: %s bounces (%s)", row.id, row.to_address, exc)
            return "bouncing"
        except transport.TemporaryFailure as exc:
            row.last_error = str(exc)[:500]
            if row.attempts >= config["MAIL_MAX_ATTEMPTS"]:
                row.status = MailStatus.FAILED
            else:
                row.next_attempt_at = now + backoff(row.attempts, config["MAIL_RETRY_SECONDS"])
            log.warning("mail %s deferred: %s", row.id, exc)
            return "unavailable" if isinstance(exc, transport.ServerUnavailable) else "deferred"
        # The server said 250: from here to the commit is the one window a crash repeats.
        row.status, row.sent_at, row.last_error = MailStatus.SENT, utcnow(), None
        if row.kind in SECRET_KINDS:
            row.text_body, row.html_body = "(removed after sending: it held a one-time link)", None
        return "sent"


def _display_name(row: MailMessage) -> str:
    if row.user_id is None:
        return ""
    from forum.accounts.models import User

    user = db.session.get(User, row.user_id)
    return user.display_name if user is not None else ""


def next_due_in(app: Flask, now: datetime) -> float | None:
    """Seconds until the next waiting row or notification e-mail intent is due (0 when one
    is due now), None when there is none."""
    from forum.email import notify

    with app.app_context():
        try:
            waiting = db.session.scalar(select(func.min(MailMessage.next_attempt_at)).where(
                MailMessage.status == MailStatus.WAITING))
            due = [d for d in (waiting, notify.next_pending_due()) if d is not None]
        finally:
            db.session.remove()
    return max((min(due) - now).total_seconds(), 0.0) if due else None


def run_jobs(app: Flask, now: datetime, last_run: dict[str, datetime]) -> None:
    for job in list(JOBS.values()):
        if now - last_run.get(job.name, datetime.min.replace(tzinfo=now.tzinfo)) < job.every:
            continue
        last_run[job.name] = now
        with app.app_context():
            try:
                with unit_of_work():
                    if _job_lock(job.name):
                        job.run(now)
            except Exception:
                log.exception("periodic job %s failed", job.name)
            finally:
                db.session.remove()


def _job_lock(name: str) -> bool:
    """PostgreSQL: one worker runs a job at a time (the lock ends with the job's
    transaction). SQLite has only one worker."""
    if db.engine.dialect.name != "postgresql":
        return True
    key = zlib.crc32(f"forum-job:{name}".encode())
    return bool(db.session.scalar(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": key}))


def run_forever(app: Flask, stop: threading.Event, wake: threading.Event) -> None:
    """Until `stop`: jobs, a pass over the queue, then wait for a wake-up, the next due row
    or the poll interval, whichever comes first."""
    from forum.email import jobs

    jobs.load()
    poll = float(app.config["MAIL_POLL_SECONDS"])
    last_run: dict[str, datetime] = {}
    while not stop.is_set():
        try:
            run_jobs(app, utcnow(), last_run)
            counts = send_due(app)
            until = None if counts["unavailable"] else next_due_in(app, utcnow())
        except Exception:  # the database away for a moment: try again at the next poll
            log.exception("the mail worker's pass failed")
            until = None
        wait = poll if until is None else min(poll, max(until, 0.05))
        wake.wait(wait)
        wake.clear()
