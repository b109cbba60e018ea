"""Every change to organizations, users, roles and invitations. check_* → do_*, no commits."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import func, select

from forum.accounts import access
from forum.accounts.models import (
    DEFAULT_TIME_ZONE,
    Invitation,
    Organization,
    OrgType,
    Role,
    User,
    UserRole,
)
from forum.accounts.passwords import hash_password, new_token, token_hash
from forum.accounts.sessions import do_end_all_sessions
from forum.accounts.validation import email_field, handle_field, password_field
from forum.audit.models import record
from forum.errors import Conflict, ValidationError
from forum.extensions import db
from forum.text.fields import Fields, text_field
from forum.text.i18n import LANGUAGES, _l


# -- roles -----------------------------------------------------------------------------------
def check_roles(actor: User, roles: list[str]) -> list[Role]:
    try:
        wanted = sorted({Role(r) for r in roles}, key=list(Role).index)
    except ValueError as exc:
        raise ValidationError(field_errors={"roles": str(_l("Unknown role."))}) from exc
    if not wanted:
        raise ValidationError(field_errors={"roles": str(_l("Choose at least one role."))})
    if Role.OBSERVER in wanted and len(wanted) > 1:
        raise ValidationError(field_errors={"roles": str(_l(
            "An observer only reads, so the role cannot be combined with others."))})
    if not set(wanted) <= access.grantable_roles(actor):
        raise ValidationError(field_errors={"roles": str(_l(
            "You may not give one of these roles."))})
    return wanted


def check_set_roles(actor: User, target: User, roles: list[str]) -> list[Role]:
    access.require(access.can_manage_users(actor))
    wanted = check_roles(actor, roles)
    if target.id == actor.id and Role.ADMIN not in wanted:
        raise ValidationError(field_errors={"roles": str(_l(
            "You cannot remove your own admin role."))})
    return wanted


def do_set_roles(actor: User, target: User, roles: list[Role]) -> None:
    wanted = set(roles)
    # Remove and add only the differences: replacing every row would insert a duplicate
    # (user, role) before the old row is deleted.
    for row in [r for r in target.role_rows if r.role not in wanted]:
        target.role_rows.remove(row)
    db.session.flush()
    have = {r.role for r in target.role_rows}
    target.role_rows.extend(UserRole(role=r) for r in roles if r not in have)
    record(actor, "roles_set", "user", target.id, roles=[r.value for r in roles])


# -- invitations ----------------------------------------------------------------------------
@dataclass(frozen=True)
class InvitationData:
    email: str
    organization: Organization
    roles: list[Role]


def check_invite(actor: User, email: str | None, organization_id: int | str | None,
                 roles: list[str]) -> InvitationData:
    access.require(access.can_invite(actor))
    address = email_field("email", email)
    if db.session.scalar(select(User.id).where(func.lower(User.email) == address)):
        raise ValidationError(field_errors={"email": str(_l(
            "Someone with this e-mail address is already a member."))})
    org = _organization(organization_id)
    return InvitationData(address, org, check_roles(actor, roles))


def do_invite(actor: User, data: InvitationData, now: datetime,
              valid_hours: int) -> tuple[Invitation, str]:
    token, hashed = new_token()
    invitation = Invitation(token_hash=hashed, email=data.email, organization=data.organization,
                            roles=",".join(r.value for r in data.roles), invited_by_id=actor.id,
                            created_at=now, expires_at=now + timedelta(hours=valid_hours))
    db.session.add(invitation)
    db.session.flush()
    record(actor, "invitation_created", "invitation", invitation.id, email=data.email)
    return invitation, token


def check_invitation_token(token: str | None, now: datetime) -> Invitation:
    invitation = db.session.scalar(select(Invitation)
                                   .where(Invitation.token_hash == token_hash(token or "")))
    if invitation is None or invitation.status(now) != "pending":
        raise ValidationError(str(_l(
            "This invitation has expired or has already been used. Ask for a new one.")))
    return invitation


@dataclass(frozen=True)
class NewAccount:
    username: str
    display_name: str
    job_title: str
    language: str
    password: str


def check_accept_invitation(token: str | None, now: datetime, form: dict) -> tuple[
        Invitation, NewAccount]:
    invitation = check_invitation_token(token, now)
    f = Fields()
    account = NewAccount(
        username=f(handle_field, "username", form.get("username")),
        display_name=f(text_field, "display_name", form.get("display_name"), max_len=120),
        job_title=f(text_field, "job_title", form.get("job_title"), max_len=120,
                    required=False),
        language=f(language_field, form.get("language")),
        password=f(password_field, "password", form.get("password")))
    if account.password and form.get("password") != form.get("repeat_password"):
        f.error("repeat_password", str(_l("The two passwords differ.")))
    if account.username and _username_taken(account.username):
        f.error("username", str(_l("This user name is taken.")))
    f.raise_if_any()
    if db.session.scalar(select(User.id).where(func.lower(User.email) == invitation.email)):
        raise Conflict(str(_l("Someone with this e-mail address is already a member.")))
    return invitation, account


def do_accept_invitation(invitation: Invitation, account: NewAccount, now: datetime) -> User:
    user = User(email=invitation.email, username=account.username,
                display_name=account.display_name, job_title=account.job_title,
                language=account.language, organization_id=invitation.organization_id,
                password_hash=hash_password(account.password))
    user.role_rows = [UserRole(role=r) for r in invitation.role_list]
    db.session.add(user)
    db.session.flush()
    invitation.accepted_at = now
    invitation.accepted_user_id = user.id
    record(user, "invitation_accepted", "invitation", invitation.id)
    return user


def check_revoke_invitation(actor: User, invitation: Invitation, now: datetime) -> None:
    access.require(access.can_invite(actor))
    if invitation.status(now) != "pending":
        raise Conflict(str(_l("Only a pending invitation can be withdrawn.")))


def do_revoke_invitation(actor: User, invitation: Invitation, now: datetime) -> None:
    invitation.revoked_at = now
    record(actor, "invitation_revoked", "invitation", invitation.id)


# -- users ------------------------------------------------------------------------------------
def check_deactivate(actor: User, target: User) -> None:
    access.require(access.can_manage_users(actor))
    if target.id == actor.id:
        raise ValidationError(str(_l("You cannot deactivate yourself.")))


def do_deactivate(actor: User, target: User, now: datetime) -> None:
    """Deactivation (never deletion) ends every session and live connection at once."""
    target.active = False
    target.deactivated_at = now
    do_end_all_sessions(target)
    record(actor, "user_deactivated", "user", target.id)


def do_reactivate(actor: User, target: User) -> None:
    access.require(access.can_manage_users(actor))
    if target.erased_at is not None:  # an erased account has nobody behind it any more
        raise ValidationError(str(_l("This account is already erased.")))
    target.active = True
    target.deactivated_at = None
    record(actor, "user_reactivated", "user", target.id)


@dataclass(frozen=True)
class Profile:
    display_name: str
    job_title: str
    works_on: str
    language: str


def check_profile(form: dict) -> Profile:
    f = Fields()
    profile = Profile(
        display_name=f(text_field, "display_name", form.get("display_name"), max_len=120),
        job_title=f(text_field, "job_title", form.get("job_title"), max_len=120,
                    required=False),
        works_on=f(text_field, "works_on", form.get("works_on"), max_len=500, required=False,
                   multiline=True),
        language=f(language_field, form.get("language")))
    f.raise_if_any()
    return profile


def do_update_profile(user: User, profile: Profile) -> None:
    user.display_name = profile.display_name
    user.job_title = profile.job_title
    user.works_on = profile.works_on
    user.language = profile.language


def do_set_language(user: User, language: str | None) -> None:
    user.language = language_field(language)


def language_field(value: str | None) -> str:
    if value not in LANGUAGES:
        raise ValidationError(field_errors={"language": str(_l("Choose Swedish or English."))})
    return value


# -- organizations ----------------------------------------------------------------------------
@dataclass(frozen=True)
class OrganizationData:
    name: str
    short_name: str
    handle: str
    type: OrgType
    parent_id: int | None
    description: str
    contact_email: str
    contact_phone: str
    contact_hours: str
    website: str
    time_zone: str


def check_save_organization(actor: User, form: dict,
                            org: Organization | None = None) -> OrganizationData:
    if org is None:
        access.require(access.can_manage_organizations(actor))
    else:
        access.require(access.can_edit_organization(actor, org))
    if org is not None and not access.can_manage_organizations(actor):
        # An organization's own editor may describe it but not move, rename or retype it.
        form = {**form, "name": org.name, "short_name": org.short_name, "handle": org.handle,
                "type": org.type.value, "parent_id": org.parent_id}
    data = _organization_data(form, org)
    _check_unique_org(data, org)
    return data


def do_save_organization(actor: User, data: OrganizationData,
                         org: Organization | None = None) -> Organization:
    if org is None:
        org = Organization()
        db.session.add(org)
    for key, value in data.__dict__.items():
        setattr(org, key, value)
    db.session.flush()
    record(actor, "organization_saved", "organization", org.id, name=org.name)
    return org


def _organization_data(form: dict, org: Organization | None) -> OrganizationData:
    f = Fields()
    email = form.get("contact_email") or ""
    data = OrganizationData(
        name=f(text_field, "name", form.get("name"), max_len=200),
        short_name=f(text_field, "short_name", form.get("short_name"), max_len=60),
        handle=f(handle_field, "handle", form.get("handle")),
        type=f(_org_type, form.get("type")),
        parent_id=f(_parent_id, form.get("parent_id"), org),
        description=f(text_field, "description", form.get("description"), max_len=2000,
                      required=False, multiline=True),
        contact_email=f(email_field, "contact_email", email) if email.strip() else "",
        contact_phone=f(text_field, "contact_phone", form.get("contact_phone"), max_len=40,
                        required=False),
        contact_hours=f(text_field, "contact_hours", form.get("contact_hours"), max_len=200,
                        required=False),
        website=f(text_field, "website", form.get("website"), max_len=300, required=False),
        time_zone=f(time_zone_field, form.get("time_zone"), org.time_zone if org else None))
    f.raise_if_any()
    return data


def time_zone_field(value: str | None, current: str | None = None) -> str:
    """An IANA time zone name the server knows ("Europe/Oslo"); empty: the one it had, or
    Europe/Stockholm for a new organization."""
    value = (value or "").strip()
    if not value:
        return current or DEFAULT_TIME_ZONE
    if value not in known_time_zones():
        raise ValidationError(field_errors={"time_zone": str(_l(
            "Give a time zone by its IANA name, such as Europe/Stockholm or Europe/Oslo."))})
    return value


@lru_cache(maxsize=1)
def known_time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _org_type(value: str | None) -> OrgType:
    try:
        return OrgType(value)
    except ValueError as exc:
        raise ValidationError(field_errors={"type": str(_l("Choose a type."))}) from exc


def _parent_id(value: str | int | None, org: Organization | None) -> int | None:
    if value in (None, "", "0", 0):
        return None
    parent = _organization(value, field="parent_id")
    ancestor: Organization | None = parent
    while ancestor is not None:  # no organization may end up its own ancestor
        if org is not None and ancestor.id == org.id:
            raise ValidationError(field_errors={"parent_id": str(_l(
                "An organization cannot be placed under itself."))})
        ancestor = ancestor.parent
    return parent.id


def _check_unique_org(data: OrganizationData, org: Organization | None) -> None:
    for column, field in ((Organization.name, "name"), (Organization.handle, "handle")):
        other = db.session.scalar(select(Organization.id).where(
            func.lower(column) == getattr(data, field).lower()))
        if other is not None and (org is None or other != org.id):
            raise ValidationError(field_errors={field: str(_l("This is already in use."))})


def _organization(value: int | str | None, field: str = "organization_id") -> Organization:
    org_id = int(value) if str(value or "").isdigit() else None
    org = db.session.get(Organization, org_id) if org_id is not None else None
    if org is None:
        raise ValidationError(field_errors={field: str(_l("Choose an organization."))})
    return org


def _username_taken(username: str) -> bool:
    return db.session.scalar(select(User.id).where(func.lower(User.username) == username)) \
        is not None
