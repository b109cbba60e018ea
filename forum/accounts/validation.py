"""The account fields beyond plain text (e-mail, handle, password). Raises ValidationError
with a field name; plain text fields are forum.text.fields.text_field."""

from __future__ import annotations

import re

from forum.errors import ValidationError
from forum.text.fields import text_field
from forum.text.i18n import _l

EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
HANDLE_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 256


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
