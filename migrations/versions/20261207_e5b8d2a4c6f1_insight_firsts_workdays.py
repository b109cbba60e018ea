"""insights: each waiting time's value in working days kept on its row, beside hours

Revision ID: e5b8d2a4c6f1
Revises: a7c3e9f1d2b5
Create Date: 2026-12-07

A report in working days (INSIGHTS_TIME_UNIT=workdays) converted every waiting time of the
period when it was computed (700,000 on a history of a million posts: 5 s); now it reads the
value as it reads hours. Existing rows get theirs here, from their start and end.
"""
import sqlalchemy as sa
from alembic import op

import forum.db
from forum.accounts.workdays import working_days_between

revision = 'e5b8d2a4c6f1'
down_revision = 'a7c3e9f1d2b5'
branch_labels = None
depends_on = None

firsts = sa.table('insight_firsts', sa.column('thread_id', sa.Integer()),
                  sa.column('kind', sa.String()), sa.column('from_org_id', sa.Integer()),
                  sa.column('started_at', forum.db.UTCDateTime()),
                  sa.column('ended_at', forum.db.UTCDateTime()),
                  sa.column('workdays', sa.Float()))


def upgrade():
    op.add_column('insight_firsts', sa.Column('workdays', sa.Float(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(sa.select(firsts.c.thread_id, firsts.c.kind, firsts.c.from_org_id,
                                        firsts.c.started_at, firsts.c.ended_at)).all()
    update = firsts.update().where(
        firsts.c.thread_id == sa.bindparam('t'), firsts.c.kind == sa.bindparam('k'),
        firsts.c.from_org_id == sa.bindparam('o')).values(workdays=sa.bindparam('w'))
    values = [{'t': t, 'k': k, 'o': o, 'w': working_days_between(start, end)}
              for t, k, o, start, end in rows]
    for begin in range(0, len(values), 5000):
        connection.execute(update, values[begin:begin + 5000])
    with op.batch_alter_table('insight_firsts') as batch:
        batch.alter_column('workdays', existing_type=sa.Float(), nullable=False)
    op.drop_index('ix_insight_firsts_month_kind', table_name='insight_firsts')
    op.create_index('ix_insight_firsts_month_kind', 'insight_firsts',
                    ['month', 'kind', 'from_org_id', 'to_org_id', 'hours', 'workdays'])


def downgrade():
    op.drop_index('ix_insight_firsts_month_kind', table_name='insight_firsts')
    op.create_index('ix_insight_firsts_month_kind', 'insight_firsts',
                    ['month', 'kind', 'from_org_id', 'to_org_id', 'hours'])
    with op.batch_alter_table('insight_firsts') as batch:
        batch.drop_column('workdays')
