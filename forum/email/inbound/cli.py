"""`forum mail-in smtp|lmtp|imap`: receive replies and hand them to the running forum."""

from __future__ import annotations

import logging
import signal
import threading

import click
from flask import current_app
from flask.cli import with_appcontext


@click.command("mail-in")
@click.argument("protocol", type=click.Choice(["smtp", "lmtp", "imap"]))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="SMTP/LMTP: the address to listen on.")
@click.option("--port", default=2525, show_default=True, type=int,
              help="SMTP/LMTP: the port to listen on (0: any free port, printed).")
@click.option("--once", is_flag=True, help="IMAP: read the mailbox once, then stop.")
@with_appcontext
def mail_in_command(protocol: str, host: str, port: int, once: bool) -> None:
    """Receive replies to notification e-mails (reply by e-mail; docs/deploy.md)."""
    logging.basicConfig(level=current_app.config.get("LOG_LEVEL", "INFO"),
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    config = dict(current_app.config)
    if not config.get("MAIL_REPLY_ADDRESS"):
        raise click.ClickException("Set FORUM_MAIL_REPLY_ADDRESS first (docs/deploy.md).")
    if protocol == "imap":
        _imap(config, once)
        return
    from forum.email.inbound import smtp_server

    def ready(bound: int) -> None:
        click.echo(f"Receiving {protocol.upper()} on {host}:{bound} for "
                   f"{config['MAIL_REPLY_ADDRESS']} (+token); stop with Ctrl+C.", err=True)

    smtp_server.serve(config, host, port, lmtp=protocol == "lmtp", ready=ready)


def _imap(config: dict, once: bool) -> None:
    from forum.email.inbound import imap_poll

    if not config.get("IMAP_HOST"):
        raise click.ClickException("Set FORUM_IMAP_HOST, _USER and _PASSWORD first.")
    if once:
        counts = imap_poll.poll_once(config)
        click.echo("Inbound: " + (", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
                                  or "nothing new") + ".")
        return
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    click.echo(f"Reading {config['IMAP_USER']}@{config['IMAP_HOST']} every "
               f"{config['IMAP_POLL_SECONDS']:.0f} s; stop with Ctrl+C.", err=True)
    imap_poll.run_forever(config, stop)
