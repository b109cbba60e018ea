"""Creating the first admin from the command line (there is nobody yet to invite them)."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.accounts.models import Organization, OrgType, Role, User, UserRole
from forum.accounts.passwords import hash_password
from forum.accounts.validation import email_field, handle_field, password_field
from forum.audit.models import record
from forum.errors import ValidationError
from forum.extensions import db
from forum.text.fields import Fields, text_field


def do_create_admin(email: str, username: str, display_name: str, org_handle: str,
                    password: str) -> User:
    f = Fields()
    email = f(email_field, "email", email)
    username = f(handle_field, "username", username)
    display_name = f(text_field, "display_name", display_name, max_len=120)
    org_handle = f(handle_field, "organization", org_handle)
    password = f(password_field, "password", password)
    f.raise_if_any()
    if db.session.scalar(select(User.id).where(
            (func.lower(User.email) == email) | (func.lower(User.username) == username))):
        raise ValidationError(field_errors={"email": "A user with this e-mail or user name "
                                                     "already exists."})
    org = db.session.scalar(select(Organization).where(Organization.handle == org_handle))
    if org is None:
        org = Organization(name=org_handle, short_name=org_handle, handle=org_handle,
                           type=OrgType.OTHER)
        db.session.add(org)
    user = User(email=email, username=username, display_name=display_name, organization=org,
                password_hash=hash_password(password), language="sv")
    user.role_rows = [UserRole(role=Role.ADMIN)]
    db.session.add(user)
    db.session.flush()
    record(None, "admin_created", "user", user.id)
    return user
