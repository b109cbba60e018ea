"""The `forum` command: init, demo, create-admin, serve (and `flask --app forum ...`)."""

from __future__ import annotations

import contextlib
import gc
import os
import threading
from collections.abc import Callable
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext
from flask_migrate import upgrade

from forum.email.inbound.cli import mail_in_command
from forum.indexing import indexer_lock


def register_commands(app: Flask) -> None:
    for command in (init_command, demo_command, create_admin_command, serve_command,
                    reindex_command, indexer_command, worker_command, retention_command,
                    mail_in_command):
        app.cli.add_command(command)
    from forum.insights.cli import insights_command

    app.cli.add_command(insights_command)


@click.command("init")
@click.option("--verbose", "-v", is_flag=True, help="List each migration as it runs.")
@with_appcontext
def init_command(verbose: bool) -> None:
    """Create or upgrade the database schema (Alembic migrations)."""
    import logging

    from alembic.runtime.migration import MigrationContext

    # One line for the person who typed `make run`, not one per migration (--verbose).
    migrations = logging.getLogger("alembic.runtime.migration")
    level = migrations.level
    if not verbose:
        migrations.setLevel(logging.WARNING)
    try:
        before = _revision(MigrationContext)
        upgrade()
        after = _revision(MigrationContext)
    finally:
        migrations.setLevel(level)
    done = f" (upgraded from {before or 'an empty database'})" if before != after else ""
    click.echo(f"Database is at the newest schema{done}: {_safe_url()}")


def _revision(context_class) -> str | None:
    from forum.extensions import db

    with db.engine.connect() as connection:
        return context_class.configure(connection).get_current_revision()


@click.command("demo")
@click.option("--if-empty", is_flag=True, help="Only load when there are no users yet.")
@with_appcontext
def demo_command(if_empty: bool) -> None:
    """Load the demo association, its organizations and users (and print the logins)."""
    from forum.demo.loader import DEMO_PASSWORD, database_is_empty, demo_logins, load_demo

    if not if_empty or database_is_empty():
        counts = load_demo()
        click.echo("Loaded demo data: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    else:
        click.echo("The database already has users; demo data not loaded.")
    logins = demo_logins()
    if logins:
        click.echo(f"\nDemo logins (password for all: {DEMO_PASSWORD}):")
        for email, roles, name in logins:
            click.echo(f"  {email:<34} {roles:<28} {name}")


@click.command("create-admin")
@click.option("--email", prompt=True)
@click.option("--username", prompt=True)
@click.option("--name", "display_name", prompt="Display name")
@click.option("--organization", "org_handle", prompt="Organization handle",
              help="Handle of an existing organization, or a new one to create.")
@click.password_option()
@with_appcontext
def create_admin_command(email: str, username: str, display_name: str, org_handle: str,
                         password: str) -> None:
    """Create an admin account (for the very first login of a new installation)."""
    from forum.accounts.bootstrap import do_create_admin
    from forum.db import unit_of_work
    from forum.errors import ValidationError

    try:
        with unit_of_work():
            user = do_create_admin(email, username, display_name, org_handle, password)
    except ValidationError as exc:
        details = "; ".join(f"{k}: {v}" for k, v in exc.field_errors.items()) or exc.message
        raise click.ClickException(details) from exc
    click.echo(f"Admin {user.username} <{user.email}> created.")


@click.command("serve")
@click.option("--host", default=None)
@click.option("--port", default=None, type=int)
@click.option("--dev", is_flag=True,
              help="Werkzeug's development server with the reloader, instead of gevent's.")
@with_appcontext
def serve_command(host: str | None, port: int | None, dev: bool) -> None:
    """Serve the app with Socket.IO: gevent's WSGI server (production grade, the default),
    or with --dev (or FORUM_ASYNC_MODE=threading) Werkzeug's development server."""
    from forum.extensions import socketio

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    _require_redis(app)
    host = host or app.config["HOST"]
    port = port or app.config["PORT"]
    mode = app.config["ASYNC_MODE"]
    server = "gevent" if mode == "gevent" else "Werkzeug (development)"
    # Flask refuses app.run() under its CLI; serving is exactly what this command is for.
    os.environ.pop("FLASK_RUN_FROM_CLI", None)
    # Werkzeug's reloader runs this command twice: a watcher, and the server it restarts.
    # Only the server (WERKZEUG_RUN_MAIN) prints and has the indexer and mail worker children.
    watcher = dev and os.environ.get("WERKZEUG_RUN_MAIN") != "true"
    if not watcher:
        click.echo(f"Serving on http://{host}:{port} ({server}, Socket.IO {mode} mode)")
    children = []
    if app.config["EMBEDDED_INDEXER"] and not watcher:
        from forum.indexing import indexer_process

        children.append(indexer_process.start())
    if not watcher:
        from forum.email import transport

        click.echo(transport.describe(app.config))
    if app.config["EMBEDDED_WORKER"] and not watcher:
        from forum.email import process

        children.append(process.start())
    settle_garbage_collector()
    try:
        if mode == "gevent":
            from forum.realtime.gevent_server import serve

            serve(app, host, port)
            click.echo("Stopped.")
            return
        socketio.run(app, host=host, port=port, debug=dev, use_reloader=dev,
                     allow_unsafe_werkzeug=True, log_output=dev)
    finally:
        for child in children:
            child.stop()


def _require_redis(app: Flask) -> None:
    """A configured Redis that does not answer is a deployment mistake: say so and stop,
    instead of serving with fan-out and shared limits silently missing."""
    if app.config["REDIS_URL"]:
        from forum.realtime.redis_state import unreachable_reason

        reason = unreachable_reason(app.config["REDIS_URL"])
        if reason:
            raise click.ClickException(reason)


#: Full (generation-2) collections at most every 100 generation-1 collections instead of 10.
#: A server holding 1,000 connections has a large, long-lived heap; each full collection
#: walked it for 27–160 ms, stalling every socket (bench/README.md, "1,000 connected").
FULL_COLLECTION_EVERY = 100


def settle_garbage_collector() -> None:
    """Before serving: what is loaded by now (modules, the app, its caches) lives as long as
    the process, so it leaves the collector's view (``gc.freeze``), and full collections
    come a tenth as often. Cyclic garbage that reaches the oldest generation waits longer to
    be freed, for broadcasts without pauses."""
    gc.collect()
    gc.freeze()
    young, middle, _old = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


@click.command("reindex")
@with_appcontext
def reindex_command() -> None:
    """Rebuild the whole search index from the database and report counts."""
    from forum.indexing.indexer import backend, reindex_all

    counts = reindex_all(backend())
    click.echo("Indexed: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))


def _run_background(lock: indexer_lock.FileLock | indexer_lock.AdvisoryLock | None,
                    work: Callable[[threading.Event], None], *, once: bool, child: bool,
                    wake: Callable[[], None]) -> None:
    """The indexer's and the mail worker's common run: as `forum serve`'s child it follows
    the server (stdin) and `wake` is called when the server pokes it; with a `lock`, only one
    process runs the work at a time (a second one waits, or gives up when `once`); Ctrl+C
    stops it quietly; a lock held elsewhere or lost makes the exit status 1."""
    stop = threading.Event()
    if child:
        from forum.indexing.indexer_process import become_child

        become_child(stop, wake)
    with contextlib.suppress(KeyboardInterrupt):
        if lock is None:
            work(stop)
            return
        code = indexer_lock.run_exclusively(lock, stop, lambda: work(stop), wait=not once,
                                            say=lambda line: click.echo(line, err=True))
        if code:
            raise SystemExit(code)


@click.command("indexer")
@click.option("--once", is_flag=True, help="Drain what is waiting, then stop.")
@click.option("--child", is_flag=True, hidden=True,
              help="Started by `forum serve`: lower priority, follow the server via stdin.")
@with_appcontext
def indexer_command(once: bool, child: bool) -> None:
    """Run the search indexer (its own process in the scaled deployment)."""
    from forum.indexing.indexer import backend, drain_all, run_forever, wake

    app = current_app._get_current_object()  # type: ignore[attr-defined]

    def work(stop: threading.Event) -> None:
        if once:
            click.echo(f"Indexed {drain_all(backend(app))} changes.")
            return
        if not child:
            click.echo("Indexer running; stop with Ctrl+C.")
        run_forever(app, stop)

    _run_background(indexer_lock.indexer_lock(app), work, once=once, child=child,
                    wake=wake)


@click.command("worker")
@click.option("--once", is_flag=True, help="Send what is due now, then stop.")
@click.option("--child", is_flag=True, hidden=True,
              help="Started by `forum serve`: lower priority, follow the server via stdin.")
@with_appcontext
def worker_command(once: bool, child: bool) -> None:
    """Send queued e-mail and run periodic jobs (several may run on PostgreSQL)."""
    from forum.email import worker
    from forum.extensions import db

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    wake = threading.Event()

    def work(stop: threading.Event) -> None:
        if once:
            counts = worker.send_due(app)
            click.echo("Mail: " + (", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
                                   or "nothing due") + ".")
            return
        if not child:
            click.echo("Mail worker running; stop with Ctrl+C.")
        worker.run_forever(app, stop, wake)

    # PostgreSQL: rows are taken with SKIP LOCKED, so any number of workers may run; SQLite:
    # one at a time, by a file lock in the instance folder.
    lock = None if db.engine.dialect.name == "postgresql" else indexer_lock.FileLock(
        Path(app.config["INSTANCE_PATH"]) / "mail-worker.lock", "mail worker")
    _run_background(lock, work, once=once, child=child, wake=wake.set)


@click.command("retention")
@with_appcontext
def retention_command() -> None:
    """Purge ended sessions, old audit rows and deleted posts past the FORUM_RETAIN_* limits."""
    from forum.db import unit_of_work, utcnow
    from forum.mydata.retention import RetentionPolicy, do_purge

    with unit_of_work():
        counts = do_purge(utcnow(), RetentionPolicy.from_config(current_app.config))
    click.echo("Purged: " + ", ".join(f"{n} {kind.replace('_', ' ')}"
                                      for kind, n in counts.items()))


def _safe_url() -> str:
    from forum.extensions import db

    return db.engine.url.render_as_string(hide_password=True)


def serve_async_mode(argv: list[str], environ: dict[str, str]) -> str | None:
    """The Socket.IO mode `forum serve` runs in, decided before anything is imported:
    gevent unless FORUM_ASYNC_MODE says otherwise; `--dev` is Werkzeug's server (threading).
    None for every other command (they keep the configured mode, threading by default)."""
    if argv[1:2] != ["serve"]:
        return None
    if "--dev" in argv[2:]:
        return "threading"
    return environ.get("FORUM_ASYNC_MODE") or "gevent"


def main() -> None:
    import sys

    mode = serve_async_mode(sys.argv, dict(os.environ))
    if mode is not None:
        os.environ["FORUM_ASYNC_MODE"] = mode  # what create_app() reads (and the config)
    if os.environ.get("FORUM_ASYNC_MODE") == "gevent":
        # Before anything else is imported: sockets, threads and Redis must be gevent's.
        from gevent import monkey

        monkey.patch_all()
    from forum import create_app

    FlaskGroup(create_app=create_app, add_default_commands=True,
               help="The forum's management commands.")()
