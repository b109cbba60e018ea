"""Turn domain errors and HTTP errors into pages or JSON. Never a bare 500 for bad input."""

from __future__ import annotations

import logging

from flask import Flask, Response, current_app, g, jsonify, make_response, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException

from forum.errors import DomainError, NeedsConfirmation, NotFound

log = logging.getLogger(__name__)


def wants_json() -> bool:
    if request.path.startswith("/api/") or request.is_json:
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" and request.accept_mimetypes[best] > \
        request.accept_mimetypes["text/html"]


CODES = {400: "bad_request", 401: "login_required", 403: "forbidden", 404: "not_found",
         409: "conflict", 410: "gone", 413: "too_large", 422: "privacy", 429: "rate_limited",
         503: "unavailable"}
#: OperationalError and InterfaceError are what the database driver raises when it cannot
#: reach the server (or SQLite is locked past its busy timeout): "try again", not a bug.
DATABASE_UNREACHABLE = (OperationalError, InterfaceError)


def error_response(status: int, message: str, field_errors: dict | None = None,
                   **extra):
    if wants_json():
        body = {"ok": False, "error": message, "code": CODES.get(status, "error"), **extra}
        if field_errors:
            body["fields"] = field_errors
            body["code"] = "invalid"
        return jsonify(body), status
    return render_template("errors/error.html", status=status, message=message), status


def init_app(app: Flask) -> None:
    @app.errorhandler(NeedsConfirmation)  # the privacy check's PrivacyWarning
    def _privacy(exc: NeedsConfirmation):
        return error_response(422, exc.message, findings=exc.summaries(), blocked=exc.blocked)

    @app.errorhandler(DomainError)
    def _domain(exc: DomainError):
        if isinstance(exc, NotFound):
            return error_response(404, _("This page does not exist, or you may not see it."))
        return error_response(exc.status, exc.message or _default_message(exc.status),
                              getattr(exc, "field_errors", None))

    @app.errorhandler(CSRFError)
    def _csrf(exc: CSRFError):
        return error_response(400, _("The form had expired or was not sent from this site. "
                                     "Go back, reload the page and try again. "
                                     "Nothing was saved."))

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        # Only our own descriptions (abort(400, description=_l(...))) reach the reader;
        # Werkzeug's defaults are English.
        description = exc.description if exc.code == 400 and \
            exc.description != type(exc).description else None
        return error_response(exc.code or 500,
                              _default_message(exc.code or 500, description))

    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    def _database_unreachable(exc: Exception):
        return database_unavailable(exc)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, _("Something went wrong on our side. Nothing was lost "
                                     "that you had saved; please try again."))


def _default_message(status: int, own: str | None = None) -> str:
    """The reader's-language text for an error that brought no message of its own."""
    if own:
        return own
    messages = {
        400: _("That could not be done: the request was not understood."),
        401: _("Log in to see this page."),
        403: _("You may not do that."),
        404: _("This page does not exist, or you may not see it."),
        405: _("That cannot be done here."),
        409: _("That collides with a change made meanwhile. Reload and try again."),
        410: _("This is no longer available."),
        413: _("What you sent is too large."),
        415: _("That cannot be done here."),
        429: _("Too many attempts. Wait a minute and try again."),
    }
    if status in messages:
        return messages[status]
    if status >= 500:
        return _("Something went wrong on our side. Nothing was lost that you had saved; "
                 "please try again.")
    return messages[400]


def database_unavailable(exc: Exception):
    """503 with Retry-After while the database cannot be reached (docs/deploy.md)."""
    from forum.extensions import db

    first_line = (str(exc).splitlines() or [exc.__class__.__name__])[0]
    # A lost connection is one line per request; anything else these classes cover (a SQL
    # mistake shows up as OperationalError on SQLite) keeps its traceback for the developer.
    lost = getattr(exc, "connection_invalidated", False) or "connect" in first_line.lower()
    log.warning("database unreachable on %s %s: %s", request.method, request.path,
                first_line, exc_info=not lost)
    try:
        db.session.rollback()
    except Exception:  # the connection is gone; the pool replaces it on the next checkout
        log.debug("rollback after a lost connection failed", exc_info=True)
    as_visitor()
    message = _("The database cannot be reached just now. Nothing was saved; try again in "
                "a moment.")
    try:
        response = make_response(error_response(503, message))
    except Exception:  # the page itself needed the database: plain text will do
        response = Response(message, status=503, mimetype="text/plain")
    response.headers["Retry-After"] = "5"
    return response


def as_visitor() -> None:
    """The rest of this request or socket event must not ask the database who is logged in
    (the page, the language choice): treat it as a visitor's."""
    g._login_user = current_app.login_manager.anonymous_user()
