"""The e-mail that tells an account's owner someone is guessing their password."""

from __future__ import annotations

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import func, select

from forum.accounts.models import User
from forum.accounts.throttle import WINDOW, normalized
from forum.db.after_response import after_response
from forum.extensions import db


def guessing_alert(email: str | None, address: str | None,
                   failures: int) -> tuple[User, str, str] | None:
    """(owner, subject, body) for the owner of an active account; None for any other
    address."""
    user = db.session.scalar(select(User).where(func.lower(User.email) == normalized(email)))
    if user is None or not user.active:
        return None
    with force_locale(user.language or current_app.config["DEFAULT_LANGUAGE"]):
        subject = _("Someone is trying to log in to your account")
        body = _(
            "There have been %(count)d attempts with a wrong password for your account at "
            "%(site)s within %(minutes)d minutes, the latest from the network address "
            "%(address)s.\n\nIf it was you, nothing needs to be done. If not, someone may be "
            "guessing your password. Your account is not locked: addresses that keep guessing "
            "are made to wait longer and longer. If your password is easy to guess, change it "
            "under Settings.\n\nYou get this message at most once an hour.",
            count=failures, site=current_app.config["BASE_URL"], minutes=WINDOW // 60,
            address=address or "?")
    return user, subject, body


def send_after_response(response, message: tuple[User, str, str]) -> None:
    """Queue the warning when the answer has gone out: writing it must not make the answer
    for a real account take longer than the one for an unknown address."""
    from forum.accounts.mails import queue_guessing_alert

    user_id, subject, body = message[0].id, message[1], message[2]
    after_response(response, lambda: queue_guessing_alert(
        db.session.get(User, user_id), subject, body), "queue the password-guessing warning")
