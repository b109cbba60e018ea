"""The forum's end of `forum mail-in`: the raw message, POSTed over HTTP with a shared key.

As in Zulip's e-mail gateway, the process that speaks SMTP/LMTP or IMAP does not write to
the database itself: it hands each message to the web app, so the post is made where the
live connections are (its events reach the browsers in the embedded layout too, without a
message queue) and the rate limits and caches are the app's own.
"""

from __future__ import annotations

import hashlib
import hmac

from flask import Blueprint, abort, current_app, jsonify, request

from forum.email.inbound import receive
from forum.extensions import csrf
from forum.web.guard import public

bp = Blueprint("mail_in", __name__)
KEY_HEADER = "X-Forum-Mail-In-Key"


def relay_key(config) -> str:
    """Derived from the app's secret: `forum mail-in` and the server share it by sharing
    the configuration, and it is no use for anything else."""
    return hmac.new(config["SECRET_KEY"].encode(), b"forum mail-in relay",
                    hashlib.sha256).hexdigest()


@bp.post("/internal/email/inbound")
@csrf.exempt
@public
def inbound():
    given = request.headers.get(KEY_HEADER, "")
    if not hmac.compare_digest(given.encode(), relay_key(current_app.config).encode()):
        abort(404)  # the route does not exist for anyone without the key
    recipients = [r for r in request.headers.get("X-Forum-Envelope-To", "").split(",") if r]
    sender = request.headers.get("X-Forum-Envelope-From")
    outcome = receive.accept(request.get_data(cache=False), recipients=recipients,
                             sender=sender)
    return jsonify(outcome=outcome.outcome, smtp=outcome.smtp, post_id=outcome.post_id)
