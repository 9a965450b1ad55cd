"""Trigger Point Explorer's domain logic: data, geometry, figure, search and selection (no Dash imports)."""

__version__ = "0.1.0"
