"""Masking personal data in stored text: what an edit removed, or a span chosen by hand.

Pure functions on strings; the features (posts, wiki pages) apply them to their revision rows.
A finding is recognised again in every stored text by its *key* (the digits of an identity or
phone number, the words of an address), so an older revision that wrote the same number in
another layout ("19850709-1234" before "850709-1234") is masked too. The finder is
forum.text.privacy.find_personal_data: whatever it learns to catch, redaction follows.
"""

from __future__ import annotations

import re

from forum.errors import ValidationError
from forum.text.i18n import _l
from forum.text.privacy import Finding, find_personal_data

MASK = "█"
_ID_KINDS = frozenset({"personnummer", "samordningsnummer"})
MAX_MANUAL = 1000  # longer than any identity number, address or name; a whole post is an edit


def finding_key(finding: Finding, text: str) -> str:
    """What makes two findings "the same data", whatever separators or century were used."""
    matched = text[finding.start:finding.end]
    digits = "".join(char for char in matched if char.isdigit())
    if finding.kind in _ID_KINDS:
        return f"id:{digits[-10:]}"
    if finding.kind == "phone":
        # +46 70..., 0046 70... and 070... are one number: drop the country code and trunk 0.
        national = digits[4:] if digits.startswith("0046") else (
            digits[2:] if matched.startswith("+46") else digits)
        return f"phone:{national.lstrip('0')}"
    return f"{finding.kind}:{' '.join(matched.casefold().split())}"


def finding_keys(text: str) -> dict[str, str]:
    """Key -> kind of every finding in the text."""
    return {finding_key(f, text): f.kind for f in find_personal_data(text)}


def removed_findings(old: str, new: str) -> dict[str, str]:
    """Findings (key -> kind) the old text had and the new one no longer has."""
    kept = finding_keys(new)
    return {key: kind for key, kind in finding_keys(old).items() if key not in kept}


def check_needle(text: object) -> str:
    """The text to mask, as typed or selected: one exact string, not blank, not huge."""
    if not isinstance(text, str):
        raise ValidationError(field_errors={"text": str(_l("Give the text to redact."))})
    needle = text.replace("\r\n", "\n").strip()
    if not needle:
        raise ValidationError(field_errors={"text": str(_l("Give the text to redact."))})
    if len(needle) > MAX_MANUAL:
        raise ValidationError(field_errors={"text": str(_l(
            "Redact at most %(count)s characters at a time.", count=MAX_MANUAL))})
    return needle


def mask(matched: str) -> str:
    """Letters and digits become blocks; separators stay, so the shape reads "a number was
    here" (████████-████) and a word diff still lines up."""
    return re.sub(r"\w", MASK, matched)


def mask_findings(text: str, keys: set[str] | frozenset[str]) -> tuple[str, int]:
    """The text with every finding whose key is in `keys` masked, and how many were."""
    if not keys or not text:
        return text, 0
    spans = [(f.start, f.end) for f in find_personal_data(text) if finding_key(f, text) in keys]
    for start, end in reversed(spans):
        text = text[:start] + mask(text[start:end]) + text[end:]
    return text, len(spans)


def mask_manual(needle: str) -> str:
    """A span chosen by hand may be any text: every visible character is masked."""
    return re.sub(r"\S", MASK, needle)


def mask_exact(text: str, needle: str) -> tuple[str, int]:
    """The text with every occurrence of `needle` masked, and how many there were."""
    if not needle or not text:
        return text, 0
    count = text.count(needle)
    return (text.replace(needle, mask_manual(needle)) if count else text), count
