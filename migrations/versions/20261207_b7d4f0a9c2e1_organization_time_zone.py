"""organization time zone: members see every date and time in their organization's zone

Revision ID: b7d4f0a9c2e1
Revises: 9a20c4b15f09
Create Date: 2026-12-07 03:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'b7d4f0a9c2e1'
down_revision = '9a20c4b15f09'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('time_zone', sa.String(length=64),
                                      server_default='Europe/Stockholm', nullable=False))


def downgrade():
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_column('time_zone')
