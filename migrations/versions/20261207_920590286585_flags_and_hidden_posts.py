"""flags, posts hidden pending review, moderation notices

Revision ID: 920590286585
Revises: 6395806c6df3
Create Date: 2026-12-07 00:19:54.788648
"""
from alembic import op
import sqlalchemy as sa
import forum.db


revision = '920590286585'
down_revision = '6395806c6df3'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('flags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target_type', sa.Enum('post', 'wiki_page', 'pbl_case', name='targettype', native_enum=False, length=20), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('reporter_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Enum('personal_data', 'inappropriate', 'wrong_place', 'other', name='flagreason', native_enum=False, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('open', 'kept', 'removed', name='flagstatus', native_enum=False, length=20), nullable=False),
    sa.Column('created_at', forum.db.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', forum.db.UTCDateTime(), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.Column('resolution', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['reporter_id'], ['users.id'], name=op.f('fk_flags_reporter_id_users')),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['users.id'], name=op.f('fk_flags_resolved_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flags')),
    sa.UniqueConstraint('target_type', 'target_id', 'reporter_id', name=op.f('uq_flags_target_type_target_id_reporter_id'))
    )
    with op.batch_alter_table('flags', schema=None) as batch_op:
        batch_op.create_index('ix_flags_status_target', ['status', 'target_type', 'target_id'], unique=False)

    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('link', sa.String(length=300), nullable=True))
        batch_op.alter_column('thread_id',
               existing_type=sa.INTEGER(),
               nullable=True)

    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hidden_at', forum.db.UTCDateTime(), nullable=True))



def downgrade():
    # Moderation notices about pages and cases have no thread: they cannot stay.
    op.execute("DELETE FROM notifications WHERE thread_id IS NULL")
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_column('hidden_at')

    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.alter_column('thread_id',
               existing_type=sa.INTEGER(),
               nullable=False)
        batch_op.drop_column('link')
        batch_op.drop_column('note')

    with op.batch_alter_table('flags', schema=None) as batch_op:
        batch_op.drop_index('ix_flags_status_target')

    op.drop_table('flags')
