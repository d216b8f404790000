"""Turnout's widgets, dialogs and Qt item models. Data comes only through desktop/ services."""
