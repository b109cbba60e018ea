"""Every endpoint needs a login unless it is declared public; bad input is refused early.

Declaring public endpoints in one place (instead of sprinkling @login_required) means a new
route is private by default, and a test can list every route with its policy.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote_to_bytes

from flask import Flask, abort, request
from flask_login import current_user

from forum.text.i18n import _l

_PUBLIC: set[str] = {"static"}


def public(view: Callable) -> Callable:
    """Mark a view as reachable without logging in."""
    view._forum_public = True  # type: ignore[attr-defined]
    return view


def is_public(app: Flask, endpoint: str | None) -> bool:
    if endpoint is None or endpoint in _PUBLIC:
        return True
    view = app.view_functions.get(endpoint)
    return bool(getattr(view, "_forum_public", False))


def init_app(app: Flask) -> None:
    # First of all hooks: the raw body must be read before CSRFProtect parses the form.
    app.before_request_funcs.setdefault(None, []).insert(0, _refuse_invalid_text)
    app.before_request(_require_login)


def _require_login():
    from forum.extensions import login_manager

    if is_public(_app(), request.endpoint) or current_user.is_authenticated:
        return None
    from forum.web.errors import error_response, wants_json

    if wants_json():
        return error_response(401, str(_l("Log in first.")))
    return login_manager.unauthorized()


def _refuse_invalid_text() -> None:
    """Refuse text that is not UTF-8 instead of storing it mangled.

    Werkzeug keeps undecodable bytes of URL-encoded data as literal `%FF` text, and turns
    them into U+FFFD in multipart data, so both are checked here. NUL bytes are refused by
    each field's validation, with a message next to the field.
    """
    raw = [request.query_string]
    if request.method in {"POST", "PUT", "PATCH"}:
        if request.mimetype == "application/x-www-form-urlencoded":
            raw.append(request.get_data(cache=True))
        elif request.mimetype == "multipart/form-data" and any(
                "\ufffd" in v for v in request.form.values()):
            _invalid()
    for data in raw:
        try:
            unquote_to_bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            _invalid()


def _invalid() -> None:
    abort(400, description=str(_l(
        "The form contained text that is not valid UTF-8. Nothing was saved.")))


def _app() -> Flask:
    from flask import current_app

    return current_app._get_current_object()  # type: ignore[attr-defined]
