"""Translation helpers usable outside views. Messages are lazy: they resolve per request."""

from flask_babel import lazy_gettext as _l

from forum.text.limits import TextError

LANGUAGES = {"sv": "Svenska", "en": "English"}

__all__ = ["LANGUAGES", "_l", "text_error"]


def text_error(exc: TextError, max_len: int | None = None) -> str:
    """The reader's-language message for text that cannot be stored (forum.text.clean_text)."""
    if exc.code == "too_long" and max_len:
        return str(_l("The text is too long: at most %(max)s characters.",
                      max=f"{max_len:,}".replace(",", " ")))
    messages = {"nul": _l("The text contains a NUL byte, which cannot be stored."),
                "too_long": _l("The text is too long."),
                "invalid_char": _l("The text contains characters that cannot be stored.")}
    return str(messages.get(exc.code, _l("The text cannot be stored.")))
