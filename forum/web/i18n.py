"""Which language a request is shown in: the user's choice, else the browser's, else default."""

from __future__ import annotations

from flask import current_app, has_request_context, request, session
from flask_login import current_user

from forum.i18n import LANGUAGES


def select_locale() -> str:
    if not has_request_context():
        return "en"  # the CLI, background work and logs speak English
    if current_user and current_user.is_authenticated and current_user.language in LANGUAGES:
        return current_user.language
    chosen = session.get("language")
    if chosen in LANGUAGES:
        return chosen
    return request.accept_languages.best_match(list(LANGUAGES)) or \
        current_app.config["DEFAULT_LANGUAGE"]


def select_timezone() -> str:
    return "Europe/Stockholm"
