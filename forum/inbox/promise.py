"""What an organization's boundary page says of its inbox, in its "Ask us" part: the promised
response time in working days and whose public holidays do not count, who answers (the
responders' names, the functional mailbox), and where to ask it a question (the new-thread
form of an open space the reader may post in, with the organization preset).

Without an inbox nothing is promised, so nothing is said of days or responders; the link to
ask is there whenever the reader may start a thread in an open space.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import url_for

from forum.accounts.models import Organization, User
from forum.accounts.visibility import Visibility
from forum.extensions import db
from forum.inbox.timing import inbox_of


@dataclass(frozen=True)
class Promise:
    organization: Organization
    days: int | None = None  # None: no inbox, nothing promised
    country: str = ""
    responders: list[User] = field(default_factory=list)
    address: str = ""
    ask_url: str | None = None


def promise_for(reader: User, org_id: int | None) -> Promise | None:
    """None for no organization; else what its boundary page may say to this reader."""
    org = db.session.get(Organization, org_id) if org_id else None
    if org is None:
        return None
    ask = ask_url(reader, org.id)
    inbox = inbox_of(org.id)
    if inbox is None:
        return Promise(org, ask_url=ask)
    responders = sorted((r.user for r in inbox.responders if r.user.active),
                        key=lambda user: user.display_name.casefold())
    return Promise(org, inbox.response_days, inbox.country, responders,
                   inbox.functional_address, ask)


def ask_url(reader: User, org_id: int) -> str | None:
    """The new-thread form, asking `org_id`, in the first space open to every member that
    the reader may post in (the order of the spaces list); None when there is none."""
    from forum.discussions import access
    from forum.discussions.models import Space

    for space in db.session.scalars(access.readable_spaces(reader).where(
            Space.visibility == Visibility.ALL)):
        if access.can_post_in(reader, space):
            return url_for("discussions.new_thread", slug=space.slug, question_org_id=org_id)
    return None


