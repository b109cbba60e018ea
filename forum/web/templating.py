"""Template globals and filters shared by every page. The features' globals (their access
modules, labels, the unread count) are handed in by create_app: web sits below the features."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from flask import Flask
from flask_babel import format_datetime, get_locale, get_timezone, get_translations
from flask_login import current_user
from markupsafe import Markup

from forum.text.i18n import LANGUAGES, _l

REACTION_ICONS = {"+1": "👍", "heart": "❤️", "thanks": "🙏", "idea": "💡", "eyes": "👀"}
REACTION_LABELS = {"+1": _l("Agree"), "heart": _l("Appreciate"), "thanks": _l("Thanks"),
                   "idea": _l("Good idea"), "eyes": _l("Looking into it")}


KIND_LABELS = {"thread": _l("Thread"), "post": _l("Post"), "page": _l("Page"),
               "statement": _l("Boundary statement"), "term": _l("Glossary term"),
               "case": _l("Case"), "minutes": _l("Minutes"), "journal": _l("Journal entry")}


def init_app(app: Flask, feature_globals: dict[str, object]) -> None:
    """`feature_globals`: what the features give every template (forum/app.py)."""
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    @app.context_processor
    def _globals() -> dict:
        return {
            **feature_globals,
            "LANGUAGES": LANGUAGES,
            "REACTION_ICONS": REACTION_ICONS,
            "KIND_LABELS": KIND_LABELS,
            "REACTION_LABELS": REACTION_LABELS,
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
