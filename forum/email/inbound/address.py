"""Reply addresses: `reply+<token>@domain`, one per recipient and post.

The token is `<post>-<user>-<day>-<signature>`: the post answered, the person the address
was made for, the day it was made (days since 2020-01-01) and an HMAC over the three with the
app's secret. Lower-case base32, because mail servers may change the case of a local part,
and short (about 45 characters) because RFC 5321 allows 64 before the "@". It is not
single-use: a person may answer the same notification twice; the same *message* delivered
twice is caught by its Message-ID (forum.email.inbound.receive).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from forum.email.tokens import BadToken, ExpiredToken

EPOCH = date(2020, 1, 1)
MAX_AGE = timedelta(days=60)
_TOKEN = re.compile(r"^(\d{1,10})-(\d{1,10})-(\d{1,6})-([a-z2-7]{16})$")


@dataclass(frozen=True)
class ReplyTarget:
    post_id: int
    user_id: int
    made_on: date


def _signature(secret: str, post_id: int, user_id: int, day: int) -> str:
    digest = hmac.new(secret.encode(), f"reply:{post_id}:{user_id}:{day}".encode(),
                      hashlib.sha256).digest()
    return base64.b32encode(digest).decode().lower()[:16]


def make_token(secret: str, post_id: int, user_id: int, now: datetime) -> str:
    day = (now.date() - EPOCH).days
    return f"{post_id}-{user_id}-{day}-{_signature(secret, post_id, user_id, day)}"


def reply_address(config, post_id: int, user_id: int, now: datetime) -> str | None:
    """`reply+<token>@domain` from FORUM_MAIL_REPLY_ADDRESS, or None when reply by e-mail is
    not set up (then the notification has no Reply-To)."""
    base = config.get("MAIL_REPLY_ADDRESS")
    if not base or "@" not in base:
        return None
    local, domain = base.rsplit("@", 1)
    return f"{local}+{make_token(config['SECRET_KEY'], post_id, user_id, now)}@{domain}"


def read_token(secret: str, token: str, now: datetime) -> ReplyTarget:
    """BadToken for anything not made here (tampered, malformed); ExpiredToken past MAX_AGE,
    with the target attached, so its owner can be told."""
    match = _TOKEN.match(token.strip().lower())
    if not match:
        raise BadToken("reply")
    post_id, user_id, day = (int(match.group(i)) for i in (1, 2, 3))
    if not hmac.compare_digest(match.group(4), _signature(secret, post_id, user_id, day)):
        raise BadToken("reply")
    target = ReplyTarget(post_id, user_id, EPOCH + timedelta(days=day))
    if now.date() - target.made_on > MAX_AGE:
        error = ExpiredToken("reply")
        error.target = target
        raise error
    return target


def token_in(address: str, config) -> str | None:
    """The token of a reply address (`local+token@domain`) if it is one of ours."""
    base = config.get("MAIL_REPLY_ADDRESS") or ""
    if "@" not in base or "@" not in address:
        return None
    local, domain = base.lower().rsplit("@", 1)
    a_local, a_domain = address.strip().strip("<>").lower().rsplit("@", 1)
    if a_domain != domain or not a_local.startswith(local + "+"):
        return None
    return a_local[len(local) + 1:]
