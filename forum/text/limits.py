"""Input hygiene shared by every form and API that accepts text."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

TextErrorCode = Literal["nul", "invalid_char", "too_long"]

# C0 controls (minus tab and newline, handled separately), DEL and C1 controls.
# None has a use in forum text, and C1 characters are typically cp1252 text
# decoded as Latin-1 by some other system.
_CONTROL_RE = re.compile(r"[\x01-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAK_RE = re.compile(r"\r\n?")
# Lone surrogates cannot be encoded as UTF-8 (PostgreSQL rejects them), and
# noncharacters are reserved for internal use by the Unicode standard.
_INVALID_RE = re.compile(
    "[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(1, 17))
    + "]"
)


class TextError(ValueError):
    """Text that cannot be accepted. ``message`` is an English msgid for the UI to translate."""

    def __init__(self, message: str, *, code: TextErrorCode) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def clean_text(value: str, *, max_len: int, multiline: bool) -> str:
    """Normalize user text, or raise TextError if it cannot be stored as is.

    NUL bytes and invalid code points are refused rather than silently dropped,
    because they mean the client is broken or probing. Harmless oddities are
    fixed: line endings become "\\n", control characters go, and the text is NFC
    so that "å" typed on different systems compares and searches equal.
    Single-line values turn newlines and tabs into spaces and are stripped;
    multi-line values lose leading blank lines and trailing whitespace only,
    since leading spaces can be meaningful markdown (indented code).
    ``max_len`` counts code points after cleaning.
    """
    if "\x00" in value:
        raise TextError("The text contains a NUL character.", code="nul")
    if _INVALID_RE.search(value):
        raise TextError("The text contains invalid characters.", code="invalid_char")
    text = _LINE_BREAK_RE.sub("\n", value)
    text = _CONTROL_RE.sub("", text)
    if multiline:
        text = text.rstrip().lstrip("\n")
    else:
        text = text.replace("\n", " ").replace("\t", " ").strip()
    text = unicodedata.normalize("NFC", text)
    if len(text) > max_len:
        raise TextError(f"The text is longer than {max_len} characters.", code="too_long")
    return text
