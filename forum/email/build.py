"""A queued row as an RFC 5322 message.

Every header value passes `one_line` (CR, LF and other control characters become spaces) and
addresses are built with `email.headerregistry.Address`, which quotes a display name: a
thread title or a name holding "\\r\\nBcc: ..." stays inside its own header.
"""

from __future__ import annotations

import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import urlsplit

from forum.email.models import MailMessage

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
# Headers a row may carry; anything else in `headers` is ignored (never a Bcc from data).
ALLOWED_HEADERS = ("In-Reply-To", "References", "List-Unsubscribe", "List-Unsubscribe-Post",
                   "X-Forum-Kind", "Reply-To")


def one_line(value: str, limit: int = 300) -> str:
    return " ".join(_CONTROL.sub(" ", value or "").split())[:limit]


def domain(config) -> str:
    return urlsplit(config["BASE_URL"]).hostname or "localhost"


def message_id(row_id: int, config) -> str:
    """The same for every attempt of one row: a mail client shows a duplicate once."""
    return f"<mail-{row_id}@{domain(config)}>"


def thread_message_id(thread_id: int, config) -> str:
    """The thread's root id: every e-mail about the thread refers to it, so clients group."""
    return f"<thread-{thread_id}@{domain(config)}>"


def to_message(row: MailMessage, config, *, display_name: str = "") -> EmailMessage:
    message = EmailMessage()
    message["From"] = Address(one_line(config.get("MAIL_FROM_NAME") or "Forum"),
                              addr_spec=config["MAIL_FROM"])
    message["To"] = Address(one_line(display_name), addr_spec=one_line(row.to_address))
    message["Subject"] = one_line(row.subject)
    message["Date"] = format_datetime(row.created_at)
    message["Message-ID"] = message_id(row.id, config)
    message["Auto-Submitted"] = "auto-generated"
    message["List-Id"] = f"Forum <forum.{domain(config)}>"
    for name in ALLOWED_HEADERS:
        value = (row.headers or {}).get(name)
        if value:
            message[name] = one_line(str(value), 1000)
    message.set_content(row.text_body or "")
    if row.html_body:
        message.add_alternative(row.html_body, subtype="html")
    return message
