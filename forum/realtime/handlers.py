"""Registering socket events as thin adapters with one error contract.

Every handler gets the acting user (loaded from the login session again for this event),
a payload checked against a small schema, a per-user rate limit, and a uniform ack:
`{"ok": true, ...}` or `{"ok": false, "error", "code"}`. A failed event changes nothing and
leaves the connection usable.

An event's payload may be at most MAX_EVENT_BYTES; a larger one fails with `too_large`. The
transport's own limit (server.TRANSPORT_MAX_BYTES) is higher on purpose: at that limit
Engine.IO closes the connection instead of answering.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from typing import Any

from flask_babel import gettext as _
from flask_login import current_user

from forum.db import fits_id
from forum.errors import (
    Conflict,
    DomainError,
    NeedsConfirmation,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationError,
)
from forum.extensions import db, socketio
from forum.realtime import limits
from forum.web.errors import DATABASE_UNREACHABLE, as_visitor

log = logging.getLogger(__name__)
Schema = dict[str, type | tuple[type, ...]]
REGISTRY: dict[str, Callable] = {}
MAX_EVENT_BYTES = 256 * 1024


def ack_error(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"ok": False, "code": code, "error": message, **extra}


def event(name: str, schema: Schema, *, limit=limits.EVENT_LIMIT) -> Callable:
    """Register `fn(user, **payload) -> dict` as the handler of socket event `name`."""

    def register(fn: Callable) -> Callable:
        def handler(data: Any = None) -> dict[str, Any]:
            try:
                user = current_user._get_current_object()  # type: ignore[attr-defined]
                logged_in = user.is_authenticated and user.active
            except DATABASE_UNREACHABLE:  # loading the login session needs the database
                return _database_unreachable()
            if not logged_in:
                return ack_error("login_required", _("Log in first."))
            if _size(data) > MAX_EVENT_BYTES:
                return ack_error("too_large", _("What you sent is too large."),
                                 max_bytes=MAX_EVENT_BYTES)
            payload = _validate(data, schema)
            if payload is None:
                return ack_error("bad_request", _("That request has the wrong shape."))
            if not limits.allow(limit, name, user.id):
                return ack_error("rate_limited", _("Too many requests. Wait a moment."))
            return _run(fn, user, payload)

        handler.__name__ = f"socket_{name}"
        REGISTRY[name] = handler
        socketio.on_event(name, handler)
        return fn

    return register


def _size(data: Any) -> int:
    """The payload's size as JSON in UTF-8 (about what it took on the wire)."""
    try:
        return len(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    except (TypeError, ValueError):
        return 0  # not JSON-shaped: the schema check refuses it


def _validate(data: Any, schema: Schema) -> dict[str, Any] | None:
    if not isinstance(data, dict) or set(data) - set(schema):
        return None
    payload = {}
    for key, types in schema.items():
        value = data.get(key)
        optional = isinstance(types, tuple) and type(None) in types
        if value is None and optional:
            payload[key] = None
            continue
        # bool is an int in Python; a flag must not pass as an id and vice versa.
        if isinstance(value, bool) and bool not in (types if isinstance(types, tuple)
                                                     else (types,)):
            return None
        if not isinstance(value, types):
            return None
        if isinstance(value, int) and not isinstance(value, bool) and not fits_id(value):
            return None  # no id or sequence number is that large
        payload[key] = value
    return payload


def _run(fn: Callable, user, payload: dict[str, Any]) -> dict[str, Any]:
    try:
        return {"ok": True, **(fn(user, **payload) or {})}
    except NeedsConfirmation as exc:  # the privacy check's PrivacyWarning
        return ack_error("privacy", exc.message, findings=exc.summaries(), blocked=exc.blocked)
    except NotFound:
        return ack_error("not_found", _("This does not exist, or you may not see it."))
    except PermissionDenied as exc:
        return ack_error("forbidden", exc.message or _("You may not do that."))
    except ValidationError as exc:
        return ack_error("invalid", exc.message, fields=exc.field_errors)
    except RateLimited:
        return ack_error("rate_limited", _("Too many requests. Wait a moment."))
    except Conflict as exc:  # `current`, if given, is a plain dict of what is stored now
        current = exc.details.get("current")
        return ack_error("conflict", exc.message,
                         **({"current": current} if isinstance(current, dict) else {}))
    except DomainError as exc:
        return ack_error("error", exc.message)
    except DATABASE_UNREACHABLE:
        return _database_unreachable()
    except Exception:
        log.exception("socket handler %s failed", fn.__name__)
        return ack_error("error", _("Something went wrong on our side. Try again."))
    finally:
        with contextlib.suppress(*DATABASE_UNREACHABLE):
            db.session.rollback()  # no-op after a commit; ends any read transaction


def _database_unreachable() -> dict[str, Any]:
    log.warning("database unreachable during a socket event")
    with contextlib.suppress(*DATABASE_UNREACHABLE):
        db.session.rollback()
    as_visitor()
    return ack_error("unavailable", _("The database cannot be reached just now. Nothing was "
                                      "saved; try again in a moment."))
