"""exports table and users.erased_at (a member's own data: export and erasure)

Revision ID: c4e7a1f05b92
Revises: 5b1d7c3e9a20
Create Date: 2026-12-07 00:40:00.000000
"""
from alembic import op
import sqlalchemy as sa
import forum.db


revision = 'c4e7a1f05b92'
down_revision = '5b1d7c3e9a20'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('exports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('queued', 'running', 'done', 'failed', name='exportstatus',
                                native_enum=False, length=20), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('created_at', forum.db.UTCDateTime(), nullable=False),
    sa.Column('updated_at', forum.db.UTCDateTime(), nullable=False),
    sa.Column('finished_at', forum.db.UTCDateTime(), nullable=True),
    sa.Column('expires_at', forum.db.UTCDateTime(), nullable=True),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('error', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_exports_user_id_users'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exports'))
    )
    with op.batch_alter_table('exports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exports_user_id'), ['user_id'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', forum.db.UTCDateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('erased_at')

    with op.batch_alter_table('exports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exports_user_id'))

    op.drop_table('exports')
