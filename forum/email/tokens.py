"""Signed, expiring, single-use tokens for links and addresses in e-mail.

    token = tokens.make("unsubscribe", user_id, {"kind": "reply"})
    data = tokens.read(token, "unsubscribe", max_age=timedelta(days=60))  # -> TokenData
    tokens.consume(token, "unsubscribe")  # in the caller's transaction; a replay raises

Signed with the app's SECRET_KEY and a salt per purpose (an unsubscribe token is no reply
token). `read` raises BadToken (tampered, malformed, other purpose) or ExpiredToken;
`consume` raises ReplayedToken when the token was used before. Tokens are URL-safe and use
only [A-Za-z0-9._-], so they also fit the local part of a reply address
(`reply+<token>@...`), for the inbound helper.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy.exc import IntegrityError

from forum.db import utcnow
from forum.email.models import UsedToken
from forum.extensions import db


class BadToken(Exception):
    pass


class ExpiredToken(BadToken):
    pass


class ReplayedToken(BadToken):
    pass


@dataclass(frozen=True)
class TokenData:
    purpose: str
    user_id: int
    data: dict
    issued_at: datetime


def _serializer(purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"forum-mail:{purpose}")


def make(purpose: str, user_id: int, data: dict | None = None) -> str:
    return _serializer(purpose).dumps({"u": user_id, "d": data or {}})


def read(token: str, purpose: str, max_age: timedelta) -> TokenData:
    try:
        payload, issued = _serializer(purpose).loads(
            token, max_age=int(max_age.total_seconds()), return_timestamp=True)
    except SignatureExpired as exc:
        raise ExpiredToken(purpose) from exc
    except (BadSignature, UnicodeError, ValueError) as exc:
        raise BadToken(purpose) from exc
    if not (isinstance(payload, dict) and isinstance(payload.get("u"), int)
            and isinstance(payload.get("d"), dict)):
        raise BadToken(purpose)
    return TokenData(purpose, payload["u"], payload["d"], issued)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def was_used(token: str) -> bool:
    return db.session.get(UsedToken, digest(token)) is not None


def consume(token: str, purpose: str, now: datetime | None = None) -> None:
    """Mark the token used, in the caller's transaction. ReplayedToken if it already was
    (also when another transaction used it at the same moment: the primary key decides)."""
    if was_used(token):
        raise ReplayedToken(purpose)
    try:
        with db.session.begin_nested():
            db.session.add(UsedToken(digest=digest(token), purpose=purpose,
                                     used_at=now or utcnow()))
    except IntegrityError as exc:
        raise ReplayedToken(purpose) from exc
