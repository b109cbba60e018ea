"""notifications: the e-mail intent as a flag on the row (mail_pending), partial index

Revision ID: d81f3c6a2b47
Revises: d1a5e7c3b8f4
Create Date: 2026-12-07

Posting no longer queues notification e-mail itself: the notification row carries the intent
and the mail worker turns due ones into mail rows (forum.email.notify.materialize_due).
Existing notifications are not pending (their mail rows, if any, were queued when written).
"""
from alembic import op
import sqlalchemy as sa

revision = 'd81f3c6a2b47'
down_revision = 'd1a5e7c3b8f4'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mail_pending', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.create_index('ix_notifications_mail_pending', 'notifications', ['created_at'],
                    sqlite_where=sa.text('mail_pending = 1'),
                    postgresql_where=sa.text('mail_pending'))


def downgrade():
    op.drop_index('ix_notifications_mail_pending', table_name='notifications')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_column('mail_pending')
