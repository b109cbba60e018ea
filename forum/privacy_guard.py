"""The privacy check every write path runs before storing text (posts, pages, cases).

The finder lives in forum.text.privacy; this module adds the rule: the writer must confirm
what was found, and an admin setting can turn the warning into a block. Findings carry only a
masked form, so neither the error nor any log line ever holds the number itself.
"""

from __future__ import annotations

from forum.errors import DomainError
from forum.i18n import _l
from forum.sitesettings import get_setting
from forum.text.privacy import Finding, find_personal_data

KIND_LABELS = {
    "personnummer": _l("personal identity number"),
    "samordningsnummer": _l("coordination number"),
    "phone": _l("phone number"),
    "address": _l("street address"),
    "name": _l("name of a person"),
}


class PrivacyWarning(DomainError):
    """Text looks like it holds personal data. 422: the request was understood, not stored."""

    status = 422

    def __init__(self, findings: list[Finding], blocked: bool) -> None:
        message = _l("This text looks like it contains personal data. Remove it before "
                     "posting.") if blocked else _l(
            "This text looks like it contains personal data. Edit it, or confirm that it "
            "is not about a client.")
        super().__init__(str(message))
        self.findings = findings
        self.blocked = blocked

    def summaries(self) -> list[str]:
        return [f"{KIND_LABELS[f.kind]}: {f.masked}" for f in self.findings]


def check_privacy(text: str, *, confirmed: bool, extra: list[Finding] | None = None) -> bool:
    """Raise PrivacyWarning unless the text is clean or the writer confirmed (and no block).

    Returns whether anything was found (stored with the post as "confirmed by the writer").
    """
    findings = find_personal_data(text) + list(extra or [])
    if not findings:
        return False
    blocked = bool(get_setting("privacy_block"))
    if blocked or not confirmed:
        raise PrivacyWarning(findings, blocked)
    return True
