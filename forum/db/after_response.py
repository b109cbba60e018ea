"""Work done once the answer has gone out, in a transaction of its own.

For what a request should cause but neither wait for nor write in its own transaction: a GET
that stays read-only (the read of a boundary page, a dashboard report kept for the next
viewer), or an answer whose timing must not tell anything (the password-guessing warning).
The work runs when the server closes the response (`response.call_on_close`), in an app
context of its own, ended by `unit_of_work`. A failure is logged, as there is nobody left to
answer; the work itself decides what is not a failure (a page no longer readable, say).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import Response, current_app

from forum.db import db, unit_of_work

log = logging.getLogger(__name__)


def after_response(response: Response, work: Callable[[], None], what: str) -> None:
    """Run `work()` once `response` has gone out; `what` names it in the log on failure
    ("could not <what>")."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]

    def run() -> None:
        with app.app_context():
            try:
                with unit_of_work():
                    work()
            except Exception:  # the answer is out; the log is all that is left
                log.exception("could not %s", what)
            finally:
                db.session.remove()

    response.call_on_close(run)
