"""Version numbers of data that cached HTML fragments show (forum.web.fragment_cache).

A fragment listing knowledge-base pages (the page tree, a page's subpages and backlinks) is
kept under a key holding the version of the pages it was rendered from. The version is a row
in the database, bumped in the transaction that changes the data (a flush listener, see
forum.wiki.page_fragments), and read in the transaction that renders: so a fragment is never
stored under a version newer than the data it shows, and every process sees a change at its
commit (a process-local counter would leave other processes, and requests whose read began
before the commit, showing stale lists: a page whose access was narrowed, for one).

A version starts at a random number and is given with the database's address: the cache is per
process, and a database made again under the same address (tests do) must not meet fragments
cached for the one before.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Connection, Integer, String, insert, select, update
from sqlalchemy.orm import Mapped, mapped_column

from forum.db import db
from forum.db.request_cache import per_request


class FragmentVersion(db.Model):
    __tablename__ = "fragment_versions"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


def first_version() -> int:
    return secrets.randbelow(2**30)


def current(name: str) -> tuple[str, int | None]:
    """The database and the version now, read once per request (a commit forgets it:
    forum.db.request_cache): part of the key of any fragment showing that data."""
    return per_request(("fragment_version", name), lambda: (
        db.engine.url.render_as_string(), db.session.scalar(
            select(FragmentVersion.version).where(FragmentVersion.name == name))))


def bump(connection: Connection, name: str) -> None:
    """One more, in the caller's transaction (the migration seeds the rows; a database made
    without it gets its row here)."""
    changed = connection.execute(update(FragmentVersion).where(FragmentVersion.name == name)
                                 .values(version=FragmentVersion.version + 1))
    if changed.rowcount == 0:
        connection.execute(insert(FragmentVersion).values(name=name, version=first_version()))
