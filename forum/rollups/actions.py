"""The one write this feature makes itself: a read of another organization's boundary page
(written after the page's answer has gone out: forum.wiki.views). Everything else is counted
by forum.rollups.track from the other features' actions, and posts by the worker."""

from __future__ import annotations

from datetime import datetime

from forum.accounts.models import User
from forum.rollups import track


def counts_as_boundary_read(reader: User, page) -> bool:
    """Reading this page counts: another organization's boundary page (the access rule)."""
    return track.is_other_boundary(reader, page)


def do_record_boundary_read(reader: User, page, now: datetime) -> bool:
    """Count the read when the page is another organization's boundary page (the caller has
    loaded it through forum.wiki.access). True when it is such a page."""
    if not track.is_other_boundary(reader, page):
        return False
    track.boundary_read(reader, page.id, now)
    return True
