"""Turnout's data layer: models, engine set-up, migrations and queries. Knows nothing of Qt."""
