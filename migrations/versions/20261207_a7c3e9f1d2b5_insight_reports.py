"""insights: kept reports, and a change counter on the organization months

Revision ID: a7c3e9f1d2b5
Revises: 6f2a9c1e4b70
Create Date: 2026-12-07

A report's figures are computed once and kept (forum.insights.kept) until the rollups change
and the kept one is older than INSIGHTS_REPORT_MAX_AGE; `insight_org_months.changes` counts the
changes added to each row, so their sum tells whether anything changed.
"""
import sqlalchemy as sa
from alembic import op

import forum.db

revision = 'a7c3e9f1d2b5'
down_revision = '6f2a9c1e4b70'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('insight_org_months') as batch:
        batch.add_column(sa.Column('changes', sa.BigInteger(), nullable=False,
                                   server_default='0'))
    op.create_table(
        'insight_reports',
        sa.Column('key', sa.String(length=80), nullable=False),
        sa.Column('signature', sa.String(length=80), nullable=False),
        sa.Column('built_at', forum.db.UTCDateTime(), nullable=False),
        sa.Column('figures', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_insight_reports')),
    )


def downgrade():
    op.drop_table('insight_reports')
    with op.batch_alter_table('insight_org_months') as batch:
        batch.drop_column('changes')
