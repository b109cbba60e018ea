"""digest refers_to: what a queued digest holds, checked against access again when it is sent

Revision ID: d1a5e7c3b8f4
Revises: 5e1c9a7d3b20
Create Date: 2026-12-07 06:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'd1a5e7c3b8f4'
down_revision = '5e1c9a7d3b20'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('mail_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refers_to', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('mail_messages', schema=None) as batch_op:
        batch_op.drop_column('refers_to')
