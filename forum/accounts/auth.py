"""Login, password change and password reset: check_* validates, do_* writes, never commits."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from forum.accounts.models import PasswordReset, User
from forum.accounts.passwords import hash_password, new_token, token_hash, verify_password
from forum.accounts.sessions import do_end_all_sessions
from forum.accounts.validation import email_field, password_field
from forum.audit.models import record
from forum.db import utcnow
from forum.errors import ValidationError
from forum.extensions import db
from forum.text.i18n import _l

log = logging.getLogger(__name__)


def check_login(email: str | None, password: str | None) -> User:
    """The active user with these credentials, or one message that reveals nothing more."""
    wrong = ValidationError(str(_l("Wrong e-mail address or password.")))
    address = (email or "").strip().lower()
    if not address or "\x00" in address or len(address) > 254 or len(password or "") > 256:
        raise wrong
    user = db.session.scalar(select(User).where(func.lower(User.email) == address))
    if not verify_password(user.password_hash if user else None, password or ""):
        raise wrong
    if not user.active:
        raise ValidationError(str(_l("This account has been deactivated.")))
    return user


def check_change_password(user: User, current: str | None, new: str | None,
                          repeat: str | None) -> str:
    if not verify_password(user.password_hash, current or ""):
        raise ValidationError(field_errors={"current_password": str(_l(
            "Your current password is not right."))})
    password = password_field("new_password", new)
    if password != (repeat or ""):
        raise ValidationError(field_errors={"repeat_password": str(_l(
            "The two passwords differ."))})
    return password


def do_change_password(user: User, password: str) -> None:
    """Set the password and end every other session: a copied cookie stops working."""
    user.password_hash = hash_password(password)
    do_end_all_sessions(user, keep_current=True)
    record(user, "password_changed", "user", user.id)


@dataclass(frozen=True)
class ResetRequest:
    user: User
    token: str


def do_request_password_reset(email: str | None, now: datetime,
                              valid_minutes: int) -> ResetRequest | None:
    """Make a reset token for an active account. Unknown addresses get None, silently."""
    try:
        address = email_field("email", email)
    except ValidationError:
        return None
    user = db.session.scalar(select(User).where(func.lower(User.email) == address))
    if user is None or not user.active:
        return None
    token, hashed = new_token()
    db.session.add(PasswordReset(user_id=user.id, token_hash=hashed, created_at=now,
                                 expires_at=now + timedelta(minutes=valid_minutes)))
    return ResetRequest(user, token)


def check_reset_token(token: str | None, now: datetime) -> PasswordReset:
    reset = db.session.scalar(select(PasswordReset)
                              .where(PasswordReset.token_hash == token_hash(token or "")))
    if reset is None or reset.used_at or reset.expires_at <= now or not reset.user.active:
        raise ValidationError(str(_l(
            "This reset link is not valid any more. Ask for a new one.")))
    return reset


def check_reset_password(token: str | None, now: datetime, new: str | None,
                         repeat: str | None) -> tuple[PasswordReset, str]:
    reset = check_reset_token(token, now)
    password = password_field("new_password", new)
    if password != (repeat or ""):
        raise ValidationError(field_errors={"repeat_password": str(_l(
            "The two passwords differ."))})
    return reset, password


def do_reset_password(reset: PasswordReset, password: str, now: datetime) -> User:
    user = reset.user
    user.password_hash = hash_password(password)
    # Every outstanding link of this user dies with the one that was used.
    db.session.execute(update(PasswordReset).where(PasswordReset.user_id == user.id,
                                                   PasswordReset.used_at.is_(None))
                       .values(used_at=now))
    do_end_all_sessions(user)
    record(user, "password_reset", "user", user.id)
    return user


def now_utc() -> datetime:
    return utcnow()
