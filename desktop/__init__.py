"""Turnout's application layer: command line, services, exports and printing. No widgets here."""

__version__ = "0.1.0"
