"""Alembic migrations. ``db.schema`` runs them; there is no alembic.ini to keep in sync."""
