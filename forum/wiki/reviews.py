"""Review dates: every page has an owner and a review-by date. Overdue pages carry a banner
and stand in the owning organization's review queue until someone marks them reviewed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from forum.accounts.models import User
from forum.errors import PermissionDenied, ValidationError
from forum.extensions import db
from forum.indexing import outbox
from forum.realtime import rooms
from forum.realtime.publish import publish
from forum.rollups import track as insights_track
from forum.text.i18n import _l
from forum.wiki import access, fields
from forum.wiki.models import WikiPage
from forum.wiki.payloads import page_reviewed_payload

DUE_SOON_DAYS = 30
SHARED = "shared"
#: The default view: pages of the viewer's own organization and pages the viewer owns
#: (a coordinator often owns pages of another organization or shared ones).
MINE = "mine"


def is_overdue(page: WikiPage, today: date) -> bool:
    return page.review_by < today


def check_mark_reviewed(actor: User, page: WikiPage, form: dict, now: datetime) -> date:
    """The next review date (default: a year from today); never one in the past."""
    if not access.can_review(actor, page):
        raise PermissionDenied(str(_l("Only the page's owner or its editors can mark it "
                                      "as reviewed.")))
    errors: dict[str, str] = {}
    today = fields.local_today(now)
    next_date = fields.future_date(form, "next_review", errors, today,
                                   default=today + timedelta(days=365))
    if errors or next_date is None:
        raise ValidationError(field_errors=errors)
    if next_date == today:
        raise ValidationError(field_errors={"next_review": str(_l(
            "Choose a next review date after today."))})
    return next_date


def do_mark_reviewed(actor: User, page: WikiPage, next_date: date, now: datetime) -> None:
    page.reviewed_at = now
    page.reviewed_by_id = actor.id
    page.review_by = next_date
    db.session.flush()
    if insights_track.is_own_page(actor, page):
        insights_track.page_reviewed(actor, page.id, now)
    outbox.enqueue(f"page:{page.id}")
    publish.emit("page_reviewed", page_reviewed_payload(page, actor), rooms.page_room(page.id))


@dataclass(frozen=True)
class QueueItem:
    page: WikiPage
    overdue: bool
    days: int  # days overdue (positive) or left (negative)


def review_queue(viewer: User, organization: int | str | None, today: date) -> list[QueueItem]:
    """Pages of one organization (or the shared ones, or MINE: the viewer's organization's and
    the viewer's own) that are overdue or due within 30 days, most overdue first. Only pages
    the viewer may read."""
    query = (select(WikiPage).where(access.readable_page_filter(viewer),
                                    WikiPage.review_by <= today + timedelta(days=DUE_SOON_DAYS))
             .options(selectinload(WikiPage.owner), selectinload(WikiPage.reviewed_by),
                      selectinload(WikiPage.organization))
             .order_by(WikiPage.review_by, WikiPage.title))
    if organization == MINE:
        query = query.where(or_(WikiPage.organization_id == viewer.organization_id,
                                WikiPage.owner_id == viewer.id))
    elif organization == SHARED:
        query = query.where(WikiPage.organization_id.is_(None))
    elif organization is not None:
        query = query.where(WikiPage.organization_id == organization)
    return [QueueItem(page, page.review_by < today, (today - page.review_by).days)
            for page in db.session.scalars(query)]
