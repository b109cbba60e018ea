"""Every text the scripts in static/js show, from the message catalog like the templates'.

base.html puts them in a <script type="application/json" id="i18n"> block (data, never run:
the CSP's script-src does not apply to it), in the page's language; static/js/lib/i18n.js
reads it: `t("key", ...args)` fills each %s with the next argument, and `tn("key", n)` picks
the singular or plural form. tests/unit/test_translations.py checks that every key a script
uses is here and that no script carries a user-visible text of its own.
"""

from __future__ import annotations

import json
from functools import lru_cache

from flask_babel import force_locale, get_translations
from markupsafe import Markup


def _(text: str) -> str:
    """Marks a text for `make extract-messages`; it is translated per language below."""
    return text


def _n(singular: str, plural: str) -> tuple[str, str]:
    """A text with a singular and a plural form ("%(num)d" is the count); `make
    extract-messages` takes these (-k _n:1,2)."""
    return singular, plural


#: key -> text, or _n(singular, plural) with %(num)d for the count.
JS_TEXTS: dict[str, str | tuple[str, str]] = {
    # thread page (static/js/thread/)
    "thread.pending": _("Pending…"),
    "thread.resending": _("Resending…"),
    "thread.typing_one": _("%s is typing…"),
    "thread.typing_many": _("%s are typing…"),
    "thread.new_post_from": _("New post from %s"),
    "thread.new_posts": _n("%(num)d new post", "%(num)d new posts"),
    "thread.offline": _("Offline – your posts will be sent when the connection is back"),
    "thread.connected": _("Connected"),
    "thread.retry": _("Try again"),
    "thread.edit": _("Edit"),
    "thread.failed": _("The post could not be sent."),
    "thread.wrote": _("%s wrote:"),
    "thread.solved": _("Solved"),
    "thread.answered": _("Answered"),
    "thread.reaction_failed": _("The reaction could not be saved."),
    # notifications and thread lists on every page (static/js/live.js)
    "live.new_count": _n("%(num)d new", "%(num)d new"),
    "live.post_count": _n("%(num)d post", "%(num)d posts"),
    "live.mention": _("%s mentioned you: %s"),
    "live.org_mention": _("%s mentioned your organization: %s"),
    "live.question": _("%s asked your organization a question: %s"),
    "live.answer": _("%s marked your post as the answer: %s"),
    "live.new_thread": _("%s started a thread: %s"),
    "live.reply": _("%s posted in %s"),
    "live.pbl_question": _("%s closed the session with the question for next time: %s"),
    "live.pbl_opened": _("%s opened the session: %s"),
    "live.pbl_minutes": _("%s published the minutes: %s"),
    # glossary tooltips (static/js/glossary.js)
    "glossary.loading": _("Loading the explanation …"),
    "glossary.failed": _("The explanation could not be loaded."),
    "glossary.more": _("The whole glossary entry"),
    "glossary.source": _("Source: %s"),
    # the header's search box (static/js/search.js)
    "search.more_than": _("more than %s"),
    "search.show_results": _("Show %s results"),
    "search.all_results": _("All %s results"),
    "search.results": _("%s results"),
    # @mentions (static/js/mentions.js)
    "mentions.suggestions": _("Name suggestions"),
}


def _resolve(value: object) -> object:
    """The text in the current locale, its placeholders left for the script to fill."""
    catalog = get_translations()
    if isinstance(value, tuple):
        singular, plural = value
        return [catalog.ungettext(singular, plural, 1), catalog.ungettext(singular, plural, 2)]
    return catalog.ugettext(str(value))


@lru_cache(maxsize=4)
def texts_json(language: str) -> Markup:
    """The block's content for one language (the texts never change while the app runs)."""
    with force_locale(language):
        texts = {key: _resolve(value) for key, value in JS_TEXTS.items()}
    data = json.dumps(texts, ensure_ascii=False, sort_keys=True)
    # Inside <script>, "</" could end the block: JSON allows "<" as \u003c.
    return Markup(data.replace("<", "\\u003c"))  # noqa: S704 (JSON of our own catalog)


__all__ = ["JS_TEXTS", "texts_json"]
