"""fragment_versions: version numbers of the data cached HTML fragments show

Revision ID: 6f2a9c1e4b70
Revises: 4b3d10cb16ce
Create Date: 2026-12-07

The knowledge base's page tree, subpages and backlinks are rendered once per reader's access
and version (forum.web.fragment_cache, forum.wiki.page_fragments); the version is bumped in
the transaction that changes a page, a page link or an organization.
"""
import secrets

import sqlalchemy as sa
from alembic import op

revision = '6f2a9c1e4b70'
down_revision = '4b3d10cb16ce'
branch_labels = None
depends_on = None


def upgrade():
    table = op.create_table(
        'fragment_versions',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_fragment_versions')),
    )
    # A random start: a database made again under the same address (tests) does not meet
    # fragments a process cached for the one before (forum.db.fragment_versions).
    op.bulk_insert(table, [{'name': 'wiki_pages', 'version': secrets.randbelow(2**30)}])


def downgrade():
    op.drop_table('fragment_versions')
