"""`forum mail-in imap`: read a mailbox that the reply addresses are delivered to.

Each unseen message is handed to the forum; once the forum has decided (posted, refused,
ignored) it is flagged \\Seen, so a crash in between offers it again and the forum, which
remembers every message by its Message-ID, does not post it twice. A message over the size
limit is flagged without being downloaded. While the forum is away nothing is flagged.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import re
import threading

from forum.email.inbound import relay

log = logging.getLogger(__name__)
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")


def connect(config) -> imaplib.IMAP4:
    host, port = config["IMAP_HOST"], int(config["IMAP_PORT"])
    client = imaplib.IMAP4_SSL(host, port) if config["IMAP_SSL"] else imaplib.IMAP4(host, port)
    if not config["IMAP_SSL"] and config["IMAP_STARTTLS"]:
        client.starttls()
    client.login(config["IMAP_USER"], config["IMAP_PASSWORD"])
    return client


def poll_once(config) -> dict[str, int]:
    """One pass over the mailbox's unseen messages; counts per outcome."""
    counts: dict[str, int] = {}
    client = connect(config)
    try:
        status, _ = client.select(config["IMAP_MAILBOX"])
        if status != "OK":
            raise RuntimeError(f"IMAP mailbox {config['IMAP_MAILBOX']!r} cannot be opened")
        _, data = client.uid("SEARCH", None, "UNSEEN")
        for uid in (data[0] or b"").split():
            outcome = _handle(config, client, uid)
            counts[outcome] = counts.get(outcome, 0) + 1
            if outcome == "unavailable":
                break  # the forum is away: leave the rest for the next pass
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            client.logout()
    return counts


def _handle(config, client: imaplib.IMAP4, uid: bytes) -> str:
    _, sized = client.uid("FETCH", uid, "(RFC822.SIZE)")
    match = _SIZE.search(sized[0] if sized and isinstance(sized[0], bytes) else b"")
    if match and int(match.group(1)) > config["MAIL_INBOUND_MAX_BYTES"]:
        client.uid("STORE", uid, "+FLAGS", "(\\Seen)")
        log.warning("inbound message %s over the size limit: not read", uid.decode())
        return "too_large"
    # BODY.PEEK: reading does not set \Seen; only a final answer does.
    _, fetched = client.uid("FETCH", uid, "(BODY.PEEK[])")
    raw = next((part[1] for part in fetched if isinstance(part, tuple)), b"")
    answer = relay.deliver(config, raw, [], None)
    if answer.final:
        client.uid("STORE", uid, "+FLAGS", "(\\Seen)")
    return answer.outcome


def run_forever(config, stop: threading.Event) -> None:
    every = float(config["IMAP_POLL_SECONDS"])
    while not stop.is_set():
        try:
            counts = poll_once(config)
            if counts:
                log.info("inbound mail: %s", counts)
        except (imaplib.IMAP4.error, OSError, RuntimeError) as error:
            log.warning("IMAP poll failed (%s); trying again in %.0f s", error, every)
        stop.wait(every)
