"""Loads forum.demo.content into an empty database (one transaction for everything)."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.accounts.models import Organization, OrgType, Role, User, UserRole
from forum.accounts.passwords import hash_password
from forum.db import unit_of_work
from forum.extensions import db

DEMO_PASSWORD = "rehab-demo-2026"  # noqa: S105  (printed for the demo on purpose)


def database_is_empty() -> bool:
    return not db.session.scalar(select(func.count()).select_from(User))


def load_demo() -> dict[str, int]:
    from forum.demo.content import organizations, users

    with unit_of_work():
        orgs = _load_organizations(organizations.ORGANIZATIONS)
        people = _load_users(users.USERS, orgs)
        counts = {"organizations": len(orgs), "users": len(people)}
        for step in _extra_steps():
            counts.update(step(orgs, people))
        from forum.insights.rebuild import rebuild

        rebuild()  # the story's rollups, from scratch; this counts its posts and clears their flags
    # The posts' notifications are written by followups after that commit (forum.db.followups,
    # run by the commit itself): only now is all of the history's mail there to drop.
    with unit_of_work():
        _drop_history_mail()
    return counts


def _drop_history_mail() -> None:
    """The demo's history is written through the real actions, which leave e-mail intents on
    its notifications and queue mail for others (invitations, PBL). Nobody should get months
    of made-up notifications at once."""
    from sqlalchemy import update

    from forum.email.models import MailMessage, MailStatus
    from forum.notifications.models import Notification

    db.session.execute(update(Notification).where(Notification.mail_pending)
                       .values(mail_pending=False))
    db.session.execute(update(MailMessage).where(MailMessage.status == MailStatus.WAITING)
                       .values(status=MailStatus.DROPPED, last_error="demo history",
                               composed=True))


def _extra_steps() -> list:
    """Each feature's demo loader, in order (later features add theirs here)."""
    from forum.demo.discussions import load_discussions
    from forum.demo.pbl import load_pbl
    from forum.demo.story import load_story
    from forum.demo.wiki import load_wiki

    return [load_discussions, load_wiki, load_pbl, load_story]


def _load_organizations(rows: list[dict]) -> dict[str, Organization]:
    orgs: dict[str, Organization] = {}
    for row in rows:  # parents come before their children in the content file
        org = Organization(
            name=row["name"], short_name=row["short_name"], handle=row["handle"],
            type=OrgType(row["type"]), description=row.get("description_sv", ""),
            contact_email=row.get("contact_email", ""),
            contact_hours=row.get("contact_hours", ""),
            time_zone=row.get("time_zone", "Europe/Stockholm"),
            parent=orgs.get(row["parent"]) if row.get("parent") else None)
        db.session.add(org)
        orgs[row["slug"]] = org
    db.session.flush()
    return orgs


def _load_users(rows: list[dict], orgs: dict[str, Organization]) -> dict[str, User]:
    password_hash = hash_password(DEMO_PASSWORD)
    people: dict[str, User] = {}
    for row in rows:
        user = User(email=row["email"], username=row["username"],
                    display_name=row["display_name"], job_title=row.get("job_title", ""),
                    works_on=row.get("works_on", ""), language=row.get("language", "sv"),
                    organization=orgs[row["org"]], password_hash=password_hash)
        user.role_rows = [UserRole(role=Role(r)) for r in row["roles"]]
        db.session.add(user)
        people[row["username"]] = user
    db.session.flush()
    return people


def demo_logins() -> list[tuple[str, str, str]]:
    """(e-mail, roles, name) of the demo users present in the database."""
    from forum.demo.content import users

    emails = [row["email"] for row in users.USERS]
    found = db.session.scalars(select(User).where(User.email.in_(emails))).all()
    by_email = {u.email: u for u in found}
    return [(e, ", ".join(sorted(r.value for r in by_email[e].roles)),
             by_email[e].display_name) for e in emails if e in by_email]
