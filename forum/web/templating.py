"""Template globals and filters shared by every page."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from flask import Flask
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


# Inline SVG, not emoji: many agency desktops have no emoji font and showed empty boxes.
# Drawn with the text colour; the button's name is the label (the icon is aria-hidden).
_ICON_PATHS = {
    "+1": "M7 10v11H3V10h4zm0 0l4-8a2 2 0 0 1 3 2l-1 5h6a2 2 0 0 1 2 2.3l-1.4 8"
          "A2 2 0 0 1 17.6 21H7",
    "heart": "M12 20s-7-4.4-9.2-8.8A4.8 4.8 0 0 1 12 6.5a4.8 4.8 0 0 1 9.2 4.7C19 15.6 12 20 "
             "12 20z",
    "thanks": "M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6L12 16.6 6.6 19.5l1.2-6-4.5-4.2 6.1-.7z",
    "idea": "M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1"
            "A6 6 0 0 0 12 3z",
    "eyes": "M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zm10-3a3 3 0 1 0 0 6 3 3 0 0 0 "
            "0-6z",
}
_SVG = ('<svg class="icon" viewBox="0 0 24 24" width="18" height="18" fill="none" '
        'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
        'aria-hidden="true" focusable="false"><path d="{}"/></svg>')
REACTION_ICONS = {kind: Markup(_SVG.format(path))  # noqa: S704 (constants, no user text)
                  for kind, path in _ICON_PATHS.items()}
REACTION_LABELS = {"+1": _l("Agree"), "heart": _l("Appreciate"), "thanks": _l("Thanks"),
                   "idea": _l("Good idea"), "eyes": _l("Looking into it")}


KIND_LABELS = {"thread": _l("Thread"), "post": _l("Post"), "page": _l("Page"),
               "statement": _l("Boundary statement"), "term": _l("Glossary term"),
               "case": _l("Case"), "minutes": _l("Minutes"), "journal": _l("Journal entry")}


def _unread_notifications() -> int:
    if not current_user.is_authenticated:
        return 0
    from forum.discussions.queries import unread_notification_count

    return unread_notification_count(current_user)


def init_app(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

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
