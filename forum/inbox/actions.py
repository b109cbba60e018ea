"""Changing an organization's inbox: its editors and the admins (404 for everyone else)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from forum.accounts import access as account_access
from forum.accounts.models import Organization, User
from forum.audit.models import record
from forum.errors import NotFound, ValidationError
from forum.extensions import db
from forum.inbox.models import COUNTRIES, InboxResponder, OrganizationInbox

MAX_DAYS = 30
_ADDRESS = re.compile(r"^[^@\s<>\"',;]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class InboxSettings:
    functional_address: str
    response_days: int
    country: str
    responder_ids: frozenset[int]


def organization_for_manager(actor: User, org_id: int) -> Organization:
    org = db.session.get(Organization, org_id)
    if org is None or not account_access.can_edit_organization(actor, org):
        raise NotFound()
    return org


def members_of(org: Organization) -> list[User]:
    return list(db.session.scalars(select(User).where(
        User.organization_id == org.id, User.active.is_(True)).order_by(User.display_name)))


def check_inbox(actor: User, org: Organization, form) -> InboxSettings:
    organization_for_manager(actor, org.id)
    errors: dict[str, str] = {}
    address = " ".join((form.get("functional_address") or "").split())
    if address and not _ADDRESS.match(address):
        errors["functional_address"] = str(_l("Enter one e-mail address, like "
                                              "samverkan@example.se."))
    days = (form.get("response_days") or "").strip()
    if not days.isdigit() or not 1 <= int(days) <= MAX_DAYS:
        errors["response_days"] = str(_l("Enter a whole number of working days from 1 to "
                                         "%(max)d.", max=MAX_DAYS))
    country = form.get("country") or ""
    if country not in COUNTRIES:
        errors["country"] = str(_l("Choose Sweden or Norway."))
    members = {u.id for u in members_of(org)}
    chosen = set()
    for value in form.getlist("responders") if hasattr(form, "getlist") else []:
        if not str(value).isdigit() or int(value) not in members:
            errors["responders"] = str(_l("Responders must be active members of the "
                                          "organization."))
            break
        chosen.add(int(value))
    if not chosen and not address and not errors:
        errors["responders"] = str(_l("Name at least one responder or a functional "
                                      "mailbox."))
    if errors:
        raise ValidationError(field_errors=errors)
    return InboxSettings(address, int(days), country, frozenset(chosen))


def do_save_inbox(actor: User, org: Organization, settings: InboxSettings,
                  now: datetime) -> OrganizationInbox:
    inbox = db.session.get(OrganizationInbox, org.id)
    if inbox is None:
        inbox = OrganizationInbox(organization_id=org.id)
        db.session.add(inbox)
    inbox.functional_address = settings.functional_address
    inbox.response_days = settings.response_days
    inbox.country = settings.country
    inbox.updated_at = now
    inbox.responders = [InboxResponder(organization_id=org.id, user_id=uid)
                        for uid in sorted(settings.responder_ids)]
    record(actor, "inbox.update", "organization", org.id,
           response_days=settings.response_days, country=settings.country,
           responders=sorted(settings.responder_ids),
           functional_mailbox=bool(settings.functional_address))
    db.session.flush()
    return inbox


def do_remove_inbox(actor: User, org: Organization) -> None:
    inbox = db.session.get(OrganizationInbox, org.id)
    if inbox is not None:
        db.session.delete(inbox)
        record(actor, "inbox.remove", "organization", org.id)
