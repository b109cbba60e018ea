"""mail queue, bouncing addresses, used tokens, mail preferences

Revision ID: 3df7e8485fc4
Revises: 622a2efd37aa
Create Date: 2026-12-07 03:06:38.898107
"""
from alembic import op
import sqlalchemy as sa
import forum.db


revision = '3df7e8485fc4'
down_revision = '622a2efd37aa'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('mail_bouncing_addresses',
    sa.Column('address', sa.String(length=320), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('since', forum.db.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('address', name=op.f('pk_mail_bouncing_addresses'))
    )
    op.create_table('mail_used_tokens',
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('purpose', sa.String(length=30), nullable=False),
    sa.Column('used_at', forum.db.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('digest', name=op.f('pk_mail_used_tokens'))
    )
    op.create_table('mail_preferences',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('mode', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_mail_preferences_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'kind', name=op.f('pk_mail_preferences'))
    )
    op.create_table('mail_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('to_address', sa.String(length=320), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('text_body', sa.Text(), nullable=False),
    sa.Column('html_body', sa.Text(), nullable=True),
    sa.Column('headers', sa.JSON(), nullable=False),
    sa.Column('composed', sa.Boolean(), nullable=False),
    sa.Column('notification_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('waiting', 'sent', 'failed', 'bouncing', 'dropped', name='mailstatus', native_enum=False, length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', forum.db.UTCDateTime(), nullable=False),
    sa.Column('dedupe_key', sa.String(length=200), nullable=True),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('created_at', forum.db.UTCDateTime(), nullable=False),
    sa.Column('sent_at', forum.db.UTCDateTime(), nullable=True),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['merged_into_id'], ['mail_messages.id'], name=op.f('fk_mail_messages_merged_into_id_mail_messages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['notification_id'], ['notifications.id'], name=op.f('fk_mail_messages_notification_id_notifications'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_mail_messages_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_messages')),
    sa.UniqueConstraint('dedupe_key', name=op.f('uq_mail_messages_dedupe_key'))
    )
    with op.batch_alter_table('mail_messages', schema=None) as batch_op:
        batch_op.create_index('ix_mail_messages_due', ['status', 'next_attempt_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_mail_messages_notification_id'), ['notification_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mail_messages_user_id'), ['user_id'], unique=False)



def downgrade():
    with op.batch_alter_table('mail_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mail_messages_user_id'))
        batch_op.drop_index(batch_op.f('ix_mail_messages_notification_id'))
        batch_op.drop_index('ix_mail_messages_due')

    op.drop_table('mail_messages')
    op.drop_table('mail_preferences')
    op.drop_table('mail_used_tokens')
    op.drop_table('mail_bouncing_addresses')
