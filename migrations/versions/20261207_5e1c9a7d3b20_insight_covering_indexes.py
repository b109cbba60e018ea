"""insights: covering indexes for reading a period's rollups in one pass

Revision ID: 5e1c9a7d3b20
Revises: 4ffeb13e4959
Create Date: 2026-12-07

The dashboard reads, for the whole period at once, the distinct people per organization and
kind, the distinct people per month and kind, and every waiting time; these indexes hold every
column those statements read, in the order they group by.
"""
from alembic import op

revision = '5e1c9a7d3b20'
down_revision = '4ffeb13e4959'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_insight_people_org_kind_user", "insight_people",
                    ["organization_id", "kind", "user_id", "month"])
    op.create_index("ix_insight_people_month_kind_user", "insight_people",
                    ["month", "kind", "user_id", "organization_id"])
    op.create_index("ix_insight_firsts_month_kind", "insight_firsts",
                    ["month", "kind", "from_org_id", "to_org_id", "hours"])


def downgrade():
    op.drop_index("ix_insight_firsts_month_kind", table_name="insight_firsts")
    op.drop_index("ix_insight_people_month_kind_user", table_name="insight_people")
    op.drop_index("ix_insight_people_org_kind_user", table_name="insight_people")
