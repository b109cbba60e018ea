"""Translation helpers usable outside views. Messages are lazy: they resolve per request."""

from flask_babel import lazy_gettext as _l

LANGUAGES = {"sv": "Svenska", "en": "English"}
# An organization's zone until it names another (Organization.time_zone); visitors' too.
DEFAULT_TIME_ZONE = "Europe/Stockholm"

__all__ = ["DEFAULT_TIME_ZONE", "LANGUAGES", "_l"]
