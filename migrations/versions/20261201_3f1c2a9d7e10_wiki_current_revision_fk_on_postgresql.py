"""wiki_pages.current_revision_id foreign key on PostgreSQL

The knowledge-base migration declares this foreign key with use_alter=True inside
create_table; SQLite renders it inline, but on PostgreSQL create_table leaves use_alter
constraints out, so the key was never created there (tests/migrations caught it). This adds
it where it is missing, and does nothing where it already exists.

Revision ID: 3f1c2a9d7e10
Revises: b900231ae650
Create Date: 2026-12-01 14:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '3f1c2a9d7e10'
down_revision = 'b900231ae650'
branch_labels = None
depends_on = None

NAME = 'fk_wiki_pages_current_revision_id_wiki_revisions'


def _exists() -> bool:
    keys = sa.inspect(op.get_bind()).get_foreign_keys('wiki_pages')
    return any(k['name'] == NAME for k in keys)


def upgrade():
    if op.get_bind().dialect.name != 'sqlite' and not _exists():
        op.create_foreign_key(NAME, 'wiki_pages', 'wiki_revisions',
                              ['current_revision_id'], ['id'])


def downgrade():
    if op.get_bind().dialect.name != 'sqlite' and _exists():
        op.drop_constraint(NAME, 'wiki_pages', type_='foreignkey')
