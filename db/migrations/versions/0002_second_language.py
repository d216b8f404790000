"""A second language on an event, for bilingual flyers.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(
            sa.Column("alt_language", sa.String(16), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("alt_title", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("alt_description", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("alt_description")
        batch.drop_column("alt_title")
        batch.drop_column("alt_language")
