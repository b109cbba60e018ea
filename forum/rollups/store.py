"""Portable upserts for the rollup tables (SQLite and PostgreSQL both speak ON CONFLICT)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite

from forum.extensions import db


def _insert(model):
    if db.session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(model)
    return sqlite.insert(model)


def _keys(model) -> list[str]:
    return [column.name for column in model.__table__.primary_key.columns]


def add(model, key: dict[str, Any], **increments: int) -> None:
    """Add to counters of the row with this key, creating it (zeros) when missing."""
    table = model.__table__
    statement = _insert(model).values(**key, **increments)
    statement = statement.on_conflict_do_update(
        index_elements=_keys(model),
        set_={name: table.c[name] + value for name, value in increments.items()})
    db.session.execute(statement)


def insert_once(model, **values: Any) -> bool:
    """Insert the row unless its key exists; True when this call inserted it."""
    keys = _keys(model)
    # RETURNING, not rowcount: the drivers disagree on rowcount for a skipped insert.
    statement = _insert(model).values(**values).on_conflict_do_nothing(
        index_elements=keys).returning(model.__table__.c[keys[0]])
    return db.session.execute(statement).first() is not None


def insert_all_once(model, rows: list[dict[str, Any]]) -> None:
    """Insert each of the rows unless its key exists (one statement for all of them)."""
    if rows:
        db.session.execute(_insert(model).values(rows).on_conflict_do_nothing(
            index_elements=_keys(model)))


def add_all(model, rows: list[dict[str, Any]], counters: tuple[str, ...]) -> None:
    """`add` for many rows in one statement: each row gives its key and every counter named
    in `counters` (zero where it adds nothing)."""
    if not rows:
        return
    table = model.__table__
    statement = _insert(model)
    statement = statement.on_conflict_do_update(
        index_elements=_keys(model),
        set_={name: table.c[name] + statement.excluded[name] for name in counters})
    db.session.execute(statement, rows)


def keep_earliest(model, rows: list[dict[str, Any]], column: str, *also: str) -> None:
    """Insert each row, or where its key exists keep the one with the earlier `column`
    (`also`: the columns that go with it), whatever order the rows arrive in."""
    if not rows:
        return
    table = model.__table__
    statement = _insert(model)
    statement = statement.on_conflict_do_update(
        index_elements=_keys(model),
        set_={name: statement.excluded[name] for name in (column, *also)},
        where=statement.excluded[column] < table.c[column])
    db.session.execute(statement, rows)


def put(model, row: dict[str, Any]) -> None:
    """Insert the row, or replace every other column of the one with its key."""
    statement = _insert(model).values(**row)
    keys = _keys(model)
    db.session.execute(statement.on_conflict_do_update(
        index_elements=keys,
        set_={name: statement.excluded[name] for name in row if name not in keys}))
