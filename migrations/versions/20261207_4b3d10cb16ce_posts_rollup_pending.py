"""posts: rollup_pending, the posts the worker has still to count for the rollups

Revision ID: 4b3d10cb16ce
Revises: d81f3c6a2b47
Create Date: 2026-12-07

A new post is written with `rollup_pending` true and the worker counts it in the
collaboration-health rollups (forum.insights.pending), clearing the flag in the same
transaction. The posts already there were counted when they were written (the rollups were
kept in the post's own transaction until now): they start cleared. A partial index holds only
the pending rows, so the worker's look for work reads a few index entries at most.
"""
import sqlalchemy as sa
from alembic import op

revision = '4b3d10cb16ce'
down_revision = 'd81f3c6a2b47'
branch_labels = None
depends_on = None

posts = sa.table("posts", sa.column("rollup_pending", sa.Boolean()))


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # Both steps change only the catalogue: no row is rewritten.
        op.add_column("posts", sa.Column("rollup_pending", sa.Boolean(), nullable=False,
                                         server_default=sa.false()))
        op.alter_column("posts", "rollup_pending", server_default=sa.true())
    else:
        # SQLite cannot change a column's default without copying the table; setting the
        # existing rows is cheaper.
        op.add_column("posts", sa.Column("rollup_pending", sa.Boolean(), nullable=False,
                                         server_default=sa.true()))
        op.execute(posts.update().values(rollup_pending=False))
    op.create_index("ix_posts_rollup_pending", "posts", ["id"],
                    postgresql_where=sa.text("rollup_pending"),
                    sqlite_where=sa.text("rollup_pending = 1"))


def downgrade():
    op.drop_index("ix_posts_rollup_pending", table_name="posts")
    with op.batch_alter_table("posts") as batch_op:
        batch_op.drop_column("rollup_pending")
