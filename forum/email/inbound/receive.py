"""One inbound message -> one outcome, through the same write path as the web.

The order of the checks is the order of trust: size, auto-reply (never answered: no mail
loops), the reply address's signature and age, the sender (must be the person the address
was made for), then `discussions.entrypoints.submit_post` — the web's own path, with its
access check, rate limit and privacy check. A reply that is refused for a reason its author
can fix (no access any more, personal data, empty after cutting the quote) is answered with
an e-mail saying why and where to post from the web; anything that may be forged (a bad
signature, a stranger's address) is refused without an answer, so the forum never sends
mail to an address it did not choose.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from flask import current_app, render_template
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from forum.accounts.models import User
from forum.db import unit_of_work, utcnow
from forum.email import queue
from forum.email.build import one_line
from forum.email.inbound import address, parse
from forum.email.inbound.models import InboundMail
from forum.email.tokens import BadToken, ExpiredToken
from forum.errors import NotFound, PermissionDenied, RateLimited, ValidationError
from forum.extensions import db
from forum.privacy_terms.guard import PrivacyWarning
from forum.realtime import limits

# SMTP answers (RFC 5321/3463) for the outcomes a sending server should hear about.
SMTP_OK = "250 2.0.0 OK"
SMTP_UNKNOWN = "550 5.1.1 No such recipient here"
SMTP_REFUSED = "550 5.7.1 Not accepted"
SMTP_TOO_LARGE = "552 5.3.4 Message too big"


@dataclass(frozen=True)
class Outcome:
    outcome: str
    smtp: str = SMTP_OK
    post_id: int | None = None
    thread_id: int | None = None


def accept(raw: bytes, *, recipients: list[str] | None = None, sender: str | None = None,
           now: datetime | None = None) -> Outcome:
    """Decide what `raw` (a whole RFC 5322 message) becomes. `recipients`/`sender`: the SMTP
    envelope when there is one (IMAP has none; the headers are read instead)."""
    config = current_app.config
    now = now or utcnow()
    if len(raw) > config["MAIL_INBOUND_MAX_BYTES"]:
        return Outcome("too_large", SMTP_TOO_LARGE)
    mail = parse.parse(raw, recipients, sender)
    token = next(filter(None, (address.token_in(r, config) for r in mail.recipients)), None)
    if token is None:
        return Outcome("unknown_recipient", SMTP_UNKNOWN)
    key = _key(mail, raw)
    previous = db.session.get(InboundMail, key)
    db.session.rollback()
    if previous is not None:
        return Outcome("duplicate", post_id=previous.post_id)
    if mail.auto_reply:
        return _record(key, Outcome("auto_reply"))
    try:
        target = address.read_token(config["SECRET_KEY"], token, now)
    except ExpiredToken as expired:
        return _refuse(key, mail, expired.target.user_id, "expired", now)
    except BadToken:
        return _record(key, Outcome("bad_token", SMTP_REFUSED))
    user = db.session.get(User, target.user_id)
    if user is None or user.email.lower() != mail.sender:
        # Not the person the address was made for: a forwarded mail, a spoof. No answer.
        return _record(key, Outcome("wrong_sender", SMTP_REFUSED), None)
    if not user.active:
        return _record(key, Outcome("inactive", SMTP_REFUSED), None)
    return _post(key, mail, user, target, now)


def _key(mail: parse.Inbound, raw: bytes) -> str:
    basis = mail.message_id.encode() if mail.message_id else raw
    return hashlib.sha256(basis).hexdigest()


def _post(key: str, mail: parse.Inbound, user: User, target: address.ReplyTarget,
          now: datetime) -> Outcome:
    from forum.discussions import entrypoints
    from forum.discussions.models import Post

    post = db.session.get(Post, target.post_id)
    if post is None:
        return _refuse(key, mail, user.id, "gone", now)
    thread_id = post.thread_id
    if not limits.allow(limits.POST_LIMIT, "post", user.id):
        return _refuse(key, mail, user.id, "rate_limited", now, thread_id)
    try:
        # The client id makes a second delivery of the same message return the first post
        # even if the crash came between the post and the row below.
        created, _duplicate = entrypoints.submit_post(user, thread_id, mail.text,
                                                       client_id=f"mail-{key[:40]}")
    except NotFound:
        return _refuse(key, mail, user.id, "no_access", now)
    except PrivacyWarning:
        return _refuse(key, mail, user.id, "privacy", now, thread_id)
    except (PermissionDenied, RateLimited) as error:
        return _refuse(key, mail, user.id, "denied", now, thread_id, error.message)
    except ValidationError as error:
        outcome = "empty" if not mail.text.strip() else "invalid"
        return _refuse(key, mail, user.id, outcome, now, thread_id, error.message)
    return _record(key, Outcome("posted", post_id=created.id, thread_id=thread_id), user.id)


def _record(key: str, outcome: Outcome, user_id: int | None = None) -> Outcome:
    try:
        with unit_of_work():
            db.session.add(InboundMail(key=key, outcome=outcome.outcome, user_id=user_id,
                                       post_id=outcome.post_id))
    except IntegrityError:  # the same message, handled meanwhile by another delivery
        return Outcome("duplicate", post_id=outcome.post_id)
    return outcome


def _refuse(key: str, mail: parse.Inbound, user_id: int, outcome: str, now: datetime,
            thread_id: int | None = None, detail: str = "") -> Outcome:
    """Record the outcome and tell the author why, in the same transaction (one row, one
    answer, even when the message comes again)."""
    user = db.session.get(User, user_id)
    try:
        with unit_of_work():
            db.session.add(InboundMail(key=key, outcome=outcome, user_id=user_id))
            if user is not None and user.active:
                _queue_answer(key, user, mail, outcome, thread_id, detail, now)
    except IntegrityError:
        return Outcome("duplicate")
    return Outcome(outcome)


def _queue_answer(key: str, user: User, mail: parse.Inbound, outcome: str,
                  thread_id: int | None, detail: str, now: datetime) -> None:
    config = current_app.config
    base = config["BASE_URL"]
    # A link to the thread only when the person may still read it (no title either way).
    link = f"{base}/t/{thread_id}" if thread_id and outcome != "no_access" else base
    with force_locale(user.language or config["DEFAULT_LANGUAGE"]):
        context = {"reason": _reason(outcome), "detail": detail, "link": link,
                   "subject": one_line(mail.subject, 200)}
        subject = _("Your reply was not posted")
        text = render_template("email/reply_not_posted.txt", **context)
    queue.enqueue(to=user.email, kind="reply_refused", subject=subject, text=text, user=user,
                  dedupe_key=f"inbound:{key}", now=now)


def _reason(outcome: str) -> str:
    return {
        "expired": _("The reply address in that e-mail is too old. Answer from the forum, "
                     "or reply to a newer notification."),
        "gone": _("The post you answered no longer exists."),
        "no_access": _("You can no longer read the thread you answered."),
        "privacy": _("Your reply looks like it contains personal data, such as a personal "
                     "identity number. Nothing was posted. Remove it and post from the "
                     "forum, where you will see what was found."),
        "denied": _("You cannot post in that thread now."),
        "rate_limited": _("You have posted many replies in a short time. Wait a minute "
                          "and post from the forum."),
        "empty": _("Your reply had no text of its own after the quoted message was cut "
                   "off."),
        "invalid": _("Your reply could not be posted."),
    }[outcome]
