"""The database: the Flask-SQLAlchemy object `db`, the model base with stable constraint names,
the app's session class, the transaction helper and small column helpers.

The package also holds what belongs to the session: engine options (setup.py), what follows a
commit (aftercommit.py, followups.py) and the per-request memo a commit forgets
(request_cache.py). It imports nothing from the features; they import it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import ClassVar

from flask_sqlalchemy import SQLAlchemy
from flask_sqlalchemy.session import Session as FlaskSession
from sqlalchemy import DateTime, Enum, MetaData, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Session

# Stable names let Alembic drop and alter constraints on every backend (SQLite included).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Ids and sequence numbers are 64-bit signed integers in both databases; a larger number from a
# URL, a JSON body or a socket event is refused before it reaches the driver (which would
# raise instead of finding nothing).
MAX_ID = 2**63 - 1


def fits_id(value: object) -> bool:
    """An int (not a bool) the database can compare with an id or sequence column."""
    return isinstance(value, int) and not isinstance(value, bool) and -MAX_ID <= value <= MAX_ID


def parse_id(value: object) -> int | None:
    """A number from a form, a query string or JSON (ASCII digits, or an int) that fits an
    id column; None for anything else ("²" is a digit to str.isdigit but not to int())."""
    if isinstance(value, str):
        value = int(value) if value.isascii() and value.isdigit() else None
    return value if fits_id(value) else None


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stores naive UTC, always hands back aware UTC datetimes (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class ForumSession(FlaskSession):
    """The app's session. What follows its commits and rollbacks is listed in
    forum/db/aftercommit.py, which create_app installs on this class."""

    # The after-commit work that needs the session again (it commits transactions of its
    # own, which SQLAlchemy's after_commit event forbids); set by forum.db.aftercommit.install.
    after_commit_returned: ClassVar[Callable[[Session], None] | None] = None

    def commit(self) -> None:
        super().commit()
        if ForumSession.after_commit_returned is not None:
            ForumSession.after_commit_returned(self)


# The one Flask-SQLAlchemy object (forum.extensions re-exports it beside the other extensions).
db = SQLAlchemy(model_class=Base, session_options={"class_": ForumSession})


@contextmanager
def unit_of_work(session: Session | None = None, *, keep_loaded: bool = False) -> Iterator[None]:
    """The one transaction boundary: every entry point (view, API, socket handler, CLI
    command, background job, followup) ends its transaction here, and nowhere else in forum/
    calls commit. Commits at the end of the block; rolls back on any error and re-raises.

    Events recorded during the block are delivered after the commit (forum.db.aftercommit).
    `session`: the session to commit (default: the app's db.session; followups pass the one
    they were handed). `keep_loaded`: the objects keep what they hold after the commit
    instead of being expired, for an entry point that answers with what it has just written
    (no second read of it). A block that only reads ends its read transaction too.
    """
    if session is None:
        session = db.session()
    try:
        yield
        expire = session.expire_on_commit
        session.expire_on_commit = expire and not keep_loaded
        try:
            session.commit()
        finally:
            session.expire_on_commit = expire
    except BaseException:
        session.rollback()
        raise


def str_enum(cls: type[enum.Enum], length: int = 20) -> Enum:
    """A Python enum stored as its values in a VARCHAR (no database enum type: adding a
    member needs no ALTER TYPE, and SQLite and PostgreSQL store it alike)."""
    return Enum(cls, native_enum=False, length=length,
                values_callable=lambda members: [m.value for m in members])
