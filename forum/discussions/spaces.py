"""Creating and changing spaces (admins), and the run-time privacy setting."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from forum.accounts import access as account_access
from forum.accounts.models import Organization, User
from forum.accounts.visibility import Visibility
from forum.audit.models import record
from forum.db import parse_id
from forum.discussions.models import Space, Thread
from forum.errors import ValidationError
from forum.extensions import db
from forum.pbl.models import PblGroup
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.text.fields import Fields, text_field
from forum.text.i18n import _l

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,59}$")


@dataclass(frozen=True)
class SpaceData:
    slug: str
    name: str
    description: str
    visibility: Visibility
    organization_id: int | None
    group_id: int | None
    position: int


def check_save_space(actor: User, form: dict, space: Space | None = None) -> SpaceData:
    account_access.require(account_access.is_admin(actor))
    f = Fields()
    data = SpaceData(
        slug=f(_slug, form.get("slug")),
        name=f(text_field, "name", form.get("name"), max_len=120),
        description=f(text_field, "description", form.get("description"), max_len=1000,
                      required=False, multiline=True),
        visibility=f(_visibility, form.get("visibility")),
        organization_id=f(_ref, Organization, "organization_id", form.get("organization_id")),
        group_id=f(_ref, PblGroup, "group_id", form.get("group_id")),
        position=_position(form.get("position")))
    if data.visibility == Visibility.ORG and data.organization_id is None:
        f.error("organization_id", str(_l("Choose the organization that may read it.")))
    if data.visibility == Visibility.GROUP and data.group_id is None:
        f.error("group_id", str(_l("Choose the group that may read it.")))
    f.raise_if_any()
    other = db.session.scalar(select(Space.id).where(func.lower(Space.slug) == data.slug))
    if other is not None and (space is None or other != space.id):
        raise ValidationError(field_errors={"slug": str(_l("This is already in use."))})
    return data


def do_save_space(actor: User, data: SpaceData, space: Space | None = None) -> Space:
    old_audience = _audience_key(space) if space else None
    if space is None:
        space = Space()
        db.session.add(space)
    space.slug, space.name, space.description = data.slug, data.name, data.description
    space.visibility, space.position = data.visibility, data.position
    space.organization_id = data.organization_id if data.visibility == Visibility.ORG else None
    space.group_id = data.group_id if data.visibility == Visibility.GROUP else None
    db.session.flush()
    if old_audience is not None and old_audience != _audience_key(space):
        # Narrowing who may read: every live connection leaves the space's rooms and re-joins
        # what it may still read on its next reconnect.
        thread_ids = db.session.scalars(select(Thread.id).where(Thread.space_id == space.id))
        publish.revoke_space(space.id, [rooms.space_room(space.id)]
                             + [rooms.thread_room(t) for t in thread_ids])
    record(actor, "space_saved", "space", space.id, visibility=space.visibility.value)
    return space


def _audience_key(space: Space) -> tuple:
    return (space.visibility, space.organization_id, space.group_id)


def _slug(value: str | None) -> str:
    slug = (value or "").strip().lower()
    if not SLUG_RE.match(slug):
        raise ValidationError(field_errors={"slug": str(_l(
            "Use 2–60 lowercase letters, digits and dashes."))})
    return slug


def _visibility(value: str | None) -> Visibility:
    try:
        return Visibility(value)
    except ValueError as exc:
        raise ValidationError(field_errors={"visibility": str(_l("Choose who may read it."))}
                              ) from exc


def _ref(model, field: str, value: str | None) -> int | None:
    if value in (None, "", "0"):
        return None
    row_id = parse_id(value)
    row = db.session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise ValidationError(field_errors={field: str(_l("Choose one from the list."))})
    return row.id


def _position(value: str | None) -> int:
    """A space's place in lists; anything that is not a (possibly negative) number is 0."""
    text = str(value or "0")
    number = parse_id(text.removeprefix("-"))
    if number is None:
        return 0
    return -number if text.startswith("-") else number


# -- a PBL group's own space (forum.pbl.hooks) ------------------------------------------------
def do_add_group_space(group: PblGroup, name: str) -> Space:
    """The new group's private space, where its sessions chat."""
    space = Space(slug=f"pbl-{group.id}", name=name[:120], visibility=Visibility.GROUP,
                  group_id=group.id, position=1000,
                  description=str(_l("The PBL group's own space: session chats.")))
    db.session.add(space)
    db.session.flush()
    return space


def group_space(group: PblGroup) -> Space | None:
    return db.session.scalar(select(Space).where(Space.group_id == group.id,
                                                 Space.visibility == Visibility.GROUP)
                             .order_by(Space.id))


def space_thread_ids(space: Space) -> list[int]:
    return list(db.session.scalars(select(Thread.id).where(Thread.space_id == space.id)))
