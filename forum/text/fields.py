"""Form fields' text: the one place where user text is cleaned for a named field and where a
TextError becomes the reader's-language message shown next to that field.

Every feature's `check_*` cleans its text fields here (accounts, discussions, wiki, PBL,
moderation), so a field that is too long, holds a NUL byte or is left empty gets the same
message everywhere. Messages are lazy Babel strings, resolved per request; nothing here needs
an application or a database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from flask_babel import lazy_gettext as _l

from forum.errors import ValidationError
from forum.text.limits import TextError, clean_text


def text_error(exc: TextError, max_len: int | None = None) -> str:
    """The reader's-language message for text that cannot be stored (clean_text's error);
    with `max_len`, a text that is too long is told the limit."""
    if exc.code == "too_long" and max_len:
        return str(_l("The text is too long: at most %(max)s characters.",
                      max=f"{max_len:,}".replace(",", " ")))
    messages = {"nul": _l("The text contains a NUL byte, which cannot be stored."),
                "too_long": _l("The text is too long."),
                "invalid_char": _l("The text contains characters that cannot be stored.")}
    return str(messages.get(exc.code, _l("The text cannot be stored.")))


def text_field(name: str, value: object, *, max_len: int, required: object = True,
               multiline: bool = False) -> str:
    """The cleaned, stripped text of field `name`, or a ValidationError naming the field.

    `required` is True (the empty field gets "This field is required."), False (empty is
    fine) or the message to give an empty field ("Write something first.").
    """
    if value is not None and not isinstance(value, str):
        raise ValidationError(field_errors={name: str(_l("The text cannot be stored."))})
    try:
        cleaned = clean_text(value or "", max_len=max_len, multiline=multiline).strip()
    except TextError as exc:
        raise ValidationError(field_errors={name: text_error(exc, max_len)}) from exc
    if required and not cleaned:
        message = _l("This field is required.") if required is True else required
        raise ValidationError(field_errors={name: str(message)})
    return cleaned


def form_text(form: Mapping, name: str, errors: dict[str, str], *, max_len: int,
              multiline: bool = False, required: object = None) -> str:
    """text_field for a form read as a whole: the problem goes into `errors[name]` and the
    value is "" (the caller reports every field's problem at once)."""
    try:
        return text_field(name, form.get(name), max_len=max_len, multiline=multiline,
                          required=required or False)
    except ValidationError as exc:
        errors.update(exc.field_errors)
        return ""


class Fields:
    """Validate several fields and report every error at once, not just the first."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def __call__(self, validate: Callable, *args, **kwargs):
        try:
            return validate(*args, **kwargs)
        except ValidationError as exc:
            self.errors.update(exc.field_errors or {"__all__": exc.message})
            return None

    def error(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(field_errors=self.errors)
