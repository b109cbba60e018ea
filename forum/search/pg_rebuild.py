"""A full PostgreSQL reindex into shadow tables, swapped in at the commit.

Why not delete and refill in place: every row would then enter each GIN index one by one
(the pairs' index has ~600 random keys a document), which made a rebuild of 100,000
documents several times slower than filling bare tables and building each index once over
all rows, sorted (bench/README.md, "Rebuilding PostgreSQL"). So a rebuild copies each
table's shape (``LIKE … INCLUDING ALL EXCLUDING INDEXES``), fills the copy with only its
primary key (the upsert needs it), builds the other indexes from the live ones' own
definitions (so a deployment's ``fastupdate`` choice is kept), analyses it (the search picks
its plan from the planner's estimates), then drops the old table and gives the copy its name
and its indexes theirs.

All of it is one transaction: readers keep reading the old table through its indexes until
the commit, and wait only for the drop and renames at the end. Writers wait from the start
(``SHARE ROW EXCLUSIVE``), then write into the new table: PostgreSQL looks a table's name up
again when a lock it waited for was on a table dropped meanwhile. Grants on the old tables
are not copied (the app's own role owns them; docs/deploy.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

#: Added to a shadow object's name while it is built beside the live one.
SHADOW_SUFFIX = "__rebuild"
_MAX_IDENTIFIER = 63


def shadow_name(name: str) -> str:
    """The name a table, index or constraint has while it is being rebuilt."""
    return name[: _MAX_IDENTIFIER - len(SHADOW_SUFFIX)] + SHADOW_SUFFIX


@dataclass(frozen=True)
class IndexDef:
    name: str
    definition: str  # pg_get_indexdef: CREATE [UNIQUE] INDEX name ON table USING …
    constraint: str | None  # the primary key or unique constraint the index belongs to
    constraint_definition: str | None

    def create_on(self, qualified_table: str, index_name: str) -> str:
        """This index's statement for another table and name (both quoted)."""
        head, using = self.definition.split(" USING ", 1)
        unique = "UNIQUE " if head.startswith("CREATE UNIQUE ") else ""
        return f"CREATE {unique}INDEX {index_name} ON {qualified_table} USING {using}"


_INDEXES = sa.text(
    """
    SELECT c.relname, pg_get_indexdef(i.indexrelid), con.conname, pg_get_constraintdef(con.oid)
    FROM pg_index AS i
    JOIN pg_class AS c ON c.oid = i.indexrelid
    LEFT JOIN pg_constraint AS con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
    WHERE i.indrelid = CAST(:table AS regclass)
    ORDER BY c.relname
    """
)


def live_indexes(conn: sa.Connection, qualified_table: str) -> list[IndexDef]:
    return [IndexDef(*row) for row in conn.execute(_INDEXES, {"table": qualified_table})]


def lock_against_writers(conn: sa.Connection, *tables: sa.Table) -> None:
    """Writers wait for the rebuild (give the tables in the order writers lock them)."""
    names = ", ".join(conn.dialect.identifier_preparer.format_table(t) for t in tables)
    conn.exec_driver_sql(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE")


class ShadowTable:
    """One table's shadow copy: ``create``, fill it, ``build_indexes``, then ``swap_in``."""

    def __init__(self, conn: sa.Connection, table: sa.Table) -> None:
        self._conn = conn
        self._table = table
        preparer = conn.dialect.identifier_preparer
        self._quote = preparer.quote
        self._schema_prefix = f"{preparer.quote_schema(table.schema)}." if table.schema else ""
        self.live = self._qualified(table.name)
        self.shadow = self._qualified(shadow_name(table.name))
        self._indexes = live_indexes(conn, self.live)

    def _qualified(self, name: str) -> str:
        return self._schema_prefix + self._quote(name)

    def _run(self, statement: str) -> None:
        self._conn.exec_driver_sql(statement)

    def create(self) -> None:
        """The table's columns (generated ones too) and its primary key, no other index."""
        self._run(f"DROP TABLE IF EXISTS {self.shadow}")
        self._run(f"CREATE TABLE {self.shadow} (LIKE {self.live} INCLUDING ALL EXCLUDING INDEXES)")
        for index in self._constraints():
            self._run(
                f"ALTER TABLE {self.shadow} ADD CONSTRAINT "
                f"{self._quote(shadow_name(index.constraint))} {index.constraint_definition}"
            )

    def _constraints(self) -> list[IndexDef]:
        return [index for index in self._indexes if index.constraint]

    def build_indexes(self) -> None:
        """Every other index, each built once over all the rows; then fresh statistics."""
        for index in self._indexes:
            if not index.constraint:
                self._run(index.create_on(self.shadow, self._quote(shadow_name(index.name))))
        self._run(f"ANALYZE {self.shadow}")

    def swap_in(self) -> None:
        """Drop the live table and give the shadow, its constraints and indexes their names."""
        self._run(f"DROP TABLE {self.live}")
        self._run(f"ALTER TABLE {self.shadow} RENAME TO {self._quote(self._table.name)}")
        for index in self._indexes:
            if index.constraint:
                old, new = shadow_name(index.constraint), index.constraint
                self._run(
                    f"ALTER TABLE {self.live} RENAME CONSTRAINT "
                    f"{self._quote(old)} TO {self._quote(new)}"
                )
            else:
                self._run(
                    f"ALTER INDEX {self._qualified(shadow_name(index.name))} "
                    f"RENAME TO {self._quote(index.name)}"
                )
