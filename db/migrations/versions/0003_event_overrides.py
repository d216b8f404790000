"""Moved and changed instances of recurring events (iCalendar RECURRENCE-ID).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

STATUSES = "'planned', 'confirmed', 'tentative', 'postponed', 'cancelled', 'done'"


def upgrade() -> None:
    op.create_table(
        "event_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("recurrence_id", sa.String(length=32), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "ends_at >= starts_at", name=op.f("ck_event_overrides_ends_after_start")
        ),
        sa.CheckConstraint(f"status IN ({STATUSES})", name=op.f("ck_event_overrides_status_known")),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_overrides_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_overrides")),
        sa.UniqueConstraint(
            "event_id", "recurrence_id", name=op.f("uq_event_overrides_event_id_recurrence_id")
        ),
    )
    with op.batch_alter_table("event_overrides") as batch:
        batch.create_index(batch.f("ix_event_overrides_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("event_overrides") as batch:
        batch.drop_index(batch.f("ix_event_overrides_event_id"))
    op.drop_table("event_overrides")
