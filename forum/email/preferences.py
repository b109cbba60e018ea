"""Per person and per kind: immediately, in the digest, or never.

The kinds are the notification kinds (forum/notifications), and `pbl_reminder`, the e-mail
the day before a planned PBL session (forum.email.pbl_reminders; it has no in-app notice).
"""

from __future__ import annotations

from sqlalchemy import select

from forum.email.models import MailPreference
from forum.errors import ValidationError
from forum.extensions import db
from forum.text.i18n import _l

IMMEDIATELY, DIGEST, NEVER = "immediately", "digest", "never"
MODES = {IMMEDIATELY: _l("Immediately"), DIGEST: _l("In the digest"), NEVER: _l("Never")}

#: kind -> (label, default)
KINDS = {
    "mention": (_l("Someone mentions me"), IMMEDIATELY),
    "org_mention": (_l("Someone mentions my organization"), DIGEST),
    "reply": (_l("Replies in threads I follow"), DIGEST),
    "new_thread": (_l("New threads in spaces I watch"), DIGEST),
    "question": (_l("Questions to my organization"), IMMEDIATELY),
    "answer": (_l("Answers to my questions"), IMMEDIATELY),
    "pbl_question": (_l("The question for next time in my PBL group"), IMMEDIATELY),
    "pbl_opened": (_l("My PBL group's session is opened"), IMMEDIATELY),
    "pbl_minutes": (_l("The minutes of my PBL group's sessions"), DIGEST),
    "pbl_reminder": (_l("A reminder the day before my PBL group's session"), IMMEDIATELY),
}
DIGEST_KIND = "digest"
FREQUENCIES = {"daily": _l("Daily"), "weekly": _l("Weekly"), NEVER: _l("No digest")}
DEFAULT_FREQUENCY = "daily"


def modes_for(user_ids: set[int]) -> dict[int, dict[str, str]]:
    """user id -> {kind: mode} for every kind (defaults filled in)."""
    chosen: dict[int, dict[str, str]] = {uid: {} for uid in user_ids}
    if user_ids:
        for row in db.session.scalars(select(MailPreference).where(
                MailPreference.user_id.in_(user_ids))):
            chosen[row.user_id][row.kind] = row.mode
    return {uid: with_defaults(modes) for uid, modes in chosen.items()}


def with_defaults(chosen: dict[str, str]) -> dict[str, str]:
    """{kind: mode} for every kind from the rows a person has (the defaults for the rest)."""
    return ({kind: chosen.get(kind, default) for kind, (_label, default) in KINDS.items()}
            | {DIGEST_KIND: chosen.get(DIGEST_KIND, DEFAULT_FREQUENCY)})


def mode(user_id: int, kind: str) -> str:
    return modes_for({user_id})[user_id].get(kind, NEVER)


def check_preferences(form) -> dict[str, str]:
    """Form fields `kind` -> mode and `digest` -> frequency; a value we do not know is a field
    error (nothing is stored)."""
    chosen, errors = {}, {}
    for kind in KINDS:
        value = (form.get(kind) or "").strip()
        if value not in MODES:
            errors[kind] = str(_l("Choose immediately, in the digest or never."))
        chosen[kind] = value
    frequency = (form.get(DIGEST_KIND) or "").strip()
    if frequency not in FREQUENCIES:
        errors[DIGEST_KIND] = str(_l("Choose daily, weekly or no digest."))
    chosen[DIGEST_KIND] = frequency
    if errors:
        raise ValidationError(str(_l("Please correct the marked fields.")), errors)
    return chosen


def do_set(user_id: int, chosen: dict[str, str]) -> None:
    existing = {row.kind: row for row in db.session.scalars(
        select(MailPreference).where(MailPreference.user_id == user_id))}
    for kind, value in chosen.items():
        row = existing.get(kind)
        if row is None:
            db.session.add(MailPreference(user_id=user_id, kind=kind, mode=value))
        else:
            row.mode = value
    db.session.flush()
