"""Translation helpers usable outside views. Messages are lazy: they resolve per request."""

from flask_babel import lazy_gettext as _l

LANGUAGES = {"sv": "Svenska", "en": "English"}

__all__ = ["LANGUAGES", "_l"]
