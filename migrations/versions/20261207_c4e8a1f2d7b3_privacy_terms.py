"""privacy terms: an organization's own words that make the privacy check warn

Revision ID: c4e8a1f2d7b3
Revises: c4e7a1f05b92
Create Date: 2026-12-07 00:30:00
"""
from alembic import op
import sqlalchemy as sa
import forum.db


revision = 'c4e8a1f2d7b3'
down_revision = 'c4e7a1f05b92'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('privacy_terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=100), nullable=False),
    sa.Column('term_key', sa.String(length=100), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', forum.db.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_privacy_terms_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_privacy_terms_organization_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_privacy_terms')),
    sa.UniqueConstraint('organization_id', 'term_key', name=op.f('uq_privacy_terms_organization_id_term_key'))
    )
    with op.batch_alter_table('privacy_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_privacy_terms_organization_id'), ['organization_id'], unique=False)


def downgrade():
    with op.batch_alter_table('privacy_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_privacy_terms_organization_id'))

    op.drop_table('privacy_terms')
