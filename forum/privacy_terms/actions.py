"""Keeping an organization's watch terms: check_* validates and authorizes, do_* writes and
flushes (never commits). Reads go through organization_for_manager()."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from forum.accounts import access as account_access
from forum.accounts.models import Organization, User
from forum.audit.models import record
from forum.errors import NotFound, ValidationError
from forum.extensions import db
from forum.privacy_terms.models import MAX_TERM, PrivacyTerm
from forum.text.i18n import _l
from forum.text.limits import TextError, clean_text

MIN_TERM = 2  # one letter would match everywhere


def organization_for_manager(actor: User, org_id: int) -> Organization:
    """The organization whose list ``actor`` keeps: its editors' and the admins'. The list
    says what an organization worries about, so anyone else gets "no such page"."""
    org = db.session.get(Organization, org_id)
    if org is None or not account_access.can_edit_organization(actor, org):
        raise NotFound()
    return org


def terms_of(org: Organization) -> list[PrivacyTerm]:
    return list(db.session.scalars(select(PrivacyTerm).where(
        PrivacyTerm.organization_id == org.id).order_by(PrivacyTerm.term_key)))


def term_key(term: str) -> str:
    return " ".join(term.split()).casefold()


def check_add_term(actor: User, org: Organization, term: str | None) -> str:
    organization_for_manager(actor, org.id)
    try:
        text = " ".join(clean_text(term or "", max_len=MAX_TERM, multiline=False).split())
    except TextError as exc:
        message = (_l("The term is too long (at most %(n)s characters).", n=MAX_TERM)
                   if exc.code == "too_long" else _l("The text cannot be stored."))
        raise ValidationError(field_errors={"term": str(message)}) from exc
    if len(text) < MIN_TERM:
        raise ValidationError(field_errors={"term": str(_l(
            "Write a term of at least %(n)s characters.", n=MIN_TERM))})
    if db.session.scalar(select(PrivacyTerm.id).where(
            PrivacyTerm.organization_id == org.id, PrivacyTerm.term_key == term_key(text))):
        raise ValidationError(field_errors={"term": str(_l("This term is already on the list."))})
    return text


def do_add_term(actor: User, org: Organization, term: str, now: datetime) -> PrivacyTerm:
    row = PrivacyTerm(organization_id=org.id, term=term, term_key=term_key(term),
                      created_by_id=actor.id, created_at=now)
    db.session.add(row)
    db.session.flush()
    record(actor, "privacy_term.add", "organization", org.id, term_id=row.id, term=term)
    return row


def check_remove_term(actor: User, org: Organization, term_id: int) -> PrivacyTerm:
    organization_for_manager(actor, org.id)
    row = db.session.get(PrivacyTerm, term_id)
    if row is None or row.organization_id != org.id:
        raise NotFound()
    return row


def do_remove_term(actor: User, row: PrivacyTerm) -> None:
    record(actor, "privacy_term.remove", "organization", row.organization_id, term_id=row.id,
           term=row.term)
    db.session.delete(row)
    db.session.flush()
