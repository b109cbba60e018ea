"""search: pairs of neighbouring lexemes for phrases (PostgreSQL)

Revision ID: 5b1d7c3e9a20
Revises: 964de14521f5
Create Date: 2026-12-02 10:15:00.000000

Adds ``search_documents.phrase_pairs`` (a generated column, computed by a SQL function from
the stored vector) and its GIN index; see forum.search.pg_phrases. Adding the column
computes it for every row already indexed (about 1.5 ms a document), inside this
migration's transaction.
"""
from alembic import op

from forum.search.pg_schema import pair_function_names, pair_functions_ddl

revision = '5b1d7c3e9a20'
down_revision = '964de14521f5'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in pair_functions_ddl():
        op.execute(statement)
    doc_pairs, _query_pairs = pair_function_names("search_documents")
    op.execute(
        "ALTER TABLE search_documents ADD COLUMN phrase_pairs int4[] "
        f"GENERATED ALWAYS AS ({doc_pairs}(tsv)) STORED NOT NULL"
    )
    op.execute(
        "CREATE INDEX ix_search_documents_phrase_pairs ON search_documents "
        "USING gin (phrase_pairs) WITH (fastupdate = off)"
    )


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_search_documents_phrase_pairs")
    op.execute("ALTER TABLE search_documents DROP COLUMN phrase_pairs")
    for name in pair_function_names("search_documents"):
        op.execute(f"DROP FUNCTION {name}(tsvector)")
