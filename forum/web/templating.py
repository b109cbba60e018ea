"""Template globals and filters shared by every page. The features' globals (their access
modules, labels, the unread count) are handed in by create_app: web sits below the features."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from flask import Flask, has_request_context, request
from flask_babel import get_locale, get_timezone, get_translations
from flask_login import current_user
from markupsafe import Markup

from forum.db import utcnow
from forum.text.i18n import LANGUAGES, _l
from forum.web.dates import format_day, format_when, relative_time
from forum.web.fragment_cache import fragment
from forum.web.js_texts import texts_json

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


def _memo_url_for(app: Flask):
    """Templates' url_for, remembering the URLs that never vary: a static file's, and an
    endpoint's without arguments (the navigation). Every page builds some twenty of them;
    Werkzeug's URL building is the largest single cost of the page shell after the
    database. Keyed by the script root (where the app is mounted); anything with other arguments,
    an anchor or an external URL is built as before. Links by integer ids (a page, a thread,
    a person) are remembered too, the newest 4,096."""
    build = app.jinja_env.globals["url_for"]

    @lru_cache(maxsize=1024)
    def remembered(script_root: str, endpoint: str, filename: str | None) -> str:
        return build(endpoint, filename=filename) if filename is not None else build(endpoint)

    @lru_cache(maxsize=4096)
    def with_ids(script_root: str, endpoint: str, values: tuple[tuple[str, int], ...]) -> str:
        return build(endpoint, **dict(values))

    def memo_url_for(endpoint: str, **values) -> str:
        if has_request_context():
            if not values or (endpoint == "static" and set(values) == {"filename"}):
                return remembered(request.script_root, endpoint, values.get("filename"))
            if endpoint[0] != "." and all(type(v) is int for v in values.values()) and not any(
                    k.startswith("_") for k in values):
                # Links to a page, thread, person ... by id (a page has dozens of them).
                return with_ids(request.script_root, endpoint, tuple(sorted(values.items())))
        return build(endpoint, **values)

    return memo_url_for


def init_app(app: Flask, feature_globals: dict[str, object]) -> None:
    """`feature_globals`: what the features give every template (forum/app.py)."""
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.globals["url_for"] = _memo_url_for(app)
    app.jinja_env.globals["fragment"] = fragment  # parts many pages share (fragment_cache)

    @app.context_processor
    def _globals() -> dict:
        return {
            **feature_globals,
            "LANGUAGES": LANGUAGES,
            "REACTION_ICONS": REACTION_ICONS,
            "KIND_LABELS": KIND_LABELS,
            "REACTION_LABELS": REACTION_LABELS,
            "current_language": str(get_locale() or "sv"),
            "current_time_zone": str(get_timezone() or "Europe/Stockholm"),
            "_translations": get_translations(),  # for templates' _() (forum.web.i18n)
            # The user itself, not Flask-Login's proxy: a page reads it some 80 times, each
            # through the proxy's context lookup otherwise.
            "current_user": current_user._get_current_object(),
            "js_texts": texts_json,  # the scripts' texts (forum/web/js_texts.py)
        }

    @app.template_filter("datetime")
    def _datetime(value: datetime | None, fmt: str = "medium") -> str:
        """Every date and time on a page (forum.web.dates): "6 dec. 2026 23:28"; the
        format argument is kept for the templates' sake, one form serves them all."""
        return format_when(value)

    @app.template_filter("date")
    def _date(value: date | datetime | None) -> str:
        return format_day(value)

    @app.template_filter("ago")
    def _ago(value: datetime | None, last_post: bool = False) -> Markup:
        """<time> saying how long ago, the exact time on hover and focus."""
        return relative_time(value, utcnow(), last_post)

    @app.template_filter("stored_html")
    def _stored_html(value: str | None) -> Markup:
        """HTML the server rendered and sanitized on write (forum.text); never user input."""
        return Markup(value or "")  # noqa: S704 (sanitized on write)

    @app.template_filter("isodate")
    def _isodate(value: datetime | None) -> str:
        return value.isoformat() if value else ""
