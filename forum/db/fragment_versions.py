"""Version numbers of data that cached HTML fragments show (forum.web.fragment_cache).

A fragment listing knowledge-base pages (the page tree, a page's subpages and backlinks) is
kept under a key holding the version of the pages it was rendered from. The version is a row
in the database, bumped in the transaction that changes the data (a flush listener, see
forum.wiki.page_fragments), and read in the transaction that renders: so a fragment is never
stored under a version newer than the data it shows, and every process sees a change at its
commit (a process-local counter would leave other processes, and requests whose read began
before the commit, showing stale lists: a page whose access was narrowed, for one).
"""

from __future__ import annotations

from sqlalchemy import Connection, Integer, String, insert, select, update
from sqlalchemy.orm import Mapped, mapped_column

from forum.db.request_cache import per_request
from forum.extensions import db


class FragmentVersion(db.Model):
    __tablename__ = "fragment_versions"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


def current(name: str) -> int:
    """The version now, read once per request (a commit forgets it: forum.db.request_cache)."""
    return per_request(("fragment_version", name), lambda: db.session.scalar(
        select(FragmentVersion.version).where(FragmentVersion.name == name)) or 0)


def bump(connection: Connection, name: str) -> None:
    """One more, in the caller's transaction (the migration seeds the rows; a database made
    without it gets its row here)."""
    changed = connection.execute(update(FragmentVersion).where(FragmentVersion.name == name)
                                 .values(version=FragmentVersion.version + 1))
    if changed.rowcount == 0:
        connection.execute(insert(FragmentVersion).values(name=name, version=1))
