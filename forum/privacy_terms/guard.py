"""The privacy check every write path runs before storing text (posts, pages, cases).

The finders live in forum.text.privacy; this module adds what they need from the database
(the directory's names, which are not clients', and the writer's organization's watch terms)
and the rule: the writer must confirm what was found, and an admin setting can turn the
warning into a block. Findings carry only a masked form, so neither the error nor any log line
ever holds the number itself. Every write path (posts over HTTP and sockets, pages, glossary,
PBL cases, boards, minutes and journals) finds through scan().
"""

from __future__ import annotations

from sqlalchemy import select

from forum.accounts.models import User
from forum.accounts.sitesettings import get_setting
from forum.db.request_cache import per_request
from forum.errors import NeedsConfirmation
from forum.extensions import db
from forum.privacy_terms.models import PrivacyTerm
from forum.text.i18n import _l
from forum.text.privacy import Finding, find_personal_data, find_terms, merge_findings

KIND_LABELS = {
    "personnummer": _l("personal identity number"),
    "samordningsnummer": _l("coordination number"),
    "phone": _l("phone number"),
    "address": _l("street address"),
    "name": _l("name of a person"),
    "client_name": _l("name next to a word for a client"),
    "term": _l("a term your organization watches for"),
}


class PrivacyWarning(NeedsConfirmation):
    """Text looks like it holds personal data. 422: the request was understood, not stored."""

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


def scan(text: str, actor: User | None = None) -> list[Finding]:
    """Everything the privacy check flags in ``text`` written by ``actor``, in text order."""
    return merge_findings(find_personal_data(text, known_names=directory_names()),
                          find_terms(text, organization_terms(actor)))


def directory_names() -> list[str]:
    """Every member's name, deactivated ones too: staff are named in posts all the time."""
    return per_request(("privacy", "directory_names"), lambda: [
        name for name in db.session.scalars(select(User.display_name)) if name])


def organization_terms(actor: User | None) -> list[str]:
    """The watch terms of the writer's organization (none without a writer)."""
    org_id = getattr(actor, "organization_id", None)
    if org_id is None:
        return []
    return per_request(("privacy", "terms", org_id), lambda: list(db.session.scalars(
        select(PrivacyTerm.term).where(PrivacyTerm.organization_id == org_id))))


def check_privacy(text: str, *, confirmed: bool, extra: list[Finding] | None = None,
                  actor: User | None = None) -> bool:
    """Raise PrivacyWarning unless the text is clean or the writer confirmed (and no block).

    Returns whether anything was found (stored with the post as "confirmed by the writer").
    """
    findings = scan(text, actor) + list(extra or [])
    if not findings:
        return False
    blocked = bool(get_setting("privacy_block"))
    if blocked or not confirmed:
        raise PrivacyWarning(findings, blocked)
    return True
