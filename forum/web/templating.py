"""Template globals and filters shared by every page."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from flask import Flask, has_request_context, request
from flask_babel import format_datetime, get_locale, get_timezone, get_translations
from flask_login import current_user
from markupsafe import Markup

from forum.accounts import access
from forum.accounts.models import OrgType, Role
from forum.discussions import access as discussion_access
from forum.i18n import LANGUAGES, _l

ORG_TYPE_LABELS = {
    OrgType.SOCIAL_INSURANCE: _l("Social insurance"),
    OrgType.EMPLOYMENT_SERVICE: _l("Employment service"),
    OrgType.HEALTHCARE: _l("Healthcare / region"),
    OrgType.MUNICIPAL_SOCIAL_SERVICES: _l("Municipal social services"),
    OrgType.COORDINATION_ASSOCIATION: _l("Coordination association"),
    OrgType.OTHER: _l("Other"),
}

ROLE_LABELS = {
    Role.MEMBER: _l("Member"),
    Role.TUTOR: _l("Tutor"),
    Role.COORDINATOR: _l("Coordinator"),
    Role.ORG_EDITOR: _l("Organization editor"),
    Role.MODERATOR: _l("Moderator"),
    Role.ADMIN: _l("Admin"),
    Role.OBSERVER: _l("Observer (read-only)"),
}


REACTION_ICONS = {"+1": "👍", "heart": "❤️", "thanks": "🙏", "idea": "💡", "eyes": "👀"}
REACTION_LABELS = {"+1": _l("Agree"), "heart": _l("Appreciate"), "thanks": _l("Thanks"),
                   "idea": _l("Good idea"), "eyes": _l("Looking into it")}


KIND_LABELS = {"thread": _l("Thread"), "post": _l("Post"), "page": _l("Page"),
               "statement": _l("Boundary statement"), "term": _l("Glossary term"),
               "case": _l("Case"), "minutes": _l("Minutes"), "journal": _l("Journal entry")}


def _unread_notifications() -> int:
    if not current_user.is_authenticated:
        return 0
    from forum.discussions.queries import unread_notification_count

    return unread_notification_count(current_user._get_current_object())


def _memo_url_for(app: Flask):
    """Templates' url_for, remembering the URLs that never vary: a static file's, and an
    endpoint's without arguments (the navigation). Every page builds some twenty of them;
    Werkzeug's URL building is the largest single cost of the page shell after the
    database. Keyed by the script root (where the app is mounted); anything with arguments,
    an anchor or an external URL is built as before."""
    build = app.jinja_env.globals["url_for"]

    @lru_cache(maxsize=1024)
    def remembered(script_root: str, endpoint: str, filename: str | None) -> str:
        return build(endpoint, filename=filename) if filename is not None else build(endpoint)

    def memo_url_for(endpoint: str, **values) -> str:
        if has_request_context() and (not values or (endpoint == "static"
                                                     and set(values) == {"filename"})):
            return remembered(request.script_root, endpoint, values.get("filename"))
        return build(endpoint, **values)

    return memo_url_for


def init_app(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.globals["url_for"] = _memo_url_for(app)

    @app.context_processor
    def _globals() -> dict:
        return {
            "access": access,
            "thread_access": discussion_access,
            "LANGUAGES": LANGUAGES,
            "ORG_TYPE_LABELS": ORG_TYPE_LABELS,
            "ROLE_LABELS": ROLE_LABELS,
            "REACTION_ICONS": REACTION_ICONS,
            "KIND_LABELS": KIND_LABELS,
            "REACTION_LABELS": REACTION_LABELS,
            "unread_notifications": _unread_notifications,
            "org_type_options": [(t.value, label) for t, label in ORG_TYPE_LABELS.items()],
            "current_language": str(get_locale() or "sv"),
            "_translations": get_translations(),  # for templates' _() (forum.web.i18n)
            "current_user": current_user,
        }

    @app.template_filter("datetime")
    def _datetime(value: datetime | None, fmt: str = "medium") -> str:
        if not value:
            return ""
        return _formatted(value, fmt, str(get_locale() or "sv"), str(get_timezone()))

    @app.template_filter("stored_html")
    def _stored_html(value: str | None) -> Markup:
        """HTML the server rendered and sanitized on write (forum.text); never user input."""
        return Markup(value or "")  # noqa: S704 (sanitized on write)

    @app.template_filter("isodate")
    def _isodate(value: datetime | None) -> str:
        return value.isoformat() if value else ""


@lru_cache(maxsize=8192)
def _formatted(value: datetime, fmt: str, locale: str, timezone: str) -> str:
    """Babel's formatting is slow and a thread page formats the same times on every view;
    the result depends only on these four arguments."""
    return format_datetime(value, fmt)
