"""Settings an admin changes at run time (stored in the database, audited)."""

from __future__ import annotations

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from forum.accounts import access
from forum.accounts.models import User
from forum.audit.models import record
from forum.extensions import db

DEFAULTS = {
    # When true, text that looks like personal data cannot be posted even after confirming.
    "privacy_block": False,
    # When true, members may erase their own account (settings page); admins always may.
    "self_erasure": False,
}


class SiteSetting(db.Model):
    __tablename__ = "site_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


def get_setting(key: str):
    row = db.session.get(SiteSetting, key)
    return row.value if row is not None else DEFAULTS[key]


def do_set_setting(key: str, value) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = db.session.get(SiteSetting, key)
    if row is None:
        db.session.add(SiteSetting(key=key, value=value))
    else:
        row.value = value


def do_set_privacy_block(actor: User, block: bool) -> None:
    access.require(access.is_admin(actor))
    do_set_setting("privacy_block", bool(block))
    record(actor, "privacy_block_set", "setting", None, value=bool(block))


def do_set_self_erasure(actor: User, allowed: bool) -> None:
    access.require(access.is_admin(actor))
    if bool(get_setting("self_erasure")) != allowed:
        do_set_setting("self_erasure", allowed)
        record(actor, "self_erasure_set", "setting", None, value=allowed)
