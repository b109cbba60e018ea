"""Field validation shared by account actions. Raises ValidationError with a field name."""

from __future__ import annotations

import re

from forum.errors import ValidationError
from forum.text.i18n import _l, text_error
from forum.text.limits import TextError, clean_text

EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
HANDLE_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 256


def text_field(name: str, value: str | None, *, max_len: int, required: bool = True,
               multiline: bool = False) -> str:
    try:
        cleaned = clean_text(value or "", max_len=max_len, multiline=multiline).strip()
    except TextError as exc:
        raise ValidationError(field_errors={name: text_error(exc, max_len)}) from exc
    if required and not cleaned:
        raise ValidationError(field_errors={name: str(_l("This field is required."))})
    return cleaned


def email_field(name: str, value: str | None) -> str:
    email = text_field(name, value, max_len=254).lower()
    if not EMAIL_RE.match(email):
        raise ValidationError(field_errors={name: str(_l("Enter a valid e-mail address."))})
    return email


def handle_field(name: str, value: str | None) -> str:
    handle = text_field(name, value, max_len=40).lower()
    if not HANDLE_RE.match(handle):
        raise ValidationError(field_errors={name: str(_l(
            "Use 2–40 lowercase letters, digits, dots, dashes or underscores."))})
    return handle


def password_field(name: str, value: str | None) -> str:
    password = value or ""
    if "\x00" in password or len(password) > MAX_PASSWORD:
        raise ValidationError(field_errors={name: str(_l("That password cannot be used."))})
    if len(password) < MIN_PASSWORD:
        raise ValidationError(field_errors={name: str(_l(
            "Use at least %(n)d characters.", n=MIN_PASSWORD))})
    return password


class Fields:
    """Validate several fields and report every error at once, not just the first."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def __call__(self, validate, *args, **kwargs):
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
