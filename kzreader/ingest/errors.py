"""The one exception ingest raises for a file it cannot read."""

from __future__ import annotations


class LoadFailure(Exception):
    """A whole file could not be read; `str(exc)` is a one-line reason for the user."""
