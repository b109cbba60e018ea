"""Which language a request is shown in. The first of these wins:

1. a logged-in person's own choice (User.language: the settings page, the header's switch);
2. a visitor's choice from the header's switch, kept in the LANGUAGE_COOKIE cookie;
3. the browser's Accept-Language (the best of sv and en it asks for);
4. the site default, FORUM_DEFAULT_LANGUAGE (Swedish).
"""

from __future__ import annotations

from babel.support import Translations
from flask import Flask, current_app, has_request_context, request
from flask_babel import get_translations
from flask_login import current_user
from jinja2 import pass_context
from jinja2.runtime import Context

from forum.text.i18n import DEFAULT_TIME_ZONE, LANGUAGES

LANGUAGE_COOKIE = "forum_language"
LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600


def select_locale() -> str:
    if not has_request_context():
        return "en"  # the CLI, background work and logs speak English
    if current_user and current_user.is_authenticated and current_user.language in LANGUAGES:
        return current_user.language
    chosen = request.cookies.get(LANGUAGE_COOKIE)
    if chosen in LANGUAGES:
        return chosen
    return request.accept_languages.best_match(list(LANGUAGES)) or \
        current_app.config["DEFAULT_LANGUAGE"]


def select_timezone() -> str:
    """The reader's organization's zone (Organization.time_zone); Stockholm for visitors."""
    if has_request_context() and current_user and current_user.is_authenticated:
        return current_user.organization.time_zone or DEFAULT_TIME_ZONE
    return DEFAULT_TIME_ZONE


def install_template_gettext(app: Flask) -> None:
    """Templates' `_()` with the catalogue looked up once per render, not once per string.

    Flask-Babel's template callables find the domain, the locale and the catalogue on every
    call (~10 µs; a thread page has ~60 strings). These take the catalogue the context
    processor put in the template context (forum.web.templating), falling back to Flask-Babel
    where a template is rendered without it (a fragment rendered directly, an imported macro).
    """

    def catalogue(context: Context) -> Translations:
        return context.get("_translations") or get_translations()

    @pass_context
    def gettext(context: Context, string: str) -> str:
        return catalogue(context).ugettext(string)

    @pass_context
    def ngettext(context: Context, singular: str, plural: str, n: int) -> str:
        return catalogue(context).ungettext(singular, plural, n)

    @pass_context
    def pgettext(context: Context, ctx: str, string: str) -> str:
        return catalogue(context).upgettext(ctx, string)

    @pass_context
    def npgettext(context: Context, ctx: str, singular: str, plural: str, n: int) -> str:
        return catalogue(context).unpgettext(ctx, singular, plural, n)

    app.jinja_env.install_gettext_callables(gettext=gettext, ngettext=ngettext, newstyle=True,
                                            pgettext=pgettext, npgettext=npgettext)
