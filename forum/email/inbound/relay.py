"""Hand one message to the running forum (forum.email.inbound.views) and read its answer."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass

from forum.email.inbound.receive import SMTP_TOO_LARGE
from forum.email.inbound.views import KEY_HEADER, relay_key

log = logging.getLogger(__name__)
SMTP_TRY_LATER = "451 4.3.0 The forum cannot take mail now; try again later"


@dataclass(frozen=True)
class Answer:
    outcome: str
    smtp: str

    @property
    def final(self) -> bool:
        """False when the message should be offered again later (the forum was away)."""
        return not self.smtp.startswith("4")


def deliver(config, raw: bytes, recipients: list[str], sender: str | None) -> Answer:
    if len(raw) > config["MAIL_INBOUND_MAX_BYTES"]:
        return Answer("too_large", SMTP_TOO_LARGE)
    url = (config.get("MAIL_IN_URL") or config["BASE_URL"]).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"FORUM_MAIL_IN_URL must be an http(s) address, not {url!r}")
    headers = {KEY_HEADER: relay_key(config), "Content-Type": "message/rfc822",
               "X-Forum-Envelope-To": ",".join(recipients)}
    if sender is not None:  # SMTP's MAIL FROM; "<>" is a bounce. IMAP has no envelope.
        headers["X-Forum-Envelope-From"] = sender or "<>"
    request = urllib.request.Request(  # noqa: S310 - checked just above
        f"{url}/internal/email/inbound", data=raw, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - checked above
            body = json.loads(response.read())
            return Answer(str(body["outcome"]), str(body["smtp"]))
    except urllib.error.HTTPError as error:
        if error.code == 413:
            return Answer("too_large", SMTP_TOO_LARGE)
        log.warning("forum answered %s to an inbound message; will try again", error.code)
    except (urllib.error.URLError, OSError, ValueError, KeyError) as error:
        log.warning("forum not reachable at %s (%s); will try again", url, error)
    return Answer("unavailable", SMTP_TRY_LATER)
